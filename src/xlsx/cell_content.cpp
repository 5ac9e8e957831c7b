#include "xlsx/cell_content.hpp"

#include <cstddef>

#include "document/style_facts.hpp"
#include "text/utf8.hpp"

namespace siofill::xlsx {
namespace {

constexpr const char* kChecked = "\u2612";    // ☒
constexpr const char* kUnchecked = "\u2610";  // ☐

// Excel stores a list validation as one quoted, comma-separated string of at
// most 255 characters: values holding a comma or a quote cannot be listed.
bool listable(const std::vector<std::string>& values) {
  std::size_t units = values.size() - 1;  // the commas
  for (const std::string& v : values) {
    if (v.find_first_of(",\"") != std::string::npos) return false;
    std::size_t i = 0;
    while (i < v.size()) units += utf16_units(text::next_code_point(v, i));
  }
  return units <= 255;
}

std::string label_text(const doc::Item& item) {
  std::string s;
  for (const doc::Span& span : item.spans) s += span.text;
  return s;
}

CellPiece checkbox_piece(const doc::Item& item) {
  CellPiece piece;
  piece.text.paragraphs.push_back(item_paragraph(item));
  if (item.mark.empty()) {
    piece.align = item.align;
    const std::string label = label_text(item);
    const std::string tail = label.empty() ? "" : " " + label;
    std::vector<std::string> values{kChecked + tail, kUnchecked + tail};
    if (listable(values)) piece.choices = std::move(values);
  } else {
    piece.align = doc::Align::Center;
    piece.mark = true;
    if (item.spans.empty() && listable({item.mark})) piece.choices = {item.mark};
  }
  return piece;
}

}  // namespace

Font item_font(const doc::Item& item) {
  Font f;
  f.size = item.style == doc::Style::Small ? doc::style::kSmallSize : doc::style::kBodySize;
  f.bold = item.style == doc::Style::Label;
  return f;
}

Paragraph item_paragraph(const doc::Item& item) {
  const Font base = item_font(item);
  Paragraph p;
  if (item.kind == doc::Item::Kind::Bullet) p.runs.push_back(Run{"\u2022 ", base});
  if (item.kind == doc::Item::Kind::Checkbox) {
    if (!item.mark.empty()) {
      // The official "X" columns: the mark, bold, when checked; nothing otherwise.
      // A label, which the forms do not use with marks, still follows it.
      Font bold = base;
      bold.bold = true;
      if (item.checked) p.runs.push_back(Run{item.mark + (item.spans.empty() ? "" : " "), bold});
    } else {
      p.runs.push_back(Run{std::string(item.checked ? kChecked : kUnchecked) + (item.spans.empty() ? "" : " "), base});
    }
  }
  for (const doc::Span& span : item.spans) {
    Font f = base;
    f.bold = f.bold || span.bold;
    f.italic = span.italic;
    p.runs.push_back(Run{span.text, f});
  }
  if (p.runs.empty()) p.runs.push_back(Run{"", base});
  return p;
}

std::vector<CellPiece> cell_pieces(const doc::Cell& cell) {
  std::vector<CellPiece> pieces;
  bool open_text = false;  // the last piece collects text items
  for (const doc::Item& item : cell.items) {
    if (item.kind == doc::Item::Kind::Checkbox) {
      pieces.push_back(checkbox_piece(item));
      open_text = false;
      continue;
    }
    if (!open_text) {
      pieces.emplace_back();
      pieces.back().align = item.align;
      open_text = true;
    }
    pieces.back().text.paragraphs.push_back(item_paragraph(item));
  }
  if (pieces.empty()) pieces.emplace_back();
  return pieces;
}

}  // namespace siofill::xlsx
