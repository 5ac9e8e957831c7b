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

// The same in two steps: the file is written whole under its temporary name
// now, and renamed over `final_path` by commit(), later. A batch writes
// rapport.json this way: complete before the archive that holds it, in place
// last, so a report beside the outputs always describes a finished run.
// Destroyed without commit(), the temporary file is removed.
class PendingFile {
 public:
  PendingFile(const std::filesystem::path& final_path, const std::function<void(const std::filesystem::path&)>& write);
  ~PendingFile();
  PendingFile(PendingFile&& other) noexcept : final_(std::move(other.final_)), temporary_(std::move(other.temporary_)) {
    other.temporary_.clear();
  }
  PendingFile& operator=(PendingFile&&) = delete;
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  const std::filesystem::path& temporary() const { return temporary_; }
  void commit();  // throws doc::WriteError

 private:
  std::filesystem::path final_, temporary_;
};

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
