#pragma once
// The parts shared by both outputs, built once into one XML document.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document/filled_form.hpp"
#include "document/writer_options.hpp"
#include "docx/text_runs.hpp"
#include "docx/wordml.hpp"

namespace siofill::docx {

struct Part {
  std::string name;          // zip entry name: "word/document.xml"
  std::string content_type;  // "" for [Content_Types].xml, which only the zip holds
  XMLElement* root = nullptr;
};

struct Package {
  std::unique_ptr<XMLDocument> xml;  // owns every part's elements
  std::vector<Part> parts;           // in the order they are written
};

Package build_package(const doc::FilledForm& form, const doc::WriteOptions& options);

// One part as a standalone XML file: declaration then the compact element
// tree, printed into `printer` (cleared first, so one printer's buffer serves
// every part). The view lives as long as the printer's buffer.
std::string_view print_part(const Part& part, tinyxml2::XMLPrinter& printer);

// The same as a string.
std::string part_bytes(const Part& part);

}  // namespace siofill::docx
