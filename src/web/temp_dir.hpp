#pragma once
// A private temporary folder for one request, removed with everything in it
// when the request ends (the server keeps nothing on disk).
#include <filesystem>
#include <optional>

namespace siofill::web {

class TempDir {
 public:
  // nullopt when the system refuses to create it (TMPDIR full or unwritable).
  static std::optional<TempDir> create();
  TempDir(TempDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  TempDir& operator=(TempDir&&) = delete;
  TempDir(const TempDir&) = delete;
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  explicit TempDir(std::filesystem::path p) : path_(std::move(p)) {}
  std::filesystem::path path_;
};

}  // namespace siofill::web
