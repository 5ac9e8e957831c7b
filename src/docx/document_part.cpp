// word/document.xml: the body, section by section.
#include <type_traits>

#include "docx/paragraph_markup.hpp"
#include "docx/parts.hpp"
#include "docx/section_markup.hpp"
#include "docx/table_markup.hpp"

namespace siofill::docx {

namespace {

void add_block(BuildContext& ctx, XMLElement* body, const doc::Block& block, const PageGeometry& page) {
  std::visit(
      [&](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, doc::Heading>) {
          add_heading(body, b);
        } else if constexpr (std::is_same_v<T, doc::Item>) {
          add_item(ctx, body, b, ParagraphPlace{});
        } else if constexpr (std::is_same_v<T, doc::Table>) {
          if (!b.rows.empty()) add_table(ctx, body, b, page);  // Word rejects a table without rows
        } else {
          add_page_break(body);
        }
      },
      block);
}

void add_root_namespaces(XMLElement* root) {
  root->SetAttribute("xmlns:w", ns::w);
  root->SetAttribute("xmlns:r", ns::r);
  root->SetAttribute("xmlns:w14", ns::w14);
  root->SetAttribute("xmlns:mc", ns::mc);
  // Readers that do not know Word 2010's w14 (checkboxes) skip it and keep the content shown.
  root->SetAttribute("mc:Ignorable", "w14");
}

}  // namespace

XMLElement* build_document_part(BuildContext& ctx, const std::vector<doc::Section>& sections,
                                const std::vector<std::string>& footer_rel_ids) {
  XMLElement* root = ctx.xml.NewElement("w:document");
  add_root_namespaces(root);
  XMLElement* body = add(root, "w:body");

  for (std::size_t s = 0; s < sections.size(); ++s) {
    const doc::Section& section = sections[s];
    const PageGeometry page = page_geometry(section.orientation);
    std::size_t end = section.blocks.size();
    // A page break closing a section would only leave an empty page: the
    // next section starts on a new page anyway.
    while (end > 0 && std::holds_alternative<doc::PageBreak>(section.blocks[end - 1])) --end;
    for (std::size_t i = 0; i < end; ++i) {
      // Word and LibreOffice join two tables that touch into one (the second
      // taking the first's borders): a thin paragraph keeps them apart, as
      // high as the gap the PDF leaves between two tables.
      if (i > 0 && std::holds_alternative<doc::Table>(section.blocks[i]) &&
          std::holds_alternative<doc::Table>(section.blocks[i - 1]))
        add_hairline_paragraph(body, kTableSeparatorTwips);
      add_block(ctx, body, section.blocks[i], page);
    }

    const bool last = s + 1 == sections.size();
    const bool ends_with_table = end > 0 && std::holds_alternative<doc::Table>(section.blocks[end - 1]);
    if (!last) {
      // Every section but the last ends with a paragraph carrying its properties.
      add_section_properties(add_hairline_paragraph(body), page, footer_rel_ids[s].c_str());
    } else {
      // The body must not end on a table; the last section's properties close the body.
      if (ends_with_table || end == 0) add_hairline_paragraph(body);
      add_section_properties(body, page, footer_rel_ids[s].c_str());
    }
  }
  return root;
}

}  // namespace siofill::docx
