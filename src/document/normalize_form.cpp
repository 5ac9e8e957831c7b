#include "document/normalize_form.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <variant>

#include "text/utf8.hpp"

namespace siofill::doc {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Control characters and noncharacters: no place in a form's text. '\r' is
// one too, but normalized_text turns it into a line break first.
bool is_unprintable(char32_t c) {
  const bool c0 = c < 0x20 && c != '\t' && c != '\n';
  const bool c1 = c >= 0x7F && c <= 0x9F;
  const bool nonchar = (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
  return c0 || c1 || nonchar;
}

// Offset of the first byte normalized_text would change, or s.size().
std::size_t first_change(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x7F) {  // printable ASCII: the common case
      ++i;
      continue;
    }
    const text::DecodedChar d = text::decode_at(s, i);
    if (!d.valid || is_unprintable(d.value)) return i;
    i += d.length;
  }
  return s.size();
}

bool is_normalized_text(std::string_view s) { return first_change(s) == s.size(); }

void normalize_in_place(std::string& s) {
  if (!is_normalized_text(s)) s = normalized_text(s);
}

bool usable_width(double w) { return std::isfinite(w) && w > 0; }

std::size_t span_of(const Cell& cell) {
  return static_cast<std::size_t>(std::clamp<int>(cell.colspan, 1, static_cast<int>(kMaxColumns)));
}

std::size_t column_count(const Table& table) {
  std::size_t columns = std::max<std::size_t>(table.widths.size(), 1);
  for (const Row& row : table.rows) {
    std::size_t spans = 0;
    for (const Cell& cell : row.cells) spans = std::min(spans + span_of(cell), kMaxColumns);
    columns = std::max(columns, spans);
  }
  return std::min(columns, kMaxColumns);
}

void normalize_widths(std::vector<double>& widths, std::size_t columns) {
  widths.resize(std::min(widths.size(), columns));
  double largest = 0;
  std::size_t usable = 0;
  for (double w : widths)
    if (usable_width(w)) largest = std::max(largest, w), ++usable;
  double sum = 0;
  for (double w : widths)
    if (usable_width(w)) sum += w;
  if (!std::isfinite(sum))  // only huge widths get here: the same shares, smaller numbers
    for (double& w : widths)
      if (usable_width(w)) w /= largest;
  sum = 0;
  for (double w : widths)
    if (usable_width(w)) sum += w;
  const double fill = usable > 0 ? sum / static_cast<double>(usable) : 1.0;
  for (double& w : widths)
    if (!usable_width(w)) w = fill;
  widths.resize(columns, fill);
}

void normalize_row(Row& row, std::size_t columns) {
  std::size_t col = 0;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    Cell& cell = row.cells[i];
    if (col >= columns) {  // past the last column: its text joins the last cell rather than vanish
      std::vector<Item>& last = row.cells[kept - 1].items;
      last.insert(last.end(), std::make_move_iterator(cell.items.begin()), std::make_move_iterator(cell.items.end()));
      continue;
    }
    cell.colspan = static_cast<int>(std::min(span_of(cell), columns - col));
    col += static_cast<std::size_t>(cell.colspan);
    if (kept != i) row.cells[kept] = std::move(cell);
    ++kept;
  }
  row.cells.resize(kept);
  if (col < columns) {
    Cell rest;
    rest.colspan = static_cast<int>(columns - col);
    row.cells.push_back(std::move(rest));
  }
}

bool is_normalized_table(const Table& table) {
  const std::size_t columns = table.widths.size();
  if (columns < 1 || columns > kMaxColumns) return false;
  double sum = 0;
  for (double w : table.widths) {
    if (!usable_width(w)) return false;
    sum += w;
  }
  if (!std::isfinite(sum)) return false;
  for (const Row& row : table.rows) {
    std::size_t spans = 0;
    for (const Cell& cell : row.cells) {
      if (cell.colspan < 1 || static_cast<std::size_t>(cell.colspan) > columns - spans) return false;
      spans += static_cast<std::size_t>(cell.colspan);
    }
    if (spans != columns) return false;
  }
  return true;
}

// Calls f(text) for every string of `item` / the form that a writer may print.
template <typename ItemT, typename F>
void for_each_item_text(ItemT& item, F&& f) {
  for (auto& span : item.spans) f(span.text);
  f(item.mark);
}

template <typename Form, typename F>
void for_each_text(Form& form, F&& f) {
  f(form.form_id);
  f(form.whole_part);
  f(form.meta.title);
  f(form.meta.subject);
  f(form.meta.author);
  f(form.meta.keywords);
  for (auto& section : form.sections) {
    f(section.footer);
    f(section.part);
    for (auto& mark : section.bookmarks) f(mark.title);
    for (auto& block : section.blocks) {
      if (auto* heading = std::get_if<Heading>(&block)) {
        f(heading->text);
      } else if (auto* item = std::get_if<Item>(&block)) {
        for_each_item_text(*item, f);
      } else if (auto* table = std::get_if<Table>(&block)) {
        for (auto& row : table->rows)
          for (auto& cell : row.cells)
            for (auto& cell_item : cell.items) for_each_item_text(cell_item, f);
      }
    }
  }
}

}  // namespace

std::string normalized_text(std::string_view s) {
  std::size_t i = first_change(s);
  if (i == s.size()) return std::string(s);
  std::string out(s.substr(0, i));
  out.reserve(s.size() + 8);
  while (i < s.size()) {
    const text::DecodedChar d = text::decode_at(s, i);
    if (!d.valid) {
      out += kReplacement;
    } else if (d.value == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else if (is_unprintable(d.value)) {
      out += kReplacement;
    } else {
      out.append(s.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

void normalize_table(Table& table) {
  const std::size_t columns = column_count(table);
  normalize_widths(table.widths, columns);
  for (Row& row : table.rows) normalize_row(row, columns);
}

void normalize_form(FilledForm& form) {
  for_each_text(form, [](std::string& s) { normalize_in_place(s); });
  for (Section& section : form.sections)
    for (Block& block : section.blocks) {
      if (auto* table = std::get_if<Table>(&block))
        normalize_table(*table);
      else if (auto* heading = std::get_if<Heading>(&block))
        heading->level = std::clamp(heading->level, 1, 3);
    }
}

bool is_normalized(const FilledForm& form) {
  bool ok = true;
  for_each_text(form, [&ok](const std::string& s) { ok = ok && is_normalized_text(s); });
  for (const Section& section : form.sections)
    for (const Block& block : section.blocks) {
      if (const auto* table = std::get_if<Table>(&block))
        ok = ok && is_normalized_table(*table);
      else if (const auto* heading = std::get_if<Heading>(&block))
        ok = ok && heading->level >= 1 && heading->level <= 3;
    }
  return ok;
}

void require_normalized(const FilledForm& form) {
  if (!is_normalized(form))
    throw WriteError("erreur interne : le formulaire « " + normalized_text(form.form_id) +
                     " » n’a pas été normalisé avant son écriture (doc::normalize_form)");
}

}  // namespace siofill::doc
