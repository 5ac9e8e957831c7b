#include "xlsx/cell_formats.hpp"

#include "document/style_facts.hpp"
#include "document/writer_options.hpp"

namespace siofill::xlsx {
namespace {

// The forms' font: Arial where it exists, Liberation Sans (same metrics)
// where LibreOffice substitutes it.
constexpr const char* kFontName = "Arial";
constexpr lxw_color_t kShade = doc::style::kShadeRgb;

void set_font(lxw_format* f, const Font& font) {
  format_set_font_name(f, kFontName);
  format_set_font_size(f, font.size);
  if (font.bold) format_set_bold(f);
  if (font.italic) format_set_italic(f);
}

}  // namespace

void use_arial_as_default_font(lxw_workbook* workbook) {
  // libxlsxwriter 1.1.4 has no API for it; its default format is the first
  // one the workbook made (xf index 0), and fonts are only collected when the
  // workbook is closed, so changing that format's font is enough.
  lxw_format* first = STAILQ_FIRST(workbook->formats);
  if (!first || first->xf_index != 0) return;
  format_set_font_name(first, kFontName);
  format_set_font_size(first, 10);
}

lxw_format* CellFormats::add() {
  lxw_format* f = workbook_add_format(workbook_);
  if (!f) throw doc::WriteError("écriture XLSX impossible : mémoire insuffisante pour les formats de cellule");
  return f;
}

lxw_format* CellFormats::cell(const CellLook& look) {
  if (const auto it = cells_.find(look); it != cells_.end()) return it->second;
  lxw_format* f = add();
  set_font(f, look.font);
  format_set_text_wrap(f);
  format_set_align(f, look.align == doc::Align::Center  ? LXW_ALIGN_CENTER
                      : look.align == doc::Align::Right ? LXW_ALIGN_RIGHT
                                                        : LXW_ALIGN_LEFT);
  format_set_align(f, look.valign == doc::VAlign::Middle ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
  if (look.borders.top) format_set_top(f, LXW_BORDER_THIN);
  if (look.borders.bottom) format_set_bottom(f, LXW_BORDER_THIN);
  if (look.borders.left) format_set_left(f, LXW_BORDER_THIN);
  if (look.borders.right) format_set_right(f, LXW_BORDER_THIN);
  if (look.shaded) format_set_bg_color(f, kShade);
  cells_.emplace(look, f);
  return f;
}

lxw_format* CellFormats::font(const Font& font) {
  if (const auto it = fonts_.find(font); it != fonts_.end()) return it->second;
  lxw_format* f = add();
  set_font(f, font);
  fonts_.emplace(font, f);
  return f;
}

}  // namespace siofill::xlsx
