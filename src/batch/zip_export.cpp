#include "batch/zip_export.hpp"

#include <minizip/zip.h>
#include <zlib.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "batch/sha256.hpp"
#include "output/atomic_file.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;
namespace {

constexpr uLong kUtf8NameFlag = 1u << 11;

// Info-ZIP Unicode Path extra field (APPNOTE 4.6.9, header 0x7075): version
// 1, the CRC-32 of the name in the header, then the UTF-8 name.
std::string unicode_path_field(const std::string& name) {
  std::string field;
  auto put16 = [&](unsigned v) {
    field += static_cast<char>(v & 0xFF);
    field += static_cast<char>((v >> 8) & 0xFF);
  };
  const uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(name.data()), static_cast<uInt>(name.size()));
  put16(0x7075);
  put16(static_cast<unsigned>(1 + 4 + name.size()));
  field += '\x01';
  put16(static_cast<unsigned>(crc & 0xFFFF));
  put16(static_cast<unsigned>((crc >> 16) & 0xFFFF));
  field += name;
  return field;
}

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

// `sources` maps the entries whose content is not yet at its final name.
void write_archive(const fs::path& path, std::vector<std::string> files, const BatchSettings& settings,
                   const std::map<std::string, fs::path>& sources) {
  std::sort(files.begin(), files.end());
  std::unique_ptr<void, ZipCloser> zip(zipOpen64(path.c_str(), APPEND_STATUS_CREATE));
  if (!zip) throw doc::WriteError("archive : création impossible");
  const zip_fileinfo info = fixed_date(settings.job.write_options.timestamp);
  std::vector<char> buffer(256 * 1024);
  for (const std::string& name : files) {
    // Office files and PDFs are already compressed: storing them is as small and much faster.
    const bool compressed = name.ends_with(".pdf") || name.ends_with(".xlsx") || name.ends_with(".docx");
    // General-purpose flag bit 11: the entry name is UTF-8. Without it readers
    // take the name for code page 437 ("KONATÉ" unzips as "KONAT├ë"). Python's
    // zipfile reads the bit; Debian's unzip 6.0 ignores it in an archive made
    // on a DOS host, as minizip declares, and reads the Info-ZIP Unicode Path
    // field instead: both are written (tests/cli/run_batch_tests.py checks both readers).
    const std::string unicode_path = unicode_path_field(name);
    const auto field_size = static_cast<uInt>(unicode_path.size());
    if (zipOpenNewFileInZip4_64(zip.get(), name.c_str(), &info, unicode_path.data(), field_size, unicode_path.data(),
                                field_size, nullptr,
                                compressed ? 0 : Z_DEFLATED, compressed ? 0 : 6, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                Z_DEFAULT_STRATEGY, nullptr, 0, 0, kUtf8NameFlag, 1) != ZIP_OK)
      throw doc::WriteError("archive : ajout de « " + name + " » impossible");
    const auto source = sources.find(name);
    std::ifstream in(source != sources.end() ? source->second : settings.job.out_dir / name, std::ios::binary);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
      if (zipWriteInFileInZip(zip.get(), buffer.data(), static_cast<unsigned>(in.gcount())) != ZIP_OK)
        throw doc::WriteError("archive : écriture impossible (disque plein ?)");
    if (zipCloseFileInZip(zip.get()) != ZIP_OK) throw doc::WriteError("archive : écriture impossible");
  }
  void* raw = zip.release();
  if (zipClose(static_cast<zipFile>(raw), nullptr) != ZIP_OK) throw doc::WriteError("archive : fermeture impossible");
}

}  // namespace

void write_zip(BatchOutcome& outcome, const BatchSettings& settings, const fs::path& report) {
  std::vector<std::string> files = outcome.written;
  std::map<std::string, fs::path> sources;
  for (const OutputRecord& o : outcome.class_outputs) {
    files.push_back(o.path);
    if (o.form == "rapport" && !report.empty()) sources.emplace(o.path, report);
  }
  const std::string name = class_output_name("siofill-export", "zip", settings.shard);
  const fs::path target = settings.job.out_dir / name;
  try {
    output::write_atomically(target, [&](const fs::path& tmp) { write_archive(tmp, files, settings, sources); });
    outcome.class_outputs.push_back(OutputRecord{"archive", "zip", name, fs::file_size(target), sha256_file(target)});
  } catch (const std::exception& e) {
    outcome.class_failures.push_back(name + " : " + e.what());
  }
}

}  // namespace siofill::batch
