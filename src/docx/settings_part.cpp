// word/settings.xml: what Word needs to lay the document out as intended.
#include "docx/parts.hpp"

namespace siofill::docx {

XMLElement* build_settings_part(BuildContext& ctx) {
  XMLElement* root = ctx.xml.NewElement("w:settings");
  root->SetAttribute("xmlns:w", ns::w);
  // Children in schema order.
  add(root, "w:zoom")->SetAttribute("w:percent", 100);
  add_val(root, "w:defaultTabStop", 708);
  add_val(root, "w:characterSpacingControl", "doNotCompress");
  // Word 2013+ layout (compatibility mode 15): without it Word opens the file
  // in compatibility mode and places tables differently.
  XMLElement* compat = add(add(root, "w:compat"), "w:compatSetting");
  compat->SetAttribute("w:name", "compatibilityMode");
  compat->SetAttribute("w:uri", "http://schemas.microsoft.com/office/word");
  compat->SetAttribute("w:val", "15");
  add_val(root, "w:themeFontLang", "fr-FR");
  add_val(root, "w:decimalSymbol", ",");
  add_val(root, "w:listSeparator", ";");
  return root;
}

}  // namespace siofill::docx
