#pragma once
// The neutral document every writer lays out: sections of pages holding
// headings, paragraphs, checkboxes and tables. It knows nothing about the
// BTS SIO and nothing about file formats (think of pandoc's AST).
//
// Text is UTF-8 in NFC; '\n' inside a Span is a forced line break. Writers
// must never drop text: long text wraps, rows grow, tables continue on the
// next page with their header rows repeated. Every form is settled once by
// doc::normalize_form (normalize_form.hpp) before a writer sees it: valid
// text, grids whose widths and colspans add up.
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace siofill::doc {

enum class Orientation { Portrait, Landscape };
enum class Align { Left, Center, Right };
enum class VAlign { Top, Middle };
enum class Style { Body, Small, Label };  // Label: bold body text

struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
};

// One paragraph-like piece of content, on the page or in a cell.
struct Item {
  enum class Kind { Text, Bullet, Checkbox };
  Kind kind = Kind::Text;
  std::vector<Span> spans;  // Checkbox: the label after the box, may be empty
  bool checked = false;     // Checkbox only
  // Checkbox only. Empty: a box (☒ / ☐). Otherwise the official "X" columns:
  // this text when checked, nothing when not. Either way it stays editable
  // where the format allows (content control, validation list).
  std::string mark;
  Align align = Align::Left;
  Style style = Style::Body;
};

struct Cell {
  std::vector<Item> items;
  int colspan = 1;
  bool shaded = false;  // header and label cells of the official forms
  VAlign valign = VAlign::Top;
};

struct Row {
  std::vector<Cell> cells;      // colspans add up to the table's column count
  bool header = false;          // repeated at the top of each page the table continues on
  bool keep_with_next = false;  // a heading inside the table: never alone at the bottom of a page
  double min_height = 0;        // points; blank rows of the official tables keep their height
};

struct Table {
  std::vector<double> widths;  // relative column widths (any unit, they are normalised)
  std::vector<Row> rows;
  bool borders = true;
};

struct Heading {
  std::string text;
  int level = 1;  // 1: form title, 2: subtitle, 3: section title
  Align align = Align::Center;
};

struct PageBreak {};

using Block = std::variant<Heading, Item, Table, PageBreak>;

// An entry of the reader's navigation pane (PDF bookmarks), opening the page
// on which blocks[block] of its section starts.
struct Bookmark {
  std::string title;
  int level = 1;          // 1: a part of the document; 2: an entry inside the last part
  std::size_t block = 0;  // index into Section::blocks
};

// A run of pages with one orientation and one footer; pages are numbered
// "page i / n" within the section (a class PDF holds one section per student form).
struct Section {
  Orientation orientation = Orientation::Portrait;
  std::string footer;
  std::vector<Block> blocks;
  std::vector<Bookmark> bookmarks;
  // The part of a document that joins several ("grille", "fiches"): consecutive
  // sections of one part count their pages together ("grille : page 1 / 2") and
  // a workbook names the part's sheet after it. Empty: "page i / n" of the section.
  std::string part;
};

struct Metadata {
  std::string title;
  std::string subject;
  std::string author;
  std::string keywords;
};

struct FilledForm {
  std::string form_id;  // "grille-b1", …
  Metadata meta;
  std::vector<Section> sections;
  // When set, footers also count the pages of the whole document, under this
  // name: "grille : page 1 / 2 — dossier : page 1 / 9".
  std::string whole_part;
};

// Helpers to build content tersely.
inline Item text_item(std::string text, Style style = Style::Body, Align align = Align::Left) {
  Item i;
  i.spans.push_back(Span{std::move(text), style == Style::Label, false});
  i.style = style;
  i.align = align;
  return i;
}
inline Item bullet_item(std::string text) {
  Item i = text_item(std::move(text));
  i.kind = Item::Kind::Bullet;
  return i;
}
inline Item mark_item(bool checked, std::string mark) {
  Item i;
  i.kind = Item::Kind::Checkbox;
  i.checked = checked;
  i.mark = std::move(mark);
  i.align = Align::Center;
  return i;
}
inline Item checkbox_item(bool checked, std::string label = {}, Align align = Align::Left) {
  Item i;
  i.kind = Item::Kind::Checkbox;
  i.checked = checked;
  if (!label.empty()) i.spans.push_back(Span{std::move(label), false, false});
  i.align = align;
  return i;
}

}  // namespace siofill::doc
