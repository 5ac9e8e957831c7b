#pragma once
// Builders of the package's parts. Each returns the part's root element,
// created in ctx.xml but not linked anywhere: the .docx prints each root as
// its own zip entry, the flat XML places them all inside one <pkg:package>.
#include <string>
#include <vector>

#include "document/filled_form.hpp"
#include "document/writer_options.hpp"
#include "docx/build_context.hpp"

namespace siofill::docx {

// word/document.xml; footer_rel_ids[i] is the relationship id of section i's footer.
XMLElement* build_document_part(BuildContext& ctx, const std::vector<doc::Section>& sections,
                                const std::vector<std::string>& footer_rel_ids);
// word/footerN.xml: the section's footer text left, "page i / n" right
// (`only_section`: the document has no other section).
XMLElement* build_footer_part(BuildContext& ctx, const doc::Section& section, bool only_section);
// word/styles.xml: Arial 9 pt, headings Titre1–3, bullets, footer.
XMLElement* build_styles_part(BuildContext& ctx);
// word/settings.xml
XMLElement* build_settings_part(BuildContext& ctx);
// docProps/core.xml and docProps/app.xml
XMLElement* build_core_properties_part(BuildContext& ctx, const doc::Metadata& meta, const doc::WriteOptions& options);
XMLElement* build_app_properties_part(BuildContext& ctx);

struct Relationship {
  std::string id;
  std::string type;
  std::string target;
};
// _rels/.rels and word/_rels/document.xml.rels
XMLElement* build_relationships_part(BuildContext& ctx, const std::vector<Relationship>& relationships);

struct PartType {
  std::string name;  // "/word/document.xml"
  std::string content_type;
};
// [Content_Types].xml (zip only: the flat XML gives each part's type inline)
XMLElement* build_content_types_part(BuildContext& ctx, const std::vector<PartType>& parts);

}  // namespace siofill::docx
