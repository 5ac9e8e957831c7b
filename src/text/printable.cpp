#include "text/printable.hpp"

#include <utf8proc.h>

#include <cstdio>

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
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) {
      out += hex_escape("\\x", *p, 2);
      ++p;
      --left;
      continue;
    }
    if (c == '\n' || c == '\t') {
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
      out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    }
    p += n;
    left -= n;
  }
  return out;
}

}  // namespace

std::string shown_name(std::string_view name) { return escaped(name, false); }

std::string printable(std::string_view message) { return escaped(message, true); }

}  // namespace siofill::text
