#include "text/printable.hpp"

#include <cstdio>

#include "text/utf8.hpp"

namespace siofill::text {
namespace {

std::string hex_escape(const char* prefix, unsigned value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*X", prefix, digits, value);
  return buf;
}

std::string escaped(std::string_view s, bool keep_line_breaks) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const DecodedChar d = decode_at(s, i);
    const char32_t c = d.value;
    if (!d.valid) {
      out += hex_escape("\\x", static_cast<unsigned char>(s[i]), 2);
    } else if (c == '\n' || c == '\t') {
      if (keep_line_breaks)
        out += static_cast<char>(c);
      else
        out += c == '\n' ? "\\n" : "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += hex_escape("\\x", static_cast<unsigned>(c), 2);
    } else if (c >= 0x80 && c <= 0x9F) {
      out += hex_escape("\\u", static_cast<unsigned>(c), 4);
    } else {
      out.append(s.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

}  // namespace

std::string shown_name(std::string_view name) { return escaped(name, false); }

std::string printable(std::string_view message) { return escaped(message, true); }

}  // namespace siofill::text
