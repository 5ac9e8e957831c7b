#include "docx/flat_opc.hpp"

#include <cstring>
#include <memory>

namespace siofill::docx {

namespace {

// One line per paragraph-level element, each run and each property block
// (<w:pPr>, <w:rPr>, <w:tcPr>, …) on a single line, two spaces per level:
// readable, diffable line by line, and about a third of the size of
// tinyxml2's default one-element-per-line, four-spaces output.
class ReadablePrinter : public tinyxml2::XMLPrinter {
 public:
  ReadablePrinter() : XMLPrinter(nullptr, false) {}

  bool VisitEnter(const XMLElement& element, const tinyxml2::XMLAttribute* attribute) override {
    const bool ok = XMLPrinter::VisitEnter(element, attribute);  // its line is decided by the ancestors
    if (one_line_depth_ > 0 || one_line(element.Name())) ++one_line_depth_;
    return ok;
  }
  bool VisitExit(const XMLElement& element) override {
    const bool ok = XMLPrinter::VisitExit(element);
    if (one_line_depth_ > 0) --one_line_depth_;
    return ok;
  }

 protected:
  // Inside a one-line element (or being one): no line breaks. Counted on the
  // way down rather than looked up through the ancestors at every call.
  bool CompactMode(const XMLElement&) override { return one_line_depth_ > 0; }
  void PrintSpace(int depth) override {
    for (int i = 0; i < depth; ++i) Write("  ", 2);
  }

 private:
  static bool one_line(const char* name) {
    const std::size_t n = std::strlen(name);
    if (n > 2 && std::strcmp(name + n - 2, "Pr") == 0) return true;  // every *Pr property block
    return std::strcmp(name, "w:r") == 0 || std::strcmp(name, "w:tblGrid") == 0 ||
           std::strcmp(name, "Relationship") == 0 || std::strcmp(name, "w:tabs") == 0;
  }

  int one_line_depth_ = 0;
};

}  // namespace

void print_flat_opc(Package& package, const std::function<void(std::string_view)>& use) {
  XMLDocument& xml = *package.xml;
  xml.InsertEndChild(xml.NewDeclaration("xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\""));
  // This processing instruction is what makes Windows and Office open the file with Word.
  xml.InsertEndChild(xml.NewDeclaration("mso-application progid=\"Word.Document\""));
  XMLElement* root = xml.NewElement("pkg:package");
  root->SetAttribute("xmlns:pkg", ns::flat_package);
  xml.InsertEndChild(root);
  for (Part& part : package.parts) {
    if (part.content_type.empty()) continue;  // [Content_Types].xml: each part carries its type here
    XMLElement* p = add(root, "pkg:part");
    p->SetAttribute("pkg:name", ("/" + part.name).c_str());
    p->SetAttribute("pkg:contentType", part.content_type.c_str());
    add(p, "pkg:xmlData")->InsertEndChild(part.root);
  }
  // One printer per thread, kept between files: its buffer keeps the capacity
  // the largest file needed instead of growing again (copy after copy, fresh
  // pages faulted in) for every file of a batch.
  thread_local std::unique_ptr<ReadablePrinter> kept;
  std::unique_ptr<ReadablePrinter> printer = kept ? std::move(kept) : std::make_unique<ReadablePrinter>();
  printer->ClearBuffer();
  xml.Print(printer.get());  // may throw bad_alloc: the printer, half-way, is then dropped
  use(std::string_view(printer->CStr(), static_cast<std::size_t>(printer->CStrSize() - 1)));
  kept = std::move(printer);
}

std::string flat_opc_xml(Package& package) {
  std::string out;
  print_flat_opc(package, [&](std::string_view text) { out = text; });
  return out;
}

}  // namespace siofill::docx
