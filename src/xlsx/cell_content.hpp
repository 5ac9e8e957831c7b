#pragma once
// What a model cell shows, cut into the pieces a sheet row can hold: its
// text items joined by line breaks (bullets as "• " lines), and each box or
// mark on its own, because only a cell of its own can carry the drop-down
// list that keeps a box editable by hand.
#include <string>
#include <vector>

#include "document/filled_form.hpp"
#include "xlsx/text_layout.hpp"

namespace siofill::xlsx {

struct CellPiece {
  TextBlock text;
  doc::Align align = doc::Align::Left;
  // Values of the drop-down list offered on the cell (the box checked and
  // unchecked, or the mark); empty when the piece is plain text or when the
  // values cannot be expressed as an Excel list.
  std::vector<std::string> choices;
  bool mark = false;  // an "X" column: the list allows a blank cell
  double height = 0;  // of its lines, in points, once laid out at the cell's width
};

// The font an item's text is drawn in (before a span's own bold/italic).
Font item_font(const doc::Item& item);

// One paragraph per item (checkbox items included).
Paragraph item_paragraph(const doc::Item& item);

// The cell's pieces, in order; an empty cell gives one empty piece.
std::vector<CellPiece> cell_pieces(const doc::Cell& cell);

}  // namespace siofill::xlsx
