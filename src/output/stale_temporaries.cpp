#include "output/stale_temporaries.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace siofill::output {
namespace fs = std::filesystem;

bool is_our_temporary_name(const std::string& name) {
  constexpr std::string_view kMark = ".tmp-";
  constexpr std::size_t kRandom = 6;
  if (name.size() < 1 + 1 + kMark.size() + kRandom || name.front() != '.') return false;
  const std::size_t mark = name.size() - kRandom - kMark.size();
  if (name.compare(mark, kMark.size(), kMark) != 0) return false;
  return std::all_of(name.end() - kRandom, name.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

std::size_t remove_stale_temporaries(const fs::path& dir, int depth, std::chrono::seconds min_age) {
  std::size_t removed = 0;
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  // Error codes throughout: a folder that cannot be listed is simply not cleaned.
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    std::error_code entry_ec;
    const fs::file_status st = it->symlink_status(entry_ec);
    if (entry_ec) continue;
    if (fs::is_directory(st)) {
      if (it.depth() >= depth) it.disable_recursion_pending();
      continue;
    }
    if (!fs::is_regular_file(st) || !is_our_temporary_name(it->path().filename().string())) continue;
    if (min_age.count() > 0) {
      const auto written = fs::last_write_time(it->path(), entry_ec);
      if (entry_ec || now - written < min_age) continue;
    }
    if (fs::remove(it->path(), entry_ec)) ++removed;
  }
  return removed;
}

}  // namespace siofill::output
