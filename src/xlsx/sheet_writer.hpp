#pragma once
// Lays one section out on one worksheet: headings and paragraphs merged
// across the sheet, tables on the sheet's column grid, every row as tall as
// its text needs, boxes and marks with their drop-down lists.
#include <cstddef>
#include <vector>

#include <xlsxwriter.h>

#include "document/filled_form.hpp"
#include "xlsx/cell_content.hpp"
#include "xlsx/cell_formats.hpp"
#include "xlsx/column_grid.hpp"
#include "xlsx/page_setup.hpp"

namespace siofill::xlsx {

class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* ws, CellFormats& formats, const doc::Section& section);

  // Writes the section; returns what the print set-up needs. Throws
  // doc::WriteError when libxlsxwriter refuses something.
  PrintLayout write();

 private:
  // A model cell placed on the grid: sheet columns [first, last).
  struct PlacedCell {
    std::size_t first = 0;
    std::size_t last = 1;
    std::vector<CellPiece> pieces;
    bool shaded = false;
    doc::VAlign valign = doc::VAlign::Top;
  };

  void write_columns();
  void write_heading(const doc::Heading& h);
  void write_paragraph(const doc::Item& item);
  void write_table(const doc::Table& t, std::size_t index);
  void write_spacer();
  // Writes one model row as one or more sheet rows; returns how many.
  std::size_t write_row(std::vector<PlacedCell>& cells, double min_height, bool borders);
  void write_piece(std::size_t row, const PlacedCell& cell, const CellPiece* piece, const Borders& borders);
  void write_text(std::size_t row, std::size_t col, const TextBlock& text, CellLook look);
  void add_validation(std::size_t row, const PlacedCell& cell, const CellPiece& piece);
  double max_piece_height() const;

  lxw_worksheet* ws_;
  CellFormats& formats_;
  const doc::Section& section_;
  ColumnGrid grid_;
  std::size_t row_ = 0;          // next free sheet row
  double repeat_height_ = 0;     // points taken by the repeated header rows
  std::vector<double> heights_;  // height of each sheet row written, in points
  PrintLayout layout_;
};

}  // namespace siofill::xlsx
