#pragma once
// Outputs appear whole or not at all: each file is written under a temporary
// name in its destination folder, then renamed over the final name.
#include <filesystem>
#include <functional>
#include <string>

namespace siofill::output {

// Creates the parent folders, calls `write(temporary_path)`, then renames the
// temporary file to `final_path` (replacing an earlier output atomically).
// On any exception the temporary file is removed and the exception passes on;
// `final_path` is then untouched. Throws doc::WriteError for file-system failures.
void write_atomically(const std::filesystem::path& final_path,
                      const std::function<void(const std::filesystem::path&)>& write);

// write_atomically(out_dir / relative, write) for a rendered output name
// (output_names.hpp), refusing any name that would leave `out_dir`: an absolute
// path, a "." or ".." component, or a symbolic link among the folders between
// `out_dir` and the file (a "{form}/…" template must not be led elsewhere by a
// link someone left in the output folder). `out_dir` itself may be a link: it
// is the user's choice. A link in place of the file itself is replaced, never
// followed (rename). Throws doc::WriteError with a French message.
void write_inside(const std::filesystem::path& out_dir, const std::string& relative,
                  const std::function<void(const std::filesystem::path&)>& write);

}  // namespace siofill::output
