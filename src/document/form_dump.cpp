#include "document/form_dump.hpp"

#include <sstream>

#include "text/printable.hpp"

namespace siofill::doc {
namespace {

// "« text »": the guillemets show where spaces at either end are.
std::string quoted(const std::string& s) { return "« " + text::shown_name(s) + " »"; }

const char* align_name(Align a) {
  switch (a) {
    case Align::Left:
      return "left";
    case Align::Center:
      return "center";
    case Align::Right:
      return "right";
  }
  return "?";
}

const char* style_name(Style s) {
  switch (s) {
    case Style::Body:
      return "body";
    case Style::Small:
      return "small";
    case Style::Label:
      return "label";
  }
  return "?";
}

// Spans one after the other; bold as **…**, italic as _…_.
std::string spans_text(const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) {
    std::string t = text::shown_name(s.text);
    if (t.empty()) continue;
    if (s.italic) t = "_" + t + "_";
    if (s.bold) t = "**" + t + "**";
    out += t;
  }
  return out;
}

std::string item_line(const Item& item) {
  std::string line;
  switch (item.kind) {
    case Item::Kind::Text:
      line = "text";
      break;
    case Item::Kind::Bullet:
      line = "bullet";
      break;
    case Item::Kind::Checkbox:
      line = item.checked ? "[x]" : "[ ]";
      if (!item.mark.empty()) line += " mark " + quoted(item.mark);
      break;
  }
  line += std::string(" (") + style_name(item.style) + ", " + align_name(item.align) + ")";
  if (!item.spans.empty()) line += " " + spans_text(item.spans);
  return line;
}

std::string number(double v) {
  std::ostringstream s;
  s.imbue(std::locale::classic());
  s << v;
  return s.str();
}

void dump_table(std::ostringstream& out, const Table& table, const std::string& indent) {
  out << "table" << (table.borders ? "" : " without borders") << ", widths";
  for (double w : table.widths) out << ' ' << number(w);
  out << '\n';
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    out << indent << "  row " << r + 1;
    if (row.header) out << " header";
    if (row.keep_with_next) out << " keep-with-next";
    if (row.min_height > 0) out << " min-height " << number(row.min_height);
    out << '\n';
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const Cell& cell = row.cells[c];
      out << indent << "    cell " << c + 1;
      if (cell.colspan != 1) out << " colspan " << cell.colspan;
      if (cell.shaded) out << " shaded";
      if (cell.valign == VAlign::Middle) out << " middle";
      out << '\n';
      for (const Item& item : cell.items) out << indent << "      " << item_line(item) << '\n';
    }
  }
}

struct BlockPrinter {
  std::ostringstream& out;
  void operator()(const Heading& h) const {
    out << "heading " << h.level << " (" << align_name(h.align) << ") " << text::shown_name(h.text) << '\n';
  }
  void operator()(const Item& i) const { out << item_line(i) << '\n'; }
  void operator()(const Table& t) const { dump_table(out, t, "  "); }
  void operator()(const PageBreak&) const { out << "page break\n"; }
};

}  // namespace

std::string dump_form(const FilledForm& form) {
  std::ostringstream out;
  out << "form " << quoted(form.form_id) << '\n';
  out << "title " << quoted(form.meta.title) << '\n';
  out << "subject " << quoted(form.meta.subject) << '\n';
  out << "author " << quoted(form.meta.author) << '\n';
  out << "keywords " << quoted(form.meta.keywords) << '\n';
  if (!form.whole_part.empty()) out << "whole part " << quoted(form.whole_part) << '\n';
  for (std::size_t s = 0; s < form.sections.size(); ++s) {
    const Section& section = form.sections[s];
    out << "\nsection " << s + 1 << ' ' << (section.orientation == Orientation::Portrait ? "portrait" : "landscape");
    if (!section.part.empty()) out << ", part " << quoted(section.part);
    out << ", footer " << quoted(section.footer) << '\n';
    for (const Bookmark& b : section.bookmarks)
      out << "  bookmark " << b.level << " at block " << b.block + 1 << ' ' << quoted(b.title) << '\n';
    for (std::size_t b = 0; b < section.blocks.size(); ++b) {
      out << "  " << b + 1 << ". ";  // the number bookmarks refer to
      std::visit(BlockPrinter{out}, section.blocks[b]);
    }
  }
  return out.str();
}

}  // namespace siofill::doc
