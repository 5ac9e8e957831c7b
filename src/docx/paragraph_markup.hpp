#pragma once
// Paragraph-level blocks: items (text, bullet, checkbox), headings, page breaks.
#include "document/filled_form.hpp"
#include "docx/build_context.hpp"

namespace siofill::docx {

struct ParagraphPlace {
  bool in_cell = false;    // table cells add no spacing of their own (the cell padding does)
  bool keep_next = false;  // keep on the page of what follows (rubrique rows inside a table)
};

// One <w:p> for `item` at the end of `container` (the body or a <w:tc>).
void add_item(BuildContext& ctx, XMLElement* container, const doc::Item& item, const ParagraphPlace& place);

// A heading paragraph in style Titre1/Titre2/Titre3.
void add_heading(XMLElement* body, const doc::Heading& heading);

// A paragraph holding only <w:br w:type="page"/>, kept 1 pt high so the empty
// line it leaves at the top of the next page does not show.
void add_page_break(XMLElement* body);

// An empty paragraph 1 pt high by default (what Word needs after a final table,
// or to carry a section's properties). Returns its <w:pPr> for the caller to complete.
XMLElement* add_hairline_paragraph(XMLElement* container, int height_twips = 20);

// Between two tables: the 6 pt after one plus the 6 pt before the next of the PDF layout.
inline constexpr int kTableSeparatorTwips = 240;

// Paragraph style ids defined in styles.xml.
inline constexpr const char* kHeadingStyles[] = {"Titre1", "Titre2", "Titre3"};
inline constexpr const char* kBulletStyle = "Puce";
inline constexpr const char* kFooterStyle = "Pieddepage";
// Bullet geometry: text at 3.5 mm, the bullet hanging in front of it.
inline constexpr int kBulletIndent = 198;

}  // namespace siofill::docx
