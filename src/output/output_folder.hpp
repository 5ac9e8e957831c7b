#pragma once
// The output folder of a run, taken before anything is written in it:
// created when missing, refused in one message when it cannot be a folder
// (a file given to -o is a usage error, not one failure per output), and
// locked so two runs never write their files and reports into each other's.
#include <filesystem>
#include <optional>
#include <string>

namespace siofill::output {

// flock(2) on the folder itself: no lock file to leave behind, released by
// the kernel when the process ends, however it ends.
class OutputFolder {
 public:
  enum class Access {
    Shared,     // `fill`: several may write their own student's files at once
    Exclusive,  // `batch`: alone in the folder (it replaces the report and removes stale temporaries)
  };

  // Creates `dir` if needed, opens it and takes the lock without waiting.
  // nullopt with a French message in `problem` when `dir` is not a folder,
  // cannot be created or opened, or another run holds the lock.
  static std::optional<OutputFolder> open(const std::filesystem::path& dir, Access access, std::string& problem);

  OutputFolder(OutputFolder&& other) noexcept : fd_(other.fd_), locked_(other.locked_) { other.fd_ = -1; }
  OutputFolder& operator=(OutputFolder&&) = delete;
  OutputFolder(const OutputFolder&) = delete;
  ~OutputFolder();

  // False where the file system has no locks (some network shares): the run
  // goes on, but cannot know that it is alone.
  bool locked() const { return locked_; }

 private:
  OutputFolder(int fd, bool locked) : fd_(fd), locked_(locked) {}
  int fd_ = -1;
  bool locked_ = false;
};

}  // namespace siofill::output
