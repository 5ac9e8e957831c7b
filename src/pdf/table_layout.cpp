#include "pdf/table_layout.hpp"

#include <algorithm>
#include <cassert>
#include <vector>

#include "pdf/layout_style.hpp"
#include "pdf/text_layout.hpp"

namespace siofill::pdf {
namespace {

constexpr double kItemGap = 1;  // between the items of one cell
// A row split across pages starts on the current page only when at least
// this much room is left; otherwise it starts on the next page.
constexpr double kMinSplitSpace = 40;

struct CellBox {
  const doc::Cell* cell = nullptr;
  double x = 0;  // relative to the table's left edge
  double width = 0;
  std::vector<PlacedLine> lines;
  double content_height = 0;  // lines and gaps, without padding
};

struct RowBox {
  std::vector<CellBox> cells;
  double height = 0;
  bool header = false;
  bool keep_with_next = false;
};

// Column edges, from the relative widths (normalised: one per column, all positive).
std::vector<double> column_edges(const doc::Table& table, double width) {
  double total = 0;
  for (double w : table.widths) total += w;
  std::vector<double> edges{0};
  double acc = 0;
  for (double r : table.widths) {
    acc += r;
    edges.push_back(width * acc / total);
  }
  return edges;
}

RowBox measure_row(const doc::Row& row, const std::vector<double>& edges, const TextMetrics& metrics) {
  RowBox box;
  box.header = row.header;
  box.keep_with_next = row.keep_with_next;
  std::size_t col = 0;
  double tallest = 0;
  for (const doc::Cell& cell : row.cells) {
    // The model's colspans add up to the column count (doc::normalize_form).
    const auto span = static_cast<std::size_t>(cell.colspan);
    assert(span >= 1 && col + span < edges.size());
    CellBox c;
    c.cell = &cell;
    c.x = edges[col];
    c.width = edges[col + span] - edges[col];
    const double inner = std::max(c.width - 2 * style::kCellPaddingX, 1.0);
    for (const doc::Item& item : cell.items) {
      std::vector<PlacedLine> lines = lay_out_item(item, inner, metrics);
      if (!c.lines.empty() && !lines.empty()) lines.front().gap_before = kItemGap;
      for (PlacedLine& l : lines) c.lines.push_back(std::move(l));
    }
    for (std::size_t i = 0; i < c.lines.size(); ++i)
      c.content_height += c.lines[i].height + (i > 0 ? c.lines[i].gap_before : 0);
    tallest = std::max(tallest, c.content_height + 2 * style::kCellPaddingY);
    box.cells.push_back(std::move(c));
    col += span;
  }
  box.height = std::max(tallest, row.min_height);
  return box;
}

class TablePlacer {
 public:
  TablePlacer(PageFlow& flow, const std::vector<RowBox>& rows, bool borders)
      : flow_(flow), rows_(rows), borders_(borders) {
    while (header_count_ < rows_.size() && rows_[header_count_].header) ++header_count_;
    for (std::size_t i = 0; i < header_count_; ++i) header_height_ += rows_[i].height;
    // Headers are repeated only when there is a body and they leave it room.
    repeat_header_ = header_count_ > 0 && header_count_ < rows_.size() && header_height_ <= flow_.capacity() / 2;
  }

  void place() {
    if (rows_.empty()) return;
    // Never leave the header (or a first row) alone at the bottom of a page.
    double first = header_height_;
    if (header_count_ < rows_.size()) first += opening_height(rows_[header_count_]);
    if (first > flow_.space_left() && !flow_.at_page_top()) flow_.new_page();
    for (std::size_t i = 0; i < rows_.size(); ++i) place_row(i);
  }

 private:
  // The part of a row that must fit for the row to start on a page.
  static double opening_height(const RowBox& row) {
    double h = row.height;
    for (const CellBox& c : row.cells)
      if (!c.lines.empty()) h = std::min(h, c.lines.front().height + 2 * style::kCellPaddingY);
    return row.height <= kMinSplitSpace ? row.height : std::max(h, kMinSplitSpace);
  }

  void new_page() {
    flow_.new_page();
    if (repeat_header_)
      for (std::size_t i = 0; i < header_count_; ++i) place_whole(rows_[i]);
  }

