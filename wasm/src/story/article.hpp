// One article as the engine reads it: header fields, body, sentences.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace storymap {

// Bad input: the message names the problem; the caller adds which input it was.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Sentence {
  size_t start = 0, end = 0;  // byte offsets into Article::text
};

struct Article {
  std::string id;          // stable id: the file name without directory and extension
  std::string file;        // as given
  std::string text;        // the whole file, UTF-8; every offset points into it
  std::string title;
  std::string source;      // outlet credited, "" when unknown
  std::string url;
  std::string header_date; // the Date: header as written, "" when absent
  size_t body_start = 0;   // first byte after the header block (0 when there is none)
  std::vector<Sentence> sentences;  // of the body, in order

  std::string_view sentence_text(size_t i) const {
    return std::string_view(text).substr(sentences[i].start, sentences[i].end - sentences[i].start);
  }
  // Index of the sentence holding byte offset `at` (the last one before it if between sentences).
  size_t sentence_at(size_t at) const;
};

// Parses the optional header (Title:, Source:, Date:, URL: lines then a blank line), the
// headline (first line when there is no Title:), the credited source and the sentences.
// Throws InputError for empty, binary or invalid UTF-8 text, or text over max_bytes.
Article parse_article(std::string file, std::string text, size_t max_bytes = 64u << 20);

}  // namespace storymap
