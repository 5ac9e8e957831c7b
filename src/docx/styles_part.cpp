// word/styles.xml: the document font (Arial 9 pt, French), headings Titre1–3
// (French Word's ids for the built-in "heading 1–3", so Word lists them in its
// navigation pane), bullets with a hanging indent, the footer.
#include "docx/paragraph_markup.hpp"
#include "docx/parts.hpp"

namespace siofill::docx {

namespace {

XMLElement* add_style(XMLElement* styles, const char* type, const char* id, const char* name, bool is_default = false) {
  XMLElement* s = add(styles, "w:style");
  s->SetAttribute("w:type", type);
  if (is_default) s->SetAttribute("w:default", 1);
  s->SetAttribute("w:styleId", id);
  add_val(s, "w:name", name);
  return s;
}

void add_heading_style(XMLElement* styles, int level, int size, const char* jc) {
  static const char* const names[] = {"heading 1", "heading 2", "heading 3"};
  XMLElement* s = add_style(styles, "paragraph", kHeadingStyles[level - 1], names[level - 1]);
  add_val(s, "w:basedOn", "Normal");
  add_val(s, "w:next", "Normal");
  add(s, "w:qFormat");
  XMLElement* ppr = add(s, "w:pPr");
  add(ppr, "w:keepNext");  // never a heading alone at the bottom of a page
  XMLElement* spacing = add(ppr, "w:spacing");
  spacing->SetAttribute("w:before", level == 3 ? 120 : 60);
  spacing->SetAttribute("w:after", level == 3 ? 60 : 120);
  add_val(ppr, "w:jc", jc);
  add_val(ppr, "w:outlineLvl", level - 1);
  XMLElement* rpr = add(s, "w:rPr");
  add(rpr, "w:b");
  add_val(rpr, "w:sz", size);
}

}  // namespace

XMLElement* build_styles_part(BuildContext& ctx) {
  XMLElement* root = ctx.xml.NewElement("w:styles");
  root->SetAttribute("xmlns:w", ns::w);

  XMLElement* defaults = add(root, "w:docDefaults");
  XMLElement* rpr = add(add(defaults, "w:rPrDefault"), "w:rPr");
  XMLElement* fonts = add(rpr, "w:rFonts");
  fonts->SetAttribute("w:ascii", kBodyFont);
  fonts->SetAttribute("w:hAnsi", kBodyFont);
  fonts->SetAttribute("w:cs", kBodyFont);
  add_val(rpr, "w:sz", kBodySize);
  add_val(rpr, "w:szCs", kBodySize);
  add_val(rpr, "w:lang", "fr-FR");
  XMLElement* spacing = add(add(add(defaults, "w:pPrDefault"), "w:pPr"), "w:spacing");
  spacing->SetAttribute("w:before", 0);
  spacing->SetAttribute("w:after", 0);
  spacing->SetAttribute("w:line", 240);
  spacing->SetAttribute("w:lineRule", "auto");

  add(add_style(root, "paragraph", "Normal", "Normal", true), "w:qFormat");
  XMLElement* font = add_style(root, "character", "Policepardfaut", "Default Paragraph Font", true);
  add_val(font, "w:uiPriority", 1);
  add(font, "w:semiHidden");
  add(font, "w:unhideWhenUsed");
  XMLElement* table = add_style(root, "table", "TableauNormal", "Normal Table", true);
  add(table, "w:semiHidden");
  add(table, "w:unhideWhenUsed");

  add_heading_style(root, 1, half_points(doc::style::heading_size(1)), "center");
  add_heading_style(root, 2, half_points(doc::style::heading_size(2)), "center");
  add_heading_style(root, 3, half_points(doc::style::heading_size(3)), "left");

  XMLElement* bullet = add_style(root, "paragraph", kBulletStyle, "Puce");
  add_val(bullet, "w:basedOn", "Normal");
  add(bullet, "w:qFormat");
  XMLElement* ind = add(add(bullet, "w:pPr"), "w:ind");
  ind->SetAttribute("w:left", kBulletIndent);
  ind->SetAttribute("w:hanging", kBulletIndent);

  XMLElement* footer = add_style(root, "paragraph", kFooterStyle, "footer");
  add_val(footer, "w:basedOn", "Normal");
  add_val(add(footer, "w:rPr"), "w:sz", kFooterSize);
  return root;
}

}  // namespace siofill::docx
