#include "web/temp_dir.hpp"

#include <stdlib.h>

#include <string>

namespace siofill::web {

namespace fs = std::filesystem;

std::optional<TempDir> TempDir::create() {
  std::error_code ec;
  std::string pattern = (fs::temp_directory_path(ec) / "siofill-web-XXXXXX").string();
  if (ec || !::mkdtemp(pattern.data())) return std::nullopt;  // mode 0700: other users cannot look in
  return TempDir(fs::path(pattern));
}

TempDir::~TempDir() {
  if (path_.empty()) return;
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

}  // namespace siofill::web
