#include "xlsx/font_metrics.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace siofill::xlsx {
namespace {

struct Advance {
  std::uint16_t code_point;
  std::uint16_t regular;  // font units (2048 per em), widest of upright/italic
  std::uint16_t bold;
};

// Sorted by code point (generated in range order).
constexpr Advance kAdvances[] = {
#include "xlsx/font_widths_table.inc"
};
constexpr double kUnitsPerEm = 2048;

// Excel lays text out with hinted glyph widths at 96 dpi, which at 8–10 pt
// come out a few per cent wider than the font's linear widths.
constexpr double kHintingMargin = 1.07;

bool is_wide(char32_t c) {
  // East Asian wide and fullwidth ranges (CJK, Hangul, kana, fullwidth forms).
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool is_emoji(char32_t c) { return c >= 0x1F000 && c <= 0x1FAFF; }

// Em fraction for characters the table does not hold.
double fallback_em(char32_t c) {
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFE0F || c == 0xFE0E) return 0;  // zero-width
  if (is_emoji(c)) return 1.3;
  if (is_wide(c)) return 1.0;
  if (c >= 0x2600 && c <= 0x27BF) return 1.0;  // ☐ ☒ and other symbols (DejaVu Sans / Segoe UI Symbol)
  return 0.8;  // Latin letters Liberation lacks (Vietnamese ễ…), drawn with DejaVu Sans
}

// Direct lookup for the code points most text is made of (Latin up to
// Latin Extended-B): 0 where the table has no entry.
constexpr char32_t kDirect = 0x250;
struct DirectTable {
  std::uint16_t regular[kDirect] = {};
  std::uint16_t bold[kDirect] = {};
  constexpr DirectTable() {
    for (const Advance& a : kAdvances)
      if (a.code_point < kDirect) {
        regular[a.code_point] = a.regular;
        bold[a.code_point] = a.bold;
      }
  }
};
constexpr DirectTable kDirectTable;

// Width in em of a code point the table holds, or a negative number.
double table_em(char32_t c, bool bold) {
  if (c < kDirect) {
    const std::uint16_t units = bold ? kDirectTable.bold[c] : kDirectTable.regular[c];
    return units ? units / kUnitsPerEm : -1;
  }
  const auto it = std::lower_bound(std::begin(kAdvances), std::end(kAdvances), c,
                                   [](const Advance& a, char32_t v) { return a.code_point < v; });
  if (it != std::end(kAdvances) && it->code_point == c) return (bold ? it->bold : it->regular) / kUnitsPerEm;
  return -1;
}

}  // namespace

double char_width(char32_t c, const Font& font) {
  if (c == '\t') return 4 * char_width(' ', font);
  double em = table_em(c, font.bold);
  if (em < 0) em = fallback_em(c) * (font.bold ? 1.05 : 1.0);
  return em * font.size * kHintingMargin;
}

double line_height(double size) {
  // Excel's single-line row heights for Arial are 11.25 pt at 8 pt, 12 at 9,
  // 12.75 at 10 and 16.5 at 13; LibreOffice needs less (1.15 em). A little
  // more than Excel leaves room for the taller fallback fonts of ☒ or CJK.
  return size * 1.2 + 1.5;
}

std::size_t utf16_units(char32_t c) { return c >= 0x10000 ? 2 : 1; }

}  // namespace siofill::xlsx
