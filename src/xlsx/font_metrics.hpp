#pragma once
// How wide text is and how tall its lines are in the workbook's font (Arial,
// shown as the metric-compatible Liberation Sans where Arial is missing).
// Excel and LibreOffice do not grow rows that hold wrapped or merged cells
// when they open a file, so the writer must size every row itself; these
// estimates err on the wide and tall side, because a row that hides text is
// a defect while a row a little too tall is not.
#include <cstddef>
#include <string_view>

#include "document/style_facts.hpp"

namespace siofill::xlsx {

struct Font {
  double size = doc::style::kBodySize;  // points
  bool bold = false;
  bool italic = false;
  friend bool operator==(const Font&, const Font&) = default;
  friend auto operator<=>(const Font&, const Font&) = default;
};

// Advance width of one character, in points, including a safety margin for
// the hinted widths Excel uses at screen resolution. Characters Liberation
// Sans lacks are drawn from a fallback font: they get generous widths (CJK
// and emoji a full em or more).
double char_width(char32_t c, const Font& font);

// Height of one line of text in a cell, in points (Excel's row height for
// the font size, rounded up).
double line_height(double size);

// Number of UTF-16 code units: Excel's cell limit (32 767) counts those.
std::size_t utf16_units(char32_t c);

}  // namespace siofill::xlsx
