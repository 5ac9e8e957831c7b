#include "text/utf8.hpp"

#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace siofill::text {
namespace {

struct FreeDeleter {
  void operator()(void* p) const noexcept { std::free(p); }
};

// Runs utf8proc_map with the given options; input must be valid UTF-8.
std::string map_utf8(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &out,
                   static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(out);
  if (n < 0) return std::string(s);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

// Calls f(code point) for each code point of the text (an invalid byte: U+FFFD).
template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) f(next_code_point(s, i));
}

}  // namespace

DecodedChar decode_at(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return DecodedChar{b0, 1, true};  // ASCII without a call into utf8proc (most of the text)
  utf8proc_int32_t c = 0;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                                              static_cast<utf8proc_ssize_t>(s.size() - i), &c);
  if (n <= 0) return DecodedChar{0xFFFD, 1, false};
  return DecodedChar{static_cast<char32_t>(c), static_cast<std::size_t>(n), true};
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
  return out;
}

bool is_valid_utf8(std::string_view s) { return valid_utf8_prefix(s) == s.size(); }

std::size_t valid_utf8_prefix(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const DecodedChar d = decode_at(s, i);
    if (!d.valid) break;
    i += d.length;
  }
  return i;
}

namespace {

// Whether valid UTF-8 `s` is certainly NFC already, checked on the bytes: true when
// every code point is below U+0300 (ASCII, Latin-1, Latin Extended: all of French)
// or in U+2002..U+206F (’ « … – and the narrow no-break space) or is U+20AC (€).
// Each of these is NFC_Quick_Check=Yes with combining class 0 (U+0300 is the first
// combining mark; U+2000 and U+2001 are singletons, hence left out), and text made
// only of such code points is unchanged by NFC. Anything else: false, and utf8proc
// decides. Lead bytes C2..CB start exactly U+0080..U+02FF.
bool surely_nfc(std::string_view s) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const auto continuation = [&](std::size_t i) { return i < s.size() && (byte(i) & 0xC0) == 0x80; };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char ch = byte(i);
    if (ch < 0x80) {
      ++i;
    } else if (ch >= 0xC2 && ch <= 0xCB && continuation(i + 1)) {
      i += 2;
    } else if (ch == 0xE2 && continuation(i + 1) && continuation(i + 2) &&
               ((byte(i + 1) == 0x80 && byte(i + 2) >= 0x82) || (byte(i + 1) == 0x81 && byte(i + 2) <= 0xAF) ||
                (byte(i + 1) == 0x82 && byte(i + 2) == 0xAC))) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string to_nfc(std::string_view s) {
  // The quick check skips utf8proc on the common path: normalising every string
  // of the référentiel through it was 20 % of the CPU of a `siofill fill`.
  if (surely_nfc(s)) return std::string(s);
  return map_utf8(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string fold(std::string_view s) {
  const std::string base =
      map_utf8(s, UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  std::string out;
  out.reserve(base.size());
  bool pending_space = false;
  for_each_code_point(base, [&](char32_t c) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       (c >= 0x80 && utf8proc_category(static_cast<utf8proc_int32_t>(c)) <= UTF8PROC_CATEGORY_NO);
    if (!alnum) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out += encode(c);
  });
  return out;
}

std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for_each_code_point(s, [&](char32_t c) {
    const int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(c));
    if (w > 0) width += static_cast<std::size_t>(w);
  });
  return width;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char ch : s)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}

std::optional<char32_t> first_forbidden_control(std::string_view s) {
  std::optional<char32_t> found;
  for_each_code_point(s, [&](char32_t c) {
    if (found) return;
    const bool c0 = c < 0x20 && c != '\t' && c != '\n';
    const bool c1 = c >= 0x7F && c <= 0x9F;
    const bool nonchar = (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
    if (c0 || c1 || nonchar) found = c;
  });
  return found;
}

std::string code_point_name(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

std::string trim(std::string_view s) {
  auto is_space_at_front = [&](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    const unsigned char c = static_cast<unsigned char>(v[0]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (v.size() >= 2 && c == 0xC2 && static_cast<unsigned char>(v[1]) == 0xA0) return 2;
    return 0;
  };
  auto is_space_at_back = [&](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    const unsigned char c = static_cast<unsigned char>(v.back());
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (v.size() >= 2 && c == 0xA0 && static_cast<unsigned char>(v[v.size() - 2]) == 0xC2) return 2;
    return 0;
  };
  while (std::size_t n = is_space_at_front(s)) s.remove_prefix(n);
  while (std::size_t n = is_space_at_back(s)) s.remove_suffix(n);
  return std::string(s);
}

std::string encode(char32_t c) {
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

}  // namespace siofill::text
