#pragma once
// A zip archive built in memory with minizip (Debian's libminizip, already
// pulled in by libxlsxwriter): every entry gets the same fixed date and the
// entries keep the order they are added in, so the same input gives the same
// bytes.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace siofill::docx {

// Level 1, chosen by measurement (docs/docx.md): the parts are a few KB of
// repetitive XML; level 6 or 9 saves 9–29 % of a file under 15 KB and costs
// 12–50 % more time.
inline constexpr int kZipLevel = 1;

class ZipArchive {
 public:
  explicit ZipArchive(std::int64_t timestamp, int level = kZipLevel);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Adds one deflated entry; throws doc::WriteError.
  void add(const std::string& name, std::string_view data);
  // Writes the central directory and returns the whole archive; throws doc::WriteError.
  std::string finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct ZipEntry {
  std::string name;
  std::string data;
};

// The archive of `entries`, in that order.
std::string zip_archive(const std::vector<ZipEntry>& entries, std::int64_t timestamp, int level = kZipLevel);

}  // namespace siofill::docx
