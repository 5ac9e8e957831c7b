// word/footerN.xml: one footer per section, "footer text ⇥ page i / n".
#include "docx/paragraph_markup.hpp"
#include "docx/parts.hpp"
#include "docx/section_markup.hpp"

namespace siofill::docx {

namespace {

// A field as Word writes it (begin, instruction, separate, cached result, end).
// The cached "1" is what a reader that does not compute fields shows.
void add_field(XMLElement* p, const char* instruction) {
  add(add(p, "w:r"), "w:fldChar")->SetAttribute("w:fldCharType", "begin");
  XMLElement* instr = add(add(p, "w:r"), "w:instrText");
  instr->SetAttribute("xml:space", "preserve");
  instr->SetText(instruction);
  add(add(p, "w:r"), "w:fldChar")->SetAttribute("w:fldCharType", "separate");
  add(add(p, "w:r"), "w:t")->SetText("1");
  add(add(p, "w:r"), "w:fldChar")->SetAttribute("w:fldCharType", "end");
}

}  // namespace

XMLElement* build_footer_part(BuildContext& ctx, const doc::Section& section, bool only_section) {
  const PageGeometry page = page_geometry(section.orientation);
  XMLElement* root = ctx.xml.NewElement("w:ftr");
  root->SetAttribute("xmlns:w", ns::w);
  root->SetAttribute("xmlns:r", ns::r);
  XMLElement* p = add(root, "w:p");
  XMLElement* ppr = add(p, "w:pPr");
  add_val(ppr, "w:pStyle", kFooterStyle);
  // The page number sits at the right margin, whatever the orientation.
  XMLElement* tab = add_val(add(ppr, "w:tabs"), "w:tab", "right");
  tab->SetAttribute("w:pos", page.usable_width());

  add_run(p, section.footer, RunStyle{});
  add_run(p, "\tpage ", RunStyle{});
  add_field(p, " PAGE ");
  add_run(p, " / ", RunStyle{});
  // n counts the pages of the section. With one section that is the whole
  // document: NUMPAGES, which Word and LibreOffice both compute. With several,
  // SECTIONPAGES: Word computes it, LibreOffice 7.4 shows the cached "1".
  add_field(p, only_section ? " NUMPAGES " : " SECTIONPAGES ");
  return root;
}

}  // namespace siofill::docx
