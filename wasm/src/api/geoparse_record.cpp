#include "api/geoparse_record.hpp"

#include <nlohmann/json.hpp>
#include <optional>

#include "output/json_text.hpp"
#include "story/article.hpp"
#include "text/utf8.hpp"

namespace storymap {
namespace {

// The usual record, {"id": "...", "text": "..."} with string or small integer values, read in
// one pass over the bytes. Anything else (other value types, escaped keys, a repeated key, a
// number nlohmann would write differently, any error) returns nothing, and the full parser
// decides, so both ways give the same record or the same error.
class FastRecord {
 public:
  explicit FastRecord(std::string_view line) : s_(line) {}

  std::optional<GeoparseRecord> read() {
    std::string_view id, docid;
    std::optional<std::string> text;
    bool id_string = false, docid_string = false;
    ws();
    if (!eat('{')) return std::nullopt;
    ws();
    if (peek() == '}') return std::nullopt;
    for (;;) {
      ws();
      std::string_view key;
      if (!raw_key(key)) return std::nullopt;
      ws();
      if (!eat(':')) return std::nullopt;
      ws();
      if (key == "text") {
        if (text || peek() != '"') return std::nullopt;
        text.emplace();
        if (!string(*text)) return std::nullopt;
      } else if (key == "id" || key == "docid") {
        std::string_view& v = key == "id" ? id : docid;
        bool& is_string = key == "id" ? id_string : docid_string;
        if (!v.empty()) return std::nullopt;
        const size_t start = i_;
        if (peek() == '"') {
          std::string ignored;
          if (!string(ignored)) return std::nullopt;
          is_string = true;
        } else if (!integer()) {
          return std::nullopt;
        }
        v = s_.substr(start, i_ - start);
      } else {
        if (peek() != '"') return std::nullopt;  // other members: strings only on this path
        std::string ignored;
        if (!string(ignored)) return std::nullopt;
      }
      ws();
      if (eat('}')) break;
      if (!eat(',')) return std::nullopt;
    }
    ws();
    if (i_ != s_.size() || !text) return std::nullopt;
    const std::string_view chosen = !id.empty() ? id : docid;
    if (chosen.empty()) return std::nullopt;
    GeoparseRecord r;
    if (!id.empty() ? id_string : docid_string) {
      std::string decoded;
      FastRecord again(chosen);
      again.string(decoded);
      json_text::append_string(r.id_json, decoded);
    } else {
      r.id_json = std::string(chosen);
    }
    r.text = std::move(*text);
    return r;
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  // A key without escapes.
  bool raw_key(std::string_view& key) {
    if (!eat('"')) return false;
    const size_t start = i_;
    while (i_ < s_.size() && s_[i_] != '"') {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '\\' || c < 0x20 || c >= 0x80) return false;
      ++i_;
    }
    if (i_ == s_.size()) return false;
    key = s_.substr(start, i_ - start);
    ++i_;
    return true;
  }
  // -?(0|[1-9][0-9]*) of at most 18 digits, which nlohmann reads and writes back unchanged
  // (but "-0", which it writes as 0).
  bool integer() {
    const size_t start = i_;
    eat('-');
    const size_t digits = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    const size_t n = i_ - digits;
    if (n == 0 || n > 18 || (s_[digits] == '0' && (n > 1 || digits > start))) return false;
    const char next = peek();
    return next != '.' && next != 'e' && next != 'E';
  }
  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool hex4(uint32_t& v) {
    if (i_ + 4 > s_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = hex(s_[i_ + k]);
      if (h < 0) return false;
      v = v << 4 | uint32_t(h);
    }
    i_ += 4;
    return true;
  }
  // A string value, decoded into out; valid UTF-8 only, no raw control characters.
  bool string(std::string& out) {
    if (!eat('"')) return false;
    for (;;) {
      const size_t run = i_;
      bool high = false;
      while (i_ < s_.size()) {
        const auto c = static_cast<unsigned char>(s_[i_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        high |= c >= 0x80;
        ++i_;
      }
      const std::string_view piece = s_.substr(run, i_ - run);
      if (high && utf8::find_invalid(piece) != std::string_view::npos) return false;
      out += piece;
      if (i_ == s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_++] == '"') return true;
      if (i_ == s_.size()) return false;
      const char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low;
            if (!(eat('\\') && eat('u') && hex4(low)) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          utf8::append(out, cp);
          break;
        }
        default: return false;
      }
    }
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

GeoparseRecord read_geoparse_record_in_full(std::string_view line) {
  nlohmann::json in;
  try {
    // Only the text and the id are kept: a line may carry much else (gold annotations, say).
    in = nlohmann::json::parse(line, [](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
      return depth != 1 || event != nlohmann::json::parse_event_t::key || parsed == "text" || parsed == "id" ||
             parsed == "docid";
    });
  } catch (const nlohmann::json::exception& e) {  // parse errors, and numbers out of range
    throw InputError(std::string("not JSON: ") + e.what());
  }
  if (!in.is_object()) throw InputError("expected a JSON object");
  if (!in.contains("text") || !in["text"].is_string()) throw InputError("no \"text\" string");
  const nlohmann::json* id = in.contains("id") ? &in["id"] : in.contains("docid") ? &in["docid"] : nullptr;
  if (!id) throw InputError("no \"id\" or \"docid\"");
  return {id->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), in["text"].get<std::string>()};
}

GeoparseRecord read_geoparse_record(std::string_view line) {
  if (std::optional<GeoparseRecord> r = FastRecord(line).read()) return std::move(*r);
  return read_geoparse_record_in_full(line);
}

}  // namespace storymap
