#pragma once
// The PDF writer (libharu): a FilledForm as an A4 PDF for printing and for
// the jury. See docs/pdf.md.
#include <filesystem>
#include <string>

#include "document/filled_form.hpp"
#include "document/writer_options.hpp"

namespace siofill::pdf {

// Writes the complete PDF at `out`. Throws doc::WriteError (French message)
// when it cannot: disk full, unwritable directory, missing font package,
// libharu error; `out` is then removed.
void write_pdf(const doc::FilledForm& form, const std::filesystem::path& out, const doc::WriteOptions& options);

// Characters of the form that none of the installed fonts can draw, in order
// of first appearance: the PDF shows U+FFFD (or '?') in their place, with the
// real character kept for text extraction. For the CLI to warn about. Empty
// when everything fits WinAnsi. Throws doc::WriteError like write_pdf when a
// font package is missing.
std::u32string unsupported_characters(const doc::FilledForm& form);

}  // namespace siofill::pdf
