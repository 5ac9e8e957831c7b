#pragma once
// Every piece of text a FilledForm puts into its PDF, with the face it is
// drawn in: what decides the fonts a document needs.
#include <string_view>

#include "document/filled_form.hpp"
#include "pdf/layout_types.hpp"

namespace siofill::pdf {

// Text the writer adds itself (footer page numbers, bullets, checkbox text layer).
inline constexpr std::string_view kWriterText = "page 0123456789 / \xE2\x80\xA2 [X]";

// Calls f(utf8, face) for each text drawn on the pages of the form: headings,
// spans, checkbox marks, footers and the writer's own text; with
// `with_properties`, the document properties too (stored, not drawn: Regular).
template <typename F>
void for_each_form_text(const doc::FilledForm& form, bool with_properties, F&& f) {
  if (with_properties) {
    f(form.meta.title, Face::Regular);
    f(form.meta.subject, Face::Regular);
    f(form.meta.author, Face::Regular);
    f(form.meta.keywords, Face::Regular);
  }
  f(kWriterText, Face::Regular);
  auto item_text = [&f](const doc::Item& item) {
    const bool label = item.style == doc::Style::Label;
    for (const doc::Span& span : item.spans) f(span.text, face_of(span.bold || label, span.italic));
    if (!item.mark.empty() && item.checked) f(item.mark, Face::Bold);
    if (item.kind == doc::Item::Kind::Bullet) f("\xE2\x80\xA2", face_of(label, false));
  };
  for (const doc::Section& section : form.sections) {
    f(section.footer, Face::Regular);
    for (const doc::Block& block : section.blocks) {
      if (const auto* h = std::get_if<doc::Heading>(&block)) {
        f(h->text, Face::Bold);
      } else if (const auto* item = std::get_if<doc::Item>(&block)) {
        item_text(*item);
      } else if (const auto* table = std::get_if<doc::Table>(&block)) {
        for (const doc::Row& row : table->rows)
          for (const doc::Cell& cell : row.cells)
            for (const doc::Item& i : cell.items) item_text(i);
      }
    }
  }
}

}  // namespace siofill::pdf
