#include "xlsx/sheet_writer.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <string>

#include "document/style_facts.hpp"
#include "xlsx/cell_string.hpp"
#include "xlsx/lxw_check.hpp"

namespace siofill::xlsx {
namespace {

constexpr double kMaxRowHeight = 409;   // Excel's limit, in points
constexpr double kVerticalPadding = 4;  // points above and below the text of a cell
// Excel and LibreOffice keep about 2 px clear on each side of a cell's text,
// plus the border: the width left for the text, in points, is the column's
// minus this.
constexpr double kHorizontalPadding = 7;
constexpr double kSpacerHeight = 6;  // between a table and its neighbours
// A cell holds at most 32 767 characters; a piece of text stays well under
// that, leaving room for the escapes cell_string() may add.
constexpr std::size_t kMaxPieceUnits = 16000;
constexpr int kSnapPixels = 8;  // boundaries of two tables closer than 2 mm share a grid line

int to_pixels(double points) { return static_cast<int>(std::lround(points * 4 / 3)); }

// A text block as rich-string fragments: paragraphs joined by '\n', empty
// runs dropped, neighbours in the same font merged.
struct Fragment {
  std::string text;
  Font font;
};

std::vector<Fragment> fragments_of(const TextBlock& block) {
  std::vector<Fragment> out;
  const auto add = [&](const std::string& text, const Font& font) {
    if (text.empty()) return;
    if (!out.empty() && out.back().font == font)
      out.back().text += text;
    else
      out.push_back(Fragment{text, font});
  };
  for (std::size_t i = 0; i < block.paragraphs.size(); ++i) {
    const Paragraph& p = block.paragraphs[i];
    if (i > 0) {
      // The break goes with the text before it, in that text's font.
      if (!out.empty())
        out.back().text += '\n';
      else
        add("\n", p.runs.empty() ? Font{} : p.runs.front().font);
    }
    for (const Run& r : p.runs) add(r.text, r.font);
  }
  return out;
}

}  // namespace

SheetWriter::SheetWriter(lxw_worksheet* ws, CellFormats& formats, const doc::Section& section)
    : ws_(ws), formats_(formats), section_(section) {
  grid_ = make_column_grid(section, to_pixels(printable_width_pt(section.orientation)), kSnapPixels);
}

double SheetWriter::max_piece_height() const {
  // A row must fit on a page below the repeated header rows, and Excel caps
  // row heights; the margin absorbs the renderers' rounding.
  const double page = printable_height_pt(section_.orientation) - repeat_height_ - 24;
  return std::clamp(page, 120.0, kMaxRowHeight) - kVerticalPadding;
}

void SheetWriter::write_columns() {
  for (std::size_t c = 0; c < grid_.columns(); ++c)
    check(worksheet_set_column_pixels(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                      static_cast<std::uint32_t>(grid_.pixels[c]), nullptr),
          "largeur de colonne");
}

PrintLayout SheetWriter::write() {
  write_columns();
  std::size_t table_index = 0;
  const doc::Block* previous = nullptr;
  for (const doc::Block& block : section_.blocks) {
    if (const auto* t = std::get_if<doc::Table>(&block); t && t->rows.empty()) {
      ++table_index;  // nothing to show, not even the space around it
      continue;
    }
    const bool is_table = std::holds_alternative<doc::Table>(block);
    const bool is_break = std::holds_alternative<doc::PageBreak>(block);
    if (previous && !is_break && !std::holds_alternative<doc::PageBreak>(*previous) &&
        (is_table || std::holds_alternative<doc::Table>(*previous)))
      write_spacer();
    if (const auto* h = std::get_if<doc::Heading>(&block)) {
      write_heading(*h);
    } else if (const auto* item = std::get_if<doc::Item>(&block)) {
      write_paragraph(*item);
    } else if (const auto* t = std::get_if<doc::Table>(&block)) {
      write_table(*t, table_index++);
    } else if (row_ > 0 && (layout_.page_breaks.empty() || layout_.page_breaks.back() != row_)) {
      layout_.page_breaks.push_back(row_);
    }
    previous = &block;
  }
  layout_.rows = row_;
  layout_.columns = grid_.columns();
  return layout_;
}

void SheetWriter::write_spacer() {
  check(worksheet_set_row(ws_, static_cast<lxw_row_t>(row_), kSpacerHeight, nullptr), "hauteur de ligne");
  heights_.push_back(kSpacerHeight);
  ++row_;
}

void SheetWriter::write_heading(const doc::Heading& h) {
  PlacedCell cell;
  cell.first = 0;
  cell.last = grid_.columns();
  cell.valign = doc::VAlign::Middle;
  CellPiece piece;
  piece.align = h.align;
  piece.text.paragraphs.push_back(Paragraph{{Run{h.text, Font{doc::style::heading_size(h.level), true, false}}}});
  cell.pieces.push_back(std::move(piece));
  std::vector<PlacedCell> cells{std::move(cell)};
  write_row(cells, 0, false);
}

void SheetWriter::write_paragraph(const doc::Item& item) {
  PlacedCell cell;
  cell.first = 0;
  cell.last = grid_.columns();
  doc::Cell model;
  model.items.push_back(item);
  cell.pieces = cell_pieces(model);
  std::vector<PlacedCell> cells{std::move(cell)};
  write_row(cells, 0, false);
}

void SheetWriter::write_table(const doc::Table& t, std::size_t index) {
  const std::vector<std::size_t>& bounds = grid_.table_boundaries[index];
  // The header rows repeated on every printed page: the first run of header
  // rows of the first table that has some (Excel keeps one range per sheet).
  const bool wants_repeat = !layout_.repeat_rows.has_value();
  bool in_header_run = false, header_run_done = false;
  for (const doc::Row& row : t.rows) {
    std::vector<PlacedCell> cells;
    std::size_t col = 0;
    for (const doc::Cell& c : row.cells) {
      // The model's colspans add up to the table's column count (doc::normalize_form).
      const auto span = static_cast<std::size_t>(c.colspan);
      assert(span >= 1 && col + span < bounds.size());
      PlacedCell placed;
      placed.first = bounds[col];
      placed.last = bounds[col + span];
      placed.pieces = cell_pieces(c);
      placed.shaded = c.shaded;
      placed.valign = c.valign;
      cells.push_back(std::move(placed));
      col += span;
    }
    const std::size_t first_row = row_;
    const std::size_t used = write_row(cells, row.min_height, t.borders);
    if (wants_repeat && !header_run_done) {
      if (row.header) {
        if (!in_header_run) layout_.repeat_rows = std::make_pair(first_row, first_row + used - 1);
        layout_.repeat_rows->second = first_row + used - 1;
        in_header_run = true;
      } else if (in_header_run) {
        header_run_done = true;
      }
    }
    if (in_header_run && !header_run_done) {
      // Later rows must fit on a page below the repeated rows.
      repeat_height_ = 0;
      for (std::size_t r = layout_.repeat_rows->first; r <= layout_.repeat_rows->second; ++r)
        repeat_height_ += heights_[r];
    }
  }
}

std::size_t SheetWriter::write_row(std::vector<PlacedCell>& cells, double min_height, bool borders) {
  // Cut every piece too tall for one sheet row; a cell's pieces then go on
  // consecutive sheet rows ("bands"), as many as the cell needing most.
  const double max_text = max_piece_height();
  for (PlacedCell& cell : cells) {
    const double width = std::max(grid_.width_pt(cell.first, cell.last) - kHorizontalPadding, 10.0);
    std::vector<CellPiece> cut;
    for (CellPiece& piece : cell.pieces) {
      std::vector<BlockPiece> parts = split_block(piece.text, width, max_text, kMaxPieceUnits);
      if (parts.size() == 1) {
        piece.height = parts.front().height;
        cut.push_back(std::move(piece));
        continue;
      }
      for (BlockPiece& part : parts) {
        CellPiece p;
        p.text = std::move(part.text);
        p.align = piece.align;
        p.height = part.height;
        cut.push_back(std::move(p));
      }
    }
    cell.pieces = std::move(cut);
  }
  std::size_t bands = 1;
  for (const PlacedCell& cell : cells) bands = std::max(bands, cell.pieces.size());
  std::vector<double> heights(bands, line_height(9) + kVerticalPadding);
  for (const PlacedCell& cell : cells)
    for (std::size_t b = 0; b < cell.pieces.size(); ++b)
      heights[b] = std::max(heights[b], cell.pieces[b].height + kVerticalPadding);
  // The official blank rows keep their height; rows over Excel's cap add bands.
  double total = 0;
  for (double& h : heights) {
    h = std::min(h, kMaxRowHeight);
    total += h;
  }
  double missing = min_height - total;
  while (missing > 0.01) {
    if (heights.back() >= kMaxRowHeight) heights.push_back(0);
    const double add = std::min(missing, kMaxRowHeight - heights.back());
    heights.back() += add;
    missing -= add;
  }
  bands = heights.size();

  for (std::size_t b = 0; b < bands; ++b) {
    const std::size_t row = row_ + b;
    // Excel stores heights in twentieths of a point and shows whole pixels:
    // round up to the next 0.75 pt so that nothing is lost to rounding.
    const double h = std::min(std::ceil(heights[b] / 0.75) * 0.75, kMaxRowHeight);
    check(worksheet_set_row(ws_, static_cast<lxw_row_t>(row), h, nullptr), "hauteur de ligne");
    heights_.push_back(h);
    for (const PlacedCell& cell : cells) {
      Borders edges;
      edges.left = edges.right = borders;
      edges.top = borders && b == 0;
      edges.bottom = borders && b + 1 == bands;
      write_piece(row, cell, b < cell.pieces.size() ? &cell.pieces[b] : nullptr, edges);
    }
  }
  row_ += bands;
  return bands;
}

void SheetWriter::write_piece(std::size_t row, const PlacedCell& cell, const CellPiece* piece, const Borders& borders) {
  CellLook look;
  look.borders = borders;
  look.shaded = cell.shaded;
  look.valign = cell.valign;
  if (piece) look.align = piece->align;
  const auto r = static_cast<lxw_row_t>(row);
  const auto c = static_cast<lxw_col_t>(cell.first);
  if (cell.last - cell.first > 1) {
    // The merged range carries the look; its first cell gets the text below.
    check(worksheet_merge_range(ws_, r, c, r, static_cast<lxw_col_t>(cell.last - 1), "", formats_.cell(look)),
          "fusion de cellules");
  }
  if (piece && !piece->text.empty())
    write_text(row, cell.first, piece->text, look);
  else
    check(worksheet_write_blank(ws_, r, c, formats_.cell(look)), "cellule vide");
  if (piece && !piece->choices.empty()) add_validation(row, cell, *piece);
}

void SheetWriter::write_text(std::size_t row, std::size_t col, const TextBlock& text, CellLook look) {
  std::vector<Fragment> fragments = fragments_of(text);
  for (Fragment& f : fragments) f.text = cell_string(f.text);
  const auto r = static_cast<lxw_row_t>(row);
  const auto c = static_cast<lxw_col_t>(col);
  look.font = fragments.front().font;
  lxw_format* format = formats_.cell(look);
  // Always a string cell: "=SUM(A1)", "+33 6…" or "02412345678" stay text.
  if (fragments.size() == 1) {
    check(worksheet_write_string(ws_, r, c, fragments.front().text.c_str(), format), "écriture d’une cellule");
    return;
  }
  std::vector<lxw_rich_string_tuple> tuples;
  tuples.reserve(fragments.size());
  for (Fragment& f : fragments) tuples.push_back(lxw_rich_string_tuple{formats_.font(f.font), f.text.data()});
  std::vector<lxw_rich_string_tuple*> pointers;
  for (lxw_rich_string_tuple& t : tuples) pointers.push_back(&t);
  pointers.push_back(nullptr);
  check(worksheet_write_rich_string(ws_, r, c, pointers.data(), format), "écriture d’un texte mis en forme");
}

void SheetWriter::add_validation(std::size_t row, const PlacedCell& cell, const CellPiece& piece) {
  std::vector<std::string> values = piece.choices;
  std::vector<char*> list;
  for (std::string& v : values) list.push_back(v.data());
  list.push_back(nullptr);
  std::string title = piece.mark ? "Colonne à marquer" : "Case à cocher";
  std::string message = piece.mark ? "Choisissez « " + values.front() + " » dans la liste ou laissez la cellule vide."
                                   : "Choisissez la case cochée (\u2612) ou non cochée (\u2610) dans la liste.";
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = list.data();
  v.ignore_blank = LXW_VALIDATION_ON;
  v.show_input = LXW_VALIDATION_OFF;
  v.error_title = title.data();
  v.error_message = message.data();
  const auto r = static_cast<lxw_row_t>(row);
  check(worksheet_data_validation_range(ws_, r, static_cast<lxw_col_t>(cell.first), r,
                                        static_cast<lxw_col_t>(cell.last - 1), &v),
        "liste de choix d’une case");
}

}  // namespace siofill::xlsx
