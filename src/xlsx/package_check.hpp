#pragma once
// libxlsxwriter writes each part of a workbook to a temporary file without
// checking those writes, then zips what it reads back: on a full disk, or
// past a file-size limit, a part is cut short and the library still reports
// success — the result is a workbook Excel refuses. Reading the finished
// file back is the only way to know.
#include <filesystem>
#include <optional>
#include <string>

namespace siofill::xlsx {

// Why the zip at `path` is not a complete workbook (an unreadable archive, a
// part whose checksum is wrong, an XML part that stops before the end of its
// root element), or nullopt when every part is whole. French, for messages.
std::optional<std::string> incomplete_package(const std::filesystem::path& path);

}  // namespace siofill::xlsx
