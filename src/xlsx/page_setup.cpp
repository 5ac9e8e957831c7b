#include "xlsx/page_setup.hpp"

#include <algorithm>

#include "document/writer_options.hpp"
#include "text/utf8.hpp"
#include "xlsx/font_metrics.hpp"
#include "xlsx/lxw_check.hpp"

namespace siofill::xlsx {
namespace {

constexpr std::uint8_t kPaperA4 = 9;
constexpr double kMarginInches = kMarginMm / 25.4;
constexpr double kFooterMarginInches = 0.28;  // 7 mm from the bottom edge, inside the 15 mm margin
constexpr std::size_t kFooterMax = LXW_HEADER_FOOTER_MAX;

// The font size code comes first: a digit right after "&8" would extend it.
constexpr const char* kFooterFont = "&8&\"Arial,Regular\"";

std::string escape_ampersands(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&&";
    else if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::size_t chars_of(const std::string& s) {
  std::size_t n = 0, i = 0;
  while (i < s.size()) {
    text::next_code_point(s, i);
    ++n;
  }
  return n;
}

}  // namespace

double printable_width_pt(doc::Orientation o) {
  return ((o == doc::Orientation::Landscape ? 297 : 210) - 2 * kMarginMm) * kPointsPerMm;
}

double printable_height_pt(doc::Orientation o) {
  return ((o == doc::Orientation::Landscape ? 210 : 297) - 2 * kMarginMm) * kPointsPerMm;
}

std::string footer_string(const std::string& text) {
  const std::string right = std::string("&R") + kFooterFont + "page &P / &N";
  const auto build = [&](const std::string& t) {
    return t.empty() ? right : std::string("&L") + kFooterFont + escape_ampersands(t) + right;
  };
  std::string s = build(text);
  if (chars_of(s) <= kFooterMax) return s;
  // Cut at a code point boundary, leaving room for "…".
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size();) {
    starts.push_back(i);
    text::next_code_point(text, i);
  }
  std::size_t keep = starts.size();
  while (keep > 0) {
    --keep;
    s = build(text.substr(0, starts[keep]) + "\u2026");
    if (chars_of(s) <= kFooterMax) return s;
  }
  return right;
}

void set_up_page(lxw_worksheet* ws, const doc::Section& section, const PrintLayout& layout) {
  worksheet_set_paper(ws, kPaperA4);
  if (section.orientation == doc::Orientation::Landscape)
    worksheet_set_landscape(ws);
  else
    worksheet_set_portrait(ws);
  worksheet_set_margins(ws, kMarginInches, kMarginInches, kMarginInches, kMarginInches);
  // One page wide, as many pages tall as needed (0 = no limit).
  worksheet_fit_to_pages(ws, 1, 0);
  // The borders are the form's; the screen grid would blur them.
  worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);

  const std::string footer = footer_string(section.footer);
  lxw_header_footer_options footer_options{};
  footer_options.margin = kFooterMarginInches;
  check(worksheet_set_footer_opt(ws, footer.c_str(), &footer_options), "pied de page");

  if (layout.rows == 0 || layout.columns == 0) return;
  check(worksheet_print_area(ws, 0, 0, static_cast<lxw_row_t>(layout.rows - 1),
                             static_cast<lxw_col_t>(layout.columns - 1)),
        "zone d’impression");
  if (layout.repeat_rows)
    check(worksheet_repeat_rows(ws, static_cast<lxw_row_t>(layout.repeat_rows->first),
                                static_cast<lxw_row_t>(layout.repeat_rows->second)),
          "lignes d’en-tête répétées");
  if (!layout.page_breaks.empty()) {
    // Zero-terminated, at most LXW_BREAKS_MAX; sections with more forced
    // breaks than that keep the first ones (their content is all there).
    std::vector<lxw_row_t> breaks;
    for (std::size_t r : layout.page_breaks) {
      if (r == 0 || breaks.size() == LXW_BREAKS_MAX) continue;
      breaks.push_back(static_cast<lxw_row_t>(r));
    }
    breaks.push_back(0);
    if (breaks.size() > 1) check(worksheet_set_h_pagebreaks(ws, breaks.data()), "sauts de page");
  }
}

}  // namespace siofill::xlsx
