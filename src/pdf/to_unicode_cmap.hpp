#pragma once
// The ToUnicode CMap of the embedded fonts: what text extraction, search and
// copy-paste read to turn the codes of a page back into characters.
// libharu 2.3.0 gives its UTF-8 CID fonts its Identity-H *encoding* CMap as
// ToUnicode ("1 begincidrange <0000> <FFFF> 0"): cidrange maps codes to
// glyph numbers, which has no meaning in a ToUnicode CMap, and poppler says
// "Invalid 'begincidrange' operator in ToUnicode CMap" for each font.
#include <hpdf.h>

#include <string>

namespace siofill::pdf {

// A valid ToUnicode CMap for libharu's UTF-8 CID fonts, whose codes are the
// characters' BMP code points, big-endian: identity bfranges, one per block
// of 256 code points (the surrogates, never drawn, left out).
const std::string& identity_to_unicode_cmap();

// Replaces the content of `font`'s ToUnicode stream by that CMap. Returns
// false when the font has no such stream (nothing to replace).
bool replace_to_unicode(HPDF_Font font);

}  // namespace siofill::pdf
