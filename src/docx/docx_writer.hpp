#pragma once
// Word outputs of a FilledForm: a .docx (zipped OPC package) and the same
// package as one flat XML file (Word's "XML Document" format, readable and
// diffable as text).
#include <filesystem>

#include "document/filled_form.hpp"
#include "document/writer_options.hpp"

namespace siofill::docx {

// Writes `form` as a .docx at `out`; throws doc::WriteError.
void write_docx(const doc::FilledForm& form, const std::filesystem::path& out, const doc::WriteOptions& options);

// Writes `form` as a Word flat OPC XML file (<pkg:package>) at `out`; throws doc::WriteError.
void write_flat_xml(const doc::FilledForm& form, const std::filesystem::path& out, const doc::WriteOptions& options);

}  // namespace siofill::docx
