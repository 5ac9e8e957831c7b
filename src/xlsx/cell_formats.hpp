#pragma once
// The workbook's formats, made once per distinct look and shared: a
// libxlsxwriter format belongs to the workbook and every call to
// workbook_add_format adds one more to styles.xml.
#include <map>

#include <xlsxwriter.h>

#include "document/filled_form.hpp"
#include "xlsx/font_metrics.hpp"

namespace siofill::xlsx {

// Which sides of a sheet cell get the table's thin border. A model cell cut
// over several sheet rows keeps its outline: top on its first row, bottom on
// its last, left and right on all.
struct Borders {
  bool top = false;
  bool bottom = false;
  bool left = false;
  bool right = false;
  friend auto operator<=>(const Borders&, const Borders&) = default;
};

struct CellLook {
  Font font;
  doc::Align align = doc::Align::Left;
  doc::VAlign valign = doc::VAlign::Top;
  Borders borders;
  bool shaded = false;
  friend auto operator<=>(const CellLook&, const CellLook&) = default;
};

// Makes Arial 10 the workbook's default font (Excel's and LibreOffice's
// "Normal" style). Column widths are stored in characters of that font:
// with libxlsxwriter's Calibri, a LibreOffice without Calibri or Carlito
// measures them in DejaVu Sans and the sheet comes out a third wider than
// the page. Arial 10 has Calibri 11's 7-pixel digits in Excel, and
// LibreOffice measures it with Liberation Sans, its metric twin.
void use_arial_as_default_font(lxw_workbook* workbook);

class CellFormats {
 public:
  explicit CellFormats(lxw_workbook* workbook) : workbook_(workbook) {}

  // Font, alignment, wrapping, borders and shading of a cell.
  lxw_format* cell(const CellLook& look);
  // Font only, for the fragments of a rich string.
  lxw_format* font(const Font& font);

 private:
  lxw_format* add();  // throws doc::WriteError when the workbook cannot allocate

  lxw_workbook* workbook_;
  std::map<CellLook, lxw_format*> cells_;
  std::map<Font, lxw_format*> fonts_;
};

}  // namespace siofill::xlsx
