#include "docx/section_markup.hpp"

namespace siofill::docx {

PageGeometry page_geometry(doc::Orientation orientation) {
  PageGeometry g;
  if (orientation == doc::Orientation::Landscape) {
    g.width = kA4LongSide;
    g.height = kA4ShortSide;
    g.landscape = true;
  }
  return g;
}

void add_section_properties(XMLElement* parent, const PageGeometry& page, const char* footer_rel_id) {
  XMLElement* sect = add(parent, "w:sectPr");
  // Children in schema order: footerReference, type, pgSz, pgMar, pgNumType, cols.
  XMLElement* footer = add(sect, "w:footerReference");
  footer->SetAttribute("w:type", "default");
  footer->SetAttribute("r:id", footer_rel_id);
  add_val(sect, "w:type", "nextPage");
  XMLElement* size = add(sect, "w:pgSz");
  size->SetAttribute("w:w", page.width);
  size->SetAttribute("w:h", page.height);
  if (page.landscape) size->SetAttribute("w:orient", "landscape");
  XMLElement* mar = add(sect, "w:pgMar");
  mar->SetAttribute("w:top", kPageMargin);
  mar->SetAttribute("w:right", kPageMargin);
  mar->SetAttribute("w:bottom", kPageMargin);
  mar->SetAttribute("w:left", kPageMargin);
  mar->SetAttribute("w:header", kFooterDistance);
  mar->SetAttribute("w:footer", kFooterDistance);
  mar->SetAttribute("w:gutter", 0);
  // "page i / n" counts within the section: restart at 1, n from SECTIONPAGES.
  add(sect, "w:pgNumType")->SetAttribute("w:start", 1);
  add(sect, "w:cols")->SetAttribute("w:space", 708);
}

}  // namespace siofill::docx
