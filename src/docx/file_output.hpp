#pragma once
// Puts finished bytes on disk, every step checked.
#include <filesystem>
#include <string_view>

namespace siofill::docx {

// Writes `bytes` to `path` (created or replaced); on failure removes what was
// written and throws doc::WriteError naming the file and the reason.
void write_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace siofill::docx
