// docProps/core.xml (title, subject, author, keywords, dates) and
// docProps/app.xml (the producing application).
#include "docx/parts.hpp"
#include "docx/utc_time.hpp"

namespace siofill::docx {

namespace {

void add_text_element(XMLElement* parent, const char* name, const std::string& text) {
  XMLElement* e = add(parent, name);
  if (!text.empty()) e->SetText(text.c_str());
}

void add_date(XMLElement* parent, const char* name, const std::string& w3cdtf) {
  XMLElement* e = add(parent, name);
  e->SetAttribute("xsi:type", "dcterms:W3CDTF");
  e->SetText(w3cdtf.c_str());
}

}  // namespace

XMLElement* build_core_properties_part(BuildContext& ctx, const doc::Metadata& meta, const doc::WriteOptions& options) {
  XMLElement* root = ctx.xml.NewElement("cp:coreProperties");
  root->SetAttribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  root->SetAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  root->SetAttribute("xmlns:dcterms", "http://purl.org/dc/terms/");
  root->SetAttribute("xmlns:dcmitype", "http://purl.org/dc/dcmitype/");
  root->SetAttribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  add_text_element(root, "dc:title", meta.title);
  add_text_element(root, "dc:subject", meta.subject);
  add_text_element(root, "dc:creator", meta.author);
  add_text_element(root, "cp:keywords", meta.keywords);
  add_text_element(root, "cp:lastModifiedBy", meta.author);
  // options.timestamp, never the clock: the same form gives the same bytes.
  const std::string when = w3cdtf_from_unix(options.timestamp);
  add_date(root, "dcterms:created", when);
  add_date(root, "dcterms:modified", when);
  return root;
}

XMLElement* build_app_properties_part(BuildContext& ctx) {
  XMLElement* root = ctx.xml.NewElement("Properties");
  root->SetAttribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  root->SetAttribute("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
  add(root, "Application")->SetText("siofill");
  add(root, "DocSecurity")->SetText("0");
  return root;
}

}  // namespace siofill::docx
