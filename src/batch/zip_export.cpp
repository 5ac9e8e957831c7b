#include "batch/zip_export.hpp"

#include <minizip/zip.h>
#include <zlib.h>

#include <algorithm>
#include <ctime>
#include <deque>
#include <fstream>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <system_error>

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

// One entry's bytes as they go into the archive: deflated exactly as minizip
// would (same level, window and memory level: the same stream, since deflate's
// output does not depend on how its input is cut), with the CRC-32 and size of
// the original. Computed on worker threads, written in order by one.
struct PackedEntry {
  std::string bytes;
  uLong crc = 0;
  ZPOS64_T size = 0;
  bool text = false;  // deflate judged it text: minizip marks such entries in the central directory
};

constexpr int kDeflateLevel = 6;

PackedEntry pack(const fs::path& source, bool deflated) {
  std::ifstream in(source, std::ios::binary);
  std::string data;
  std::vector<char> buffer(256 * 1024);
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
    data.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
  if (in.bad() || !in.eof())  // not opened, or a read error: never an empty or cut entry
    throw doc::WriteError("archive : lecture impossible de « " + source.filename().string() + " »");
  PackedEntry e;
  e.size = data.size();
  e.crc = crc32_z(0L, reinterpret_cast<const Bytef*>(data.data()), data.size());
  if (!deflated) {
    e.bytes = std::move(data);
    return e;
  }
  z_stream z{};
  if (deflateInit2(&z, kDeflateLevel, Z_DEFLATED, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY) != Z_OK)
    throw doc::WriteError("archive : compression impossible (mémoire insuffisante)");
  std::unique_ptr<z_stream, int (*)(z_stream*)> end(&z, deflateEnd);
  e.bytes.resize(deflateBound(&z, static_cast<uLong>(data.size())));
  z.next_in = reinterpret_cast<Bytef*>(data.data());
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(e.bytes.data());
  z.avail_out = static_cast<uInt>(e.bytes.size());
  if (data.size() != z.avail_in || deflate(&z, Z_FINISH) != Z_STREAM_END)
    throw doc::WriteError("archive : compression impossible de « " + source.filename().string() + " »");
  e.bytes.resize(z.total_out);
  e.text = z.data_type == Z_TEXT;
  return e;
}

// `sources` maps the entries whose content is not yet at its final name.
void write_archive(const fs::path& path, std::vector<std::string> files, const BatchSettings& settings,
                   const std::map<std::string, fs::path>& sources) {
  std::sort(files.begin(), files.end());
  std::unique_ptr<void, ZipCloser> zip(zipOpen64(path.c_str(), APPEND_STATUS_CREATE));
  if (!zip) throw doc::WriteError("archive : création impossible");
  const zip_fileinfo info = fixed_date(settings.job.write_options.timestamp);
  // Office files and PDFs are already compressed: storing them is as small and much faster.
  auto deflated = [](const std::string& name) {
    return !(name.ends_with(".pdf") || name.ends_with(".xlsx") || name.ends_with(".docx"));
  };
  // Entries are read and deflated by up to `threads` tasks ahead of the writer
  // (the XML files of a class are most of the archive's CPU), a bounded window
  // so that a school's archive is never held in memory.
  const std::size_t threads = std::clamp<std::size_t>(settings.threads, 1, kMaxThreads);
  const std::size_t window = threads == 1 ? 0 : 2 * threads;
  std::deque<std::future<PackedEntry>> ahead;
  std::size_t next = 0;
  auto source_of = [&](const std::string& name) {
    const auto source = sources.find(name);
    return source != sources.end() ? source->second : settings.job.out_dir / name;
  };
  for (const std::string& name : files) {
    while (next < files.size() && ahead.size() < window) {
      const fs::path source = source_of(files[next]);
      const bool d = deflated(files[next]);
      try {
        ahead.push_back(std::async(std::launch::async, [source, d] { return pack(source, d); }));
      } catch (const std::system_error&) {  // no thread to spare: packed by the writer below
        break;
      }
      ++next;
    }
    PackedEntry entry;
    if (!ahead.empty()) {
      entry = ahead.front().get();
      ahead.pop_front();
    } else {
      entry = pack(source_of(name), deflated(name));
      ++next;
    }
    // General-purpose flag bit 11: the entry name is UTF-8. Without it readers
    // take the name for code page 437 ("KONATÉ" unzips as "KONAT├ë"). Python's
    // zipfile reads the bit; Debian's unzip 6.0 ignores it in an archive made
    // on a DOS host, as minizip declares, and reads the Info-ZIP Unicode Path
    // field instead: both are written (tests/cli/run_batch_tests.py checks both readers).
    const std::string unicode_path = unicode_path_field(name);
    const auto field_size = static_cast<uInt>(unicode_path.size());
    const bool d = deflated(name);
    // raw = 1: the bytes are already deflated; minizip writes them as they are
    // and takes the CRC-32 and size given when the entry is closed.
    // What minizip does after deflating itself: internal attribute 1 ("text") when deflate said so.
    zip_fileinfo entry_info = info;
    entry_info.internal_fa = entry.text ? 1 : 0;
    if (zipOpenNewFileInZip4_64(zip.get(), name.c_str(), &entry_info, unicode_path.data(), field_size,
                                unicode_path.data(), field_size, nullptr, d ? Z_DEFLATED : 0, d ? kDeflateLevel : 0, 1,
                                -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, kUtf8NameFlag,
                                1) != ZIP_OK)
      throw doc::WriteError("archive : ajout de « " + name + " » impossible");
    for (std::size_t at = 0; at < entry.bytes.size();) {
      const auto n = static_cast<unsigned>(std::min<std::size_t>(entry.bytes.size() - at, 1u << 20));
      if (zipWriteInFileInZip(zip.get(), entry.bytes.data() + at, n) != ZIP_OK)
        throw doc::WriteError("archive : écriture impossible (disque plein ?)");
      at += n;
    }
    if (zipCloseFileInZipRaw64(zip.get(), entry.size, entry.crc) != ZIP_OK)
      throw doc::WriteError("archive : écriture impossible");
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
