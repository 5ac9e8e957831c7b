#include "docx/table_markup.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <string>

#include "docx/paragraph_markup.hpp"
#include "text/utf8.hpp"

namespace siofill::docx {

namespace {

// Rough Arial 9 pt metrics, on the generous side so a row is rather allowed to
// split than cut: 5 pt per character on average, 11.5 pt per line.
constexpr double kCharTwips = 100;
constexpr double kLineTwips = 230;
// A row estimated taller than this share of the page, or a cell over this many
// characters, may split across pages.
constexpr double kSplitShareOfPage = 0.6;
constexpr std::size_t kSplitCharacters = 1500;

// doc::style::kShadeRgb as Word writes a colour.
const std::string kShadeFill = [] {
  char hex[8];
  std::snprintf(hex, sizeof hex, "%06X", doc::style::kShadeRgb);
  return std::string(hex);
}();

// Width of a line of text in average characters: CJK, full-width forms and
// emoji (every code point from U+2E80 on) take about two.
double text_width_in_chars(std::string_view s) {
  double w = 0;
  for (std::size_t i = 0; i < s.size();) w += text::next_code_point(s, i) >= 0x2E80 ? 2 : 1;
  return w;
}

void add_border_set(XMLElement* tbl_pr, bool borders) {
  XMLElement* set = add(tbl_pr, "w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    XMLElement* b = add_val(set, side, borders ? "single" : "none");
    b->SetAttribute("w:sz", borders ? 4 : 0);  // eighths of a point: 4 = 0.5 pt
    b->SetAttribute("w:space", 0);
    b->SetAttribute("w:color", borders ? "000000" : "auto");
  }
}

void add_width(XMLElement* parent, const char* name, int twips) {
  XMLElement* w = add(parent, name);
  w->SetAttribute("w:w", twips);
  w->SetAttribute("w:type", "dxa");
}

void add_table_properties(XMLElement* tbl, int total_width, bool borders) {
  XMLElement* pr = add(tbl, "w:tblPr");
  // Children in schema order: tblW, tblInd, tblBorders, tblLayout, tblCellMar.
  add_width(pr, "w:tblW", total_width);
  add_width(pr, "w:tblInd", 0);
  add_border_set(pr, borders);
  add(pr, "w:tblLayout")->SetAttribute("w:type", "fixed");
  XMLElement* mar = add(pr, "w:tblCellMar");
  add_width(mar, "w:top", kCellPaddingVertical);
  add_width(mar, "w:left", kCellPaddingHorizontal);
  add_width(mar, "w:bottom", kCellPaddingVertical);
  add_width(mar, "w:right", kCellPaddingHorizontal);
}

// Widths of the row's cells: the sum of the grid columns each spans (the
// model's colspans add up to the column count, doc::normalize_form).
std::vector<int> cell_widths_of(const doc::Row& row, const std::vector<int>& grid) {
  std::vector<int> widths;
  std::size_t col = 0;
  for (const doc::Cell& cell : row.cells) {
    const auto span = static_cast<std::size_t>(cell.colspan);
    assert(span >= 1 && col + span <= grid.size());
    widths.push_back(
        std::accumulate(grid.begin() + static_cast<long>(col), grid.begin() + static_cast<long>(col + span), 0));
    col += span;
  }
  return widths;
}

}  // namespace

std::vector<int> column_widths(const std::vector<double>& relative, int total) {
  double sum = 0;
  for (double v : relative) sum += v;
  std::vector<int> out;
  double cumulative = 0;
  int previous_edge = 0;
  for (double v : relative) {
    cumulative += v;
    const int edge = static_cast<int>(std::lround(cumulative / sum * total));
    out.push_back(edge - previous_edge);
    previous_edge = edge;
  }
  out.back() += total - previous_edge;  // guards against the last edge missing `total` by rounding
  return out;
}

bool row_may_exceed_page(const doc::Row& row, const std::vector<int>& cell_widths, const PageGeometry& page) {
  for (std::size_t c = 0; c < row.cells.size() && c < cell_widths.size(); ++c) {
    const double text_width = std::max(200, cell_widths[c] - 2 * kCellPaddingHorizontal);
    const double chars_per_line = std::max(1.0, std::floor(text_width / kCharTwips));
    double lines = 0;
    std::size_t chars = 0;
    for (const doc::Item& item : row.cells[c].items) {
      std::string text;
      for (const doc::Span& span : item.spans) text += span.text;
      chars += text::code_points(text);
      std::size_t start = 0;
      while (true) {  // each forced line break starts a new line
        const std::size_t nl = text.find('\n', start);
        const std::string_view line =
            std::string_view(text).substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        lines += std::max(1.0, std::ceil(text_width_in_chars(line) / chars_per_line));
        if (nl == std::string::npos) break;
        start = nl + 1;
      }
    }
    if (chars > kSplitCharacters) return true;
    const double height = lines * kLineTwips + 2 * kCellPaddingVertical;
    if (height > kSplitShareOfPage * page.usable_height()) return true;
  }
  return false;
}

void add_table(BuildContext& ctx, XMLElement* body, const doc::Table& table, const PageGeometry& page) {
  const std::vector<int> grid = column_widths(table.widths, page.usable_width());

  XMLElement* tbl = add(body, "w:tbl");
  add_table_properties(tbl, page.usable_width(), table.borders);
  XMLElement* tbl_grid = add(tbl, "w:tblGrid");
  for (int w : grid) add(tbl_grid, "w:gridCol")->SetAttribute("w:w", w);

  // Word repeats only the header rows that open the table; a header row further
  // down (a rubrique title) is instead kept on the page of the row after it.
  bool leading = true;
  for (const doc::Row& row : table.rows) {
    leading = leading && row.header;
    const std::vector<int> widths = cell_widths_of(row, grid);

    XMLElement* tr = add(tbl, "w:tr");
    XMLElement* tr_pr = add(tr, "w:trPr");
    if (!row_may_exceed_page(row, widths, page)) add(tr_pr, "w:cantSplit");
    if (row.min_height > 0) {
      XMLElement* h = add_val(tr_pr, "w:trHeight", static_cast<int>(std::lround(row.min_height * 20)));
      h->SetAttribute("w:hRule", "atLeast");
    }
    if (leading) add(tr_pr, "w:tblHeader");
    if (tr_pr->NoChildren()) tr->DeleteChild(tr_pr);

    const ParagraphPlace place{true, (row.header && !leading) || row.keep_with_next};
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const doc::Cell& cell = row.cells[c];
      const int grid_span = cell.colspan;
      XMLElement* tc = add(tr, "w:tc");
      XMLElement* tc_pr = add(tc, "w:tcPr");
      // Children in schema order: tcW, gridSpan, shd, vAlign.
      add_width(tc_pr, "w:tcW", widths[c]);
      if (grid_span > 1) add_val(tc_pr, "w:gridSpan", grid_span);
      if (cell.shaded) {
        XMLElement* shd = add_val(tc_pr, "w:shd", "clear");
        shd->SetAttribute("w:color", "auto");
        shd->SetAttribute("w:fill", kShadeFill.c_str());
      }
      if (cell.valign == doc::VAlign::Middle) add_val(tc_pr, "w:vAlign", "center");
      for (const doc::Item& item : cell.items) add_item(ctx, tc, item, place);
      if (cell.items.empty()) add(tc, "w:p");  // Word requires a paragraph in every cell
    }
  }
}

}  // namespace siofill::docx
