#pragma once
// Printing a sheet as the official form: A4, the section's orientation,
// 15 mm margins, one page wide, header rows repeated, the section footer
// with "page i / n".
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "document/filled_form.hpp"
#include "document/style_facts.hpp"

namespace siofill::xlsx {

constexpr double kMarginMm = doc::style::kPageMarginMm;
constexpr double kPointsPerMm = 72 / 25.4;

// Printable width and height of the page in points.
double printable_width_pt(doc::Orientation o);
double printable_height_pt(doc::Orientation o);

struct PrintLayout {
  std::size_t rows = 0;                                            // sheet rows used (print area 0 .. rows - 1)
  std::size_t columns = 0;                                         // sheet columns used
  std::optional<std::pair<std::size_t, std::size_t>> repeat_rows;  // first, last
  std::vector<std::size_t> page_breaks;                            // rows starting a new page
};

// The footer string for Excel: `text` on the left, "page &P / &N" on the
// right, 8 pt Arial; '&' in the text doubled and the text shortened with "…"
// when Excel's 255-character limit requires it (the same information is on
// the sheet itself).
std::string footer_string(const std::string& text);

// Throws doc::WriteError when libxlsxwriter refuses a setting.
void set_up_page(lxw_worksheet* ws, const doc::Section& section, const PrintLayout& layout);

}  // namespace siofill::xlsx
