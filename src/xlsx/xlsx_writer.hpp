#pragma once
// The XLSX writer: one workbook per filled form, one worksheet per section,
// laid out like the official paper form and printable as it (libxlsxwriter).
#include <filesystem>

#include "document/filled_form.hpp"
#include "document/writer_options.hpp"

namespace siofill::xlsx {

// Writes the whole workbook at `out`. Throws doc::WriteError (French message)
// when it cannot; then nothing is left at `out` nor in its directory.
void write_xlsx(const doc::FilledForm& form, const std::filesystem::path& out, const doc::WriteOptions& options);

}  // namespace siofill::xlsx
