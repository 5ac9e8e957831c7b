#include "docx/package.hpp"

#include "document/normalize_form.hpp"
#include "docx/build_context.hpp"
#include "docx/parts.hpp"

namespace siofill::docx {

namespace {

constexpr const char* kRelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* kWordMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
constexpr const char* kRelsType = "application/vnd.openxmlformats-package.relationships+xml";

std::string rel_type(const char* name) { return std::string(kRelBase) + name; }

}  // namespace

Package build_package(const doc::FilledForm& form, const doc::WriteOptions& options) {
  doc::require_normalized(form);  // grids and text are settled: the markup trusts them
  Package pkg;
  pkg.xml = std::make_unique<XMLDocument>();
  BuildContext ctx{*pkg.xml, 1};

  // A document has at least one section (Word needs a <w:sectPr>).
  static const std::vector<doc::Section> kOneEmptySection(1);
  const std::vector<doc::Section>& sections = form.sections.empty() ? kOneEmptySection : form.sections;

  std::vector<Relationship> document_rels = {
      {"rId1", rel_type("styles"), "styles.xml"},
      {"rId2", rel_type("settings"), "settings.xml"},
  };
  std::vector<std::string> footer_ids;
  std::vector<Part> footers;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    footer_ids.push_back("rId" + std::to_string(i + 3));
    document_rels.push_back({footer_ids.back(), rel_type("footer"), "footer" + n + ".xml"});
    footers.push_back({"word/footer" + n + ".xml", std::string(kWordMl) + "footer+xml",
                       build_footer_part(ctx, sections[i], sections.size() == 1)});
  }

  std::vector<Part> parts;
  parts.push_back(
      {"_rels/.rels", kRelsType,
       build_relationships_part(
           ctx, {
                    {"rId1", rel_type("officeDocument"), "word/document.xml"},
                    {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                     "docProps/core.xml"},
                    {"rId3", rel_type("extended-properties"), "docProps/app.xml"},
                })});
  parts.push_back({"word/document.xml", std::string(kWordMl) + "document.main+xml",
                   build_document_part(ctx, sections, footer_ids)});
  parts.push_back({"word/_rels/document.xml.rels", kRelsType, build_relationships_part(ctx, document_rels)});
  parts.push_back({"word/styles.xml", std::string(kWordMl) + "styles+xml", build_styles_part(ctx)});
  parts.push_back({"word/settings.xml", std::string(kWordMl) + "settings+xml", build_settings_part(ctx)});
  for (Part& f : footers) parts.push_back(std::move(f));
  parts.push_back({"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                   build_core_properties_part(ctx, form.meta, options)});
  parts.push_back({"docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                   build_app_properties_part(ctx)});

  // [Content_Types].xml first, as Word writes it; .rels parts are covered by the Default.
  std::vector<PartType> types;
  for (const Part& p : parts)
    if (p.content_type != kRelsType) types.push_back({"/" + p.name, p.content_type});
  pkg.parts.push_back({"[Content_Types].xml", "", build_content_types_part(ctx, types)});
  for (Part& p : parts) pkg.parts.push_back(std::move(p));
  return pkg;
}

std::string_view print_part(const Part& part, tinyxml2::XMLPrinter& printer) {
  printer.ClearBuffer();
  printer.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"");
  part.root->Accept(&printer);
  return std::string_view(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
}

std::string part_bytes(const Part& part) {
  tinyxml2::XMLPrinter printer(nullptr, /*compact=*/true);
  return std::string(print_part(part, printer));
}

}  // namespace siofill::docx
