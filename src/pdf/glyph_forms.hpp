#pragma once
// Glyphs drawn as vector outlines (characters past the BMP, which libharu
// 2.3.0 cannot encode, and Symbola's symbols) are each written once per
// document, as a form XObject, and placed by reference wherever they appear.
// Written out at every occurrence, an emoji is a few kilobytes of path: 250 KB
// of emoji sequences made a 45 MB page stream (20–30 s, 330 MB of memory);
// by reference it is one "q … cm /G1 Do Q" line.
#include <hpdf.h>

#include <map>
#include <utility>

#include "pdf/font_catalog.hpp"

namespace siofill::pdf {

class GlyphForms {
 public:
  GlyphForms(HPDF_Doc pdf, FontCatalog& catalog) : pdf_(pdf), catalog_(catalog) {}

  // The form drawing `c` of `font`, in thousandths of an em scaled to one
  // unit (place it with a `size 0 0 size x y cm`), origin on the baseline;
  // created on first use. nullptr when the glyph has no outline (nothing to
  // draw). Throws doc::WriteError when libharu cannot create it.
  HPDF_Dict form(FontFile font, char32_t c);

 private:
  HPDF_Doc pdf_;
  FontCatalog& catalog_;
  std::map<std::pair<FontFile, char32_t>, HPDF_Dict> forms_;
};

}  // namespace siofill::pdf
