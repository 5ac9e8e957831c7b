#pragma once
// The look every writer gives a FilledForm, stated once so that the PDF, the
// workbook and the Word document cannot disagree: type sizes, the shade of
// header and label cells, the page margins. Each writer converts these into
// its own units (points, half-points, twips, inches, pixels) and keeps the
// facts that only its format has (line pitch, cell padding, row heights).
namespace siofill::doc::style {

// Type sizes in points.
inline constexpr double kBodySize = 9;
inline constexpr double kSmallSize = 8;   // Style::Small
inline constexpr double kFooterSize = 8;  // the section footer
inline constexpr double kHeading1Size = 13;
inline constexpr double kHeading2Size = 11;
inline constexpr double kHeading3Size = 10;

// Size of a heading of `level` (1: form title, 2: subtitle, 3: section title).
constexpr double heading_size(int level) {
  return level <= 1 ? kHeading1Size : level == 2 ? kHeading2Size : kHeading3Size;
}

// Shade of shaded cells (Cell::shaded), as 0xRRGGBB: a light grey.
inline constexpr unsigned kShadeRgb = 0xE6E6E6;
// Its grey level from 0 (black) to 1 (white).
inline constexpr double kShadeGrey = ((kShadeRgb >> 16) & 0xFF) / 255.0;

// Page margins on every side of an A4 page, in millimetres.
inline constexpr double kPageMarginMm = 15;

}  // namespace siofill::doc::style
