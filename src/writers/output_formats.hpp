#pragma once
// The output formats siofill can write, by name ("pdf", "xlsx", "docx", "xml").
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "document/filled_form.hpp"
#include "document/writer_options.hpp"

namespace siofill::writers {

using WriteFunction = void (*)(const doc::FilledForm&, const std::filesystem::path&, const doc::WriteOptions&);
// The characters of a form the format can only show as a replacement sign.
using MissingCharactersFunction = std::u32string (*)(const doc::FilledForm&);

struct OutputFormat {
  std::string_view name;         // as given to --format
  std::string_view extension;    // of the files written
  std::string_view description;  // French, for --help
  std::string_view media_type;   // Content-Type when served over HTTP (siofill serve)
  WriteFunction write;           // writes the whole file at `path`; throws doc::WriteError
  // Null when the format keeps every character (the reader's fonts draw it):
  // only the PDF embeds its fonts and may lack a glyph.
  MissingCharactersFunction missing_characters = nullptr;
};

// In the order outputs are written.
const std::vector<OutputFormat>& output_formats();
const OutputFormat* find_output_format(std::string_view name);

}  // namespace siofill::writers
