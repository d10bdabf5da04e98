#include "output/json_text.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace storymap::json_text {

void append_string(std::string& out, std::string_view s) {
  bool plain_ascii = true;
  for (unsigned char c : s) plain_ascii &= c < 0x80;
  if (!plain_ascii && utf8::find_invalid(s) != std::string_view::npos) {
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];  // dump()'s own conversion (shortest round trip; "1.0" for a whole number)
  out.append(buf, nlohmann::detail::to_chars(buf, buf + sizeof buf, v));
}

void append_number(std::string& out, uint64_t v) { out += std::to_string(v); }

}  // namespace storymap::json_text
