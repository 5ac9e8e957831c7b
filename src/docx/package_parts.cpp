// The package's plumbing: relationships and [Content_Types].xml.
#include "docx/parts.hpp"

namespace siofill::docx {

XMLElement* build_relationships_part(BuildContext& ctx, const std::vector<Relationship>& relationships) {
  XMLElement* root = ctx.xml.NewElement("Relationships");
  root->SetAttribute("xmlns", ns::package_rels);
  for (const Relationship& r : relationships) {
    XMLElement* e = add(root, "Relationship");
    e->SetAttribute("Id", r.id.c_str());
    e->SetAttribute("Type", r.type.c_str());
    e->SetAttribute("Target", r.target.c_str());
  }
  return root;
}

XMLElement* build_content_types_part(BuildContext& ctx, const std::vector<PartType>& parts) {
  XMLElement* root = ctx.xml.NewElement("Types");
  root->SetAttribute("xmlns", ns::content_types);
  XMLElement* rels = add(root, "Default");
  rels->SetAttribute("Extension", "rels");
  rels->SetAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
  XMLElement* xml = add(root, "Default");
  xml->SetAttribute("Extension", "xml");
  xml->SetAttribute("ContentType", "application/xml");
  for (const PartType& p : parts) {
    XMLElement* e = add(root, "Override");
    e->SetAttribute("PartName", p.name.c_str());
    e->SetAttribute("ContentType", p.content_type.c_str());
  }
  return root;
}

}  // namespace siofill::docx
