#include "pdf/winansi.hpp"

namespace siofill::pdf {
namespace {

// Bytes 0x80-0x9F; 0 where CP1252 defines nothing.
constexpr char16_t kHigh[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

}  // namespace

unsigned char to_cp1252(char32_t c) {
  if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF)) return static_cast<unsigned char>(c);
  for (unsigned i = 0; i < 32; ++i)
    if (kHigh[i] != 0 && kHigh[i] == c) return static_cast<unsigned char>(0x80 + i);
  return 0;
}

char32_t from_cp1252(unsigned char byte) {
  if ((byte >= 0x20 && byte < 0x7F) || byte >= 0xA0) return byte;
  if (byte >= 0x80 && byte < 0xA0) return kHigh[byte - 0x80];
  return 0;
}

std::string encode_cp1252(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    const unsigned char b = to_cp1252(c);
    out.push_back(static_cast<char>(b != 0 ? b : '?'));
  }
  return out;
}

}  // namespace siofill::pdf
