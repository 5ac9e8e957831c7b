#pragma once
// Outputs appear whole or not at all: each file is written under a temporary
// name in its destination folder, then renamed over the final name.
#include <filesystem>
#include <functional>

namespace siofill::output {

// Creates the parent folders, calls `write(temporary_path)`, then renames the
// temporary file to `final_path` (replacing an earlier output atomically).
// On any exception the temporary file is removed and the exception passes on;
// `final_path` is then untouched. Throws doc::WriteError for file-system failures.
void write_atomically(const std::filesystem::path& final_path,
                      const std::function<void(const std::filesystem::path&)>& write);

}  // namespace siofill::output
