#pragma once
// One column grid per sheet. A spreadsheet has a single set of columns, but
// a form stacks tables whose columns differ (identity fields above a grid of
// compétences): the sheet's columns are the union of every table's column
// boundaries, and a table cell is merged across the grid columns it covers.
#include <cstddef>
#include <vector>

#include "document/filled_form.hpp"

namespace siofill::xlsx {

struct ColumnGrid {
  std::vector<int> pixels;  // width of each sheet column, in pixels at 96 dpi
  // Per table of the section (in block order): for each of its column
  // boundaries (columns + 1 of them), the sheet column it falls on.
  std::vector<std::vector<std::size_t>> table_boundaries;

  std::size_t columns() const { return pixels.size(); }
  // Width in points of sheet columns [first, last).
  double width_pt(std::size_t first, std::size_t last) const;
};

// `total_pixels`: the printable width of the page. Boundaries of different
// tables closer than `snap_pixels` share one grid line, so that no sliver
// column appears where two tables almost line up.
ColumnGrid make_column_grid(const doc::Section& section, int total_pixels, int snap_pixels);

}  // namespace siofill::xlsx