  void place_row(std::size_t i) {
    const RowBox& row = rows_[i];
    if (i < header_count_) {  // the leading header, placed by place() on a fresh enough page
      if (row.height <= flow_.space_left() || flow_.at_page_top())
        row.height <= flow_.capacity() ? place_whole(row) : place_split(row);
      else
        place_split(row);
      return;
    }
    double needed = row.height;
    const double fresh = flow_.capacity() - (repeat_header_ ? header_height_ : 0);
    // A heading row inside the table stays with the row after it; that row is
    // only split when even a fresh page cannot hold it, so it needs its full
    // height below the heading otherwise.
    if ((row.header || row.keep_with_next) && i + 1 < rows_.size()) {
      const RowBox& next = rows_[i + 1];
      needed += next.height <= fresh ? next.height : opening_height(next);
    }
    if (needed <= flow_.space_left()) return place_whole(row);
    if (needed <= fresh) {
      new_page();
      return place_whole(row);
    }
    if (flow_.space_left() < kMinSplitSpace) new_page();
    place_split(row);
  }

  void draw_cell_frame(const CellBox& c, double y, double height) {
    if (c.cell->shaded) flow_.add(FillElement{flow_.left() + c.x, y, c.width, height});
    if (borders_) flow_.add(BorderElement{flow_.left() + c.x, y, c.width, height});
  }

  void place_whole(const RowBox& row) {
    const double top = flow_.cursor();
    for (const CellBox& c : row.cells) {
      draw_cell_frame(c, top, row.height);
      double y = top + style::kCellPaddingY;
      if (c.cell->valign == doc::VAlign::Middle)
        y += std::max(0.0, (row.height - 2 * style::kCellPaddingY - c.content_height) / 2);
      for (std::size_t k = 0; k < c.lines.size(); ++k) {
        if (k > 0) y += c.lines[k].gap_before;
        flow_.add_line(c.lines[k], flow_.left() + c.x + style::kCellPaddingX, y);
        y += c.lines[k].height;
      }
    }
    flow_.advance(row.height);
  }

  // A row taller than what a page holds: each cell's lines continue on the
  // next pages, below the repeated header.
  void place_split(const RowBox& row) {
    std::vector<std::size_t> next(row.cells.size(), 0);
    bool fresh_page = false;  // just started: a line must go here whatever its height
    for (;;) {
      const double room = flow_.space_left();
      const double inner = room - 2 * style::kCellPaddingY;
      const double top = flow_.cursor();
      double used_max = 0;
      bool done = true;
      bool progressed = false;
      std::vector<std::pair<std::size_t, std::size_t>> parts(row.cells.size());
      for (std::size_t ci = 0; ci < row.cells.size(); ++ci) {
        const CellBox& c = row.cells[ci];
        std::size_t k = next[ci];
        double used = 0;
        while (k < c.lines.size()) {
          const double gap = k == next[ci] ? 0 : c.lines[k].gap_before;
          if (used + gap + c.lines[k].height > inner && !(k == next[ci] && fresh_page)) break;
          used += gap + c.lines[k].height;
          ++k;
        }
        parts[ci] = {next[ci], k};
        progressed = progressed || k > next[ci];
        next[ci] = k;
        if (k < c.lines.size()) done = false;
        used_max = std::max(used_max, used);
      }
      if (!progressed && !done) {  // not even one line fits here
        new_page();
        fresh_page = true;
        continue;
      }
      // Parts that continue fill the page down to its bottom edge.
      const double height = done ? used_max + 2 * style::kCellPaddingY : room;
      for (std::size_t ci = 0; ci < row.cells.size(); ++ci) {
        const CellBox& c = row.cells[ci];
        draw_cell_frame(c, top, height);
        double y = top + style::kCellPaddingY;
        for (std::size_t k = parts[ci].first; k < parts[ci].second; ++k) {
          if (k > parts[ci].first) y += c.lines[k].gap_before;
          flow_.add_line(c.lines[k], flow_.left() + c.x + style::kCellPaddingX, y);
          y += c.lines[k].height;
        }
      }
      flow_.advance(height);
      if (done) return;
      new_page();
      fresh_page = false;
    }
  }

  PageFlow& flow_;
  const std::vector<RowBox>& rows_;
  bool borders_;
  std::size_t header_count_ = 0;
  double header_height_ = 0;
  bool repeat_header_ = false;
};

}  // namespace

void lay_out_table(const doc::Table& table, PageFlow& flow, const TextMetrics& metrics) {
  const std::vector<double> edges = column_edges(table, flow.width());
  std::vector<RowBox> rows;
  rows.reserve(table.rows.size());
  for (const doc::Row& row : table.rows) rows.push_back(measure_row(row, edges, metrics));
  flow.gap(style::kTableGap);
  TablePlacer(flow, rows, table.borders).place();
  flow.gap(style::kTableGap);
}

}  // namespace siofill::pdf
