#include "text/invisible.hpp"

#include <utf8proc.h>

#include "text/utf8.hpp"

namespace siofill::text {
namespace {

// Calls fn(code point, byte offset, byte length) for each code point of valid UTF-8.
template <typename Fn>
void for_each_code_point(std::string_view s, Fn fn) {
  for (std::size_t offset = 0; offset < s.size();) {
    // Not UTF-8: U+FFFD for one byte, treated as visible, never dropped silently.
    const DecodedChar d = decode_at(s, offset);
    if (!fn(d.value, offset, d.length)) return;
    offset += d.length;
  }
}

bool is_space(char32_t c) {
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return c == '\t' || c == '\n' || c == '\r' || cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
         cat == UTF8PROC_CATEGORY_ZP;
}

}  // namespace

bool is_invisible(char32_t c) {
  if (c > 0x10FFFF) return false;
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
  return p->category == UTF8PROC_CATEGORY_CF || p->ignorable;
}

std::string strip_invisible(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_code_point(s, [&](char32_t c, std::size_t at, std::size_t n) {
    if (!is_invisible(c)) out.append(s.substr(at, n));
    return true;
  });
  return out;
}

bool has_no_visible_character(std::string_view s) {
  bool visible = false;
  for_each_code_point(s, [&](char32_t c, std::size_t, std::size_t) {
    visible = !is_invisible(c) && !is_space(c);
    return !visible;
  });
  return !visible;
}

std::optional<char32_t> first_bidi_control(std::string_view s) {
  std::optional<char32_t> found;
  for_each_code_point(s, [&](char32_t c, std::size_t, std::size_t) {
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) found = c;
    return !found;
  });
  return found;
}

}  // namespace siofill::text
