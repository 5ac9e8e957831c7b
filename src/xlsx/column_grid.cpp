#include "xlsx/column_grid.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace siofill::xlsx {
namespace {

// A table's column boundaries in pixels, 0 and total included, from its
// relative widths (normalised: one per column, all positive).
std::vector<int> boundaries_of(const doc::Table& t, int total) {
  const double sum = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
  std::vector<int> b{0};
  double acc = 0;
  for (double w : t.widths) {
    acc += w;
    b.push_back(static_cast<int>(std::lround(acc / sum * total)));
  }
  b.back() = total;
  return b;
}

}  // namespace

double ColumnGrid::width_pt(std::size_t first, std::size_t last) const {
  int px = 0;
  for (std::size_t i = first; i < last && i < pixels.size(); ++i) px += pixels[i];
  return px * 0.75;
}

ColumnGrid make_column_grid(const doc::Section& section, int total_pixels, int snap_pixels) {
  // Every boundary with the table it belongs to.
  struct Mark {
    int px;
    std::size_t table;
    std::size_t index;
  };
  std::vector<std::vector<int>> tables;
  for (const doc::Block& b : section.blocks)
    if (const auto* t = std::get_if<doc::Table>(&b)) tables.push_back(boundaries_of(*t, total_pixels));
  std::vector<Mark> marks;
  for (std::size_t t = 0; t < tables.size(); ++t)
    for (std::size_t i = 1; i + 1 < tables[t].size(); ++i) marks.push_back({tables[t][i], t, i});
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.px != b.px ? a.px < b.px : a.table < b.table; });

  ColumnGrid grid;
  grid.table_boundaries.resize(tables.size());
  for (std::size_t t = 0; t < tables.size(); ++t) {
    grid.table_boundaries[t].assign(tables[t].size(), 0);
  }
  // Grid lines: 0, then each mark unless it snaps onto the previous line —
  // never two boundaries of the same table on one line, which would give a
  // cell no column at all.
  std::vector<int> lines{0};
  std::vector<std::vector<std::size_t>> tables_on_line{{}};
  for (const Mark& m : marks) {
    const std::vector<std::size_t>& here = tables_on_line.back();
    const bool same_table_there = std::find(here.begin(), here.end(), m.table) != here.end();
    const bool snap = lines.size() > 1 && m.px - lines.back() < snap_pixels && !same_table_there;
    if (!snap) {
      // At least one pixel after the previous line: a column of 0 px would
      // leave a cell with no sheet column at all.
      lines.push_back(std::min(std::max(m.px, lines.back() + 1), total_pixels - 1));
      tables_on_line.emplace_back();
    }
    tables_on_line.back().push_back(m.table);
    grid.table_boundaries[m.table][m.index] = lines.size() - 1;
  }
  lines.push_back(total_pixels);
  for (std::size_t t = 0; t < tables.size(); ++t) grid.table_boundaries[t].back() = lines.size() - 1;
  for (std::size_t i = 1; i < lines.size(); ++i) grid.pixels.push_back(lines[i] - lines[i - 1]);
  return grid;
}

}  // namespace siofill::xlsx
