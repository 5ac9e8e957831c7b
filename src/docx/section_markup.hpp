#pragma once
// Section properties (<w:sectPr>): A4 in the section's orientation, 15 mm
// margins, its own footer, pages numbered from 1 within the section.
#include "document/filled_form.hpp"
#include "docx/wordml.hpp"

namespace siofill::docx {

PageGeometry page_geometry(doc::Orientation orientation);

// Appends the <w:sectPr> of a section whose footer part is `footer_rel_id`.
void add_section_properties(XMLElement* parent, const PageGeometry& page, const char* footer_rel_id);

}  // namespace siofill::docx
