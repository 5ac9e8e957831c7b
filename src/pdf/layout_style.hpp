#pragma once
// The PDF's look, in points (1 pt = 1/72 in): the facts every writer shares
// come from document/style_facts.hpp, the others are the PDF layout's own.
#include "document/style_facts.hpp"

namespace siofill::pdf::style {

// A4, from libharu's HPDF_PAGE_SIZE_A4.
inline constexpr double kA4Short = 595.276;
inline constexpr double kA4Long = 841.89;
inline constexpr double kMargin = doc::style::kPageMarginMm * 72.0 / 25.4;

inline constexpr double kBodySize = doc::style::kBodySize;
inline constexpr double kSmallSize = doc::style::kSmallSize;
inline constexpr double kFooterSize = doc::style::kFooterSize;

// Line pitch and baseline position as fractions of the font size: Liberation
// Sans / Helvetica ascend 0.905 and descend 0.212 em; 1.15 is Word's single
// spacing for this family.
inline constexpr double kLineFactor = 1.15;
inline constexpr double kBaselineFactor = 0.92;

inline constexpr double kCellPaddingX = 2.5;
inline constexpr double kCellPaddingY = 2.0;
inline constexpr double kBorderWidth = 0.5;
inline constexpr double kShadeGrey = doc::style::kShadeGrey;

inline constexpr double kCheckboxSize = 8;  // for 9 pt text, scaled with the text
inline constexpr double kCheckboxGap = 3;   // between the box and its label
inline constexpr double kCheckboxLineWidth = 0.6;
inline constexpr double kBulletIndentFactor = 0.9;  // hanging indent of bullets, in font sizes

inline constexpr double kBlockGap = 4;  // between blocks on the page
inline constexpr double kTableGap = 6;  // before and after a table
inline constexpr double kHeadingGapAfter = 3;
inline constexpr double kFooterGap = 6;  // between the content and the footer

}  // namespace siofill::pdf::style
