#pragma once
// WinAnsiEncoding (Windows code page 1252), the encoding of the standard
// Helvetica fonts: every French character fits, so most documents need no
// embedded font.
#include <string>
#include <string_view>

namespace siofill::pdf {

// The CP1252 byte of `c`, or 0 when the code page has no such character.
unsigned char to_cp1252(char32_t c);

// The character of a CP1252 byte, or 0 for the five undefined bytes and controls.
char32_t from_cp1252(unsigned char byte);

// Encodes text known to fit CP1252 (characters that do not become '?').
std::string encode_cp1252(std::u32string_view text);

}  // namespace siofill::pdf
