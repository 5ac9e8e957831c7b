#include "batch/zip_export.hpp"

#include <minizip/zip.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <memory>

#include "batch/sha256.hpp"
#include "output/atomic_file.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;
namespace {

struct ZipCloser {
  void operator()(void* z) const noexcept {
    if (z) zipClose(static_cast<zipFile>(z), nullptr);
  }
};

// Zip dates are local "DOS" dates; the fixed UTC timestamp is stored as is, so
// the archive is the same on every machine.
zip_fileinfo fixed_date(std::int64_t timestamp) {
  const std::time_t t = static_cast<std::time_t>(timestamp);
  std::tm tm{};
  gmtime_r(&t, &tm);
  zip_fileinfo info{};
  info.tmz_date.tm_sec = static_cast<uInt>(tm.tm_sec);
  info.tmz_date.tm_min = static_cast<uInt>(tm.tm_min);
  info.tmz_date.tm_hour = static_cast<uInt>(tm.tm_hour);
  info.tmz_date.tm_mday = static_cast<uInt>(tm.tm_mday);
  info.tmz_date.tm_mon = static_cast<uInt>(tm.tm_mon);
  info.tmz_date.tm_year = static_cast<uInt>(tm.tm_year + 1900);
  return info;
}

void write_archive(const fs::path& path, std::vector<std::string> files, const BatchSettings& settings) {
  std::sort(files.begin(), files.end());
  std::unique_ptr<void, ZipCloser> zip(zipOpen64(path.c_str(), APPEND_STATUS_CREATE));
  if (!zip) throw doc::WriteError("archive : création impossible");
  const zip_fileinfo info = fixed_date(settings.job.write_options.timestamp);
  std::vector<char> buffer(256 * 1024);
  for (const std::string& name : files) {
    // Office files and PDFs are already compressed: storing them is as small and much faster.
    const bool compressed = name.ends_with(".pdf") || name.ends_with(".xlsx") || name.ends_with(".docx");
    if (zipOpenNewFileInZip64(zip.get(), name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                              compressed ? 0 : Z_DEFLATED, compressed ? 0 : 6, 1) != ZIP_OK)
      throw doc::WriteError("archive : ajout de « " + name + " » impossible");
    std::ifstream in(settings.job.out_dir / name, std::ios::binary);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
      if (zipWriteInFileInZip(zip.get(), buffer.data(), static_cast<unsigned>(in.gcount())) != ZIP_OK)
        throw doc::WriteError("archive : écriture impossible (disque plein ?)");
    if (zipCloseFileInZip(zip.get()) != ZIP_OK) throw doc::WriteError("archive : écriture impossible");
  }
  void* raw = zip.release();
  if (zipClose(static_cast<zipFile>(raw), nullptr) != ZIP_OK) throw doc::WriteError("archive : fermeture impossible");
}

}  // namespace

void write_zip(BatchOutcome& outcome, const BatchSettings& settings) {
  std::vector<std::string> files = outcome.written;
  for (const OutputRecord& o : outcome.class_outputs) files.push_back(o.path);
  const std::string name = class_output_name("siofill-export", "zip", settings.shard);
  const fs::path target = settings.job.out_dir / name;
  try {
    output::write_atomically(target, [&](const fs::path& tmp) { write_archive(tmp, files, settings); });
    outcome.class_outputs.push_back(OutputRecord{"archive", "zip", name, fs::file_size(target), sha256_file(target)});
  } catch (const std::exception& e) {
    outcome.class_failures.push_back(name + " : " + e.what());
  }
}

}  // namespace siofill::batch
