#pragma once
// Writing the finished file, checking every write: a full disk must give an
// error, never a silently truncated file.
#include <filesystem>
#include <string_view>

namespace siofill::pdf {

// Writes `bytes` to `path` (created or truncated). Throws doc::WriteError with
// a French reason ("disque plein", "permission refusée"…) and removes the
// partial file on failure.
void write_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace siofill::pdf
