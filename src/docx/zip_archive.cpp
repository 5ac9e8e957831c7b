#include "docx/zip_archive.hpp"

#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>

#include "document/writer_options.hpp"
#include "docx/utc_time.hpp"

namespace siofill::docx {

namespace {

// minizip writes through these callbacks into a string instead of a FILE:
// nothing touches the disk until the archive is complete (so a failure
// leaves no half-written file) and one checked write puts it there.
// minizip seeks back to fill in each entry's sizes, hence the position.
struct MemoryFile {
  std::string bytes;
  std::size_t pos = 0;
};

voidpf ZCALLBACK mem_open(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* f = static_cast<MemoryFile*>(stream);
  const std::size_t n = std::min<std::size_t>(size, f->bytes.size() - std::min(f->pos, f->bytes.size()));
  if (n) std::memcpy(buf, f->bytes.data() + f->pos, n);
  f->pos += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK mem_write(voidpf, voidpf stream, const void* buf, uLong size) {
  auto* f = static_cast<MemoryFile*>(stream);
  if (f->pos + size > f->bytes.size()) f->bytes.resize(f->pos + size);
  std::memcpy(f->bytes.data() + f->pos, buf, size);
  f->pos += size;
  return size;
}

ZPOS64_T ZCALLBACK mem_tell(voidpf, voidpf stream) { return static_cast<MemoryFile*>(stream)->pos; }

long ZCALLBACK mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* f = static_cast<MemoryFile*>(stream);
  std::size_t base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = f->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = f->bytes.size(); break;
    default: return -1;
  }
  f->pos = base + static_cast<std::size_t>(offset);
  return 0;
}

int ZCALLBACK mem_close(voidpf, voidpf) { return 0; }
int ZCALLBACK mem_error(voidpf, voidpf) { return 0; }

[[noreturn]] void fail(const char* what, int code) {
  throw doc::WriteError(std::string("création de l’archive DOCX impossible : ") + what + " (code " +
                        std::to_string(code) + ")");
}

// One raw-deflate stream per thread, reset for each entry. minizip would
// allocate (and the C library zero-fill and give back) some 270 KB of zlib
// state for every entry: on these machines that churn cost more than the
// compression itself (zipping the 40-row synthesis sample: 5.7 ms before, 0.9 ms after).
struct Deflater {
  z_stream stream{};
  int level = -1;
  std::string out;  // compressed bytes of the current entry, capacity kept

  ~Deflater() {
    if (level >= 0) deflateEnd(&stream);
  }

  std::string_view deflate_all(std::string_view data, int wanted_level) {
    int rc = Z_OK;
    if (level != wanted_level) {
      if (level >= 0) deflateEnd(&stream);
      level = -1;
      stream = z_stream{};
      rc = deflateInit2(&stream, wanted_level, Z_DEFLATED, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
      if (rc != Z_OK) fail("initialisation de zlib", rc);
      level = wanted_level;
    } else if ((rc = deflateReset(&stream)) != Z_OK) {
      fail("initialisation de zlib", rc);
    }
    out.resize(deflateBound(&stream, static_cast<uLong>(data.size())));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    rc = deflate(&stream, Z_FINISH);  // deflateBound guarantees one call is enough
    if (rc != Z_STREAM_END) fail("compression", rc);
    return std::string_view(out.data(), stream.total_out);
  }
};

Deflater& thread_deflater() {
  thread_local Deflater d;
  return d;
}

}  // namespace

struct ZipArchive::Impl {
  MemoryFile file;
  zlib_filefunc64_def io{};
  zipFile zip = nullptr;
  zip_fileinfo info{};
  int level = kZipLevel;
};

ZipArchive::ZipArchive(std::int64_t timestamp, int level) : impl_(std::make_unique<Impl>()) {
  Impl& z = *impl_;
  z.level = level;
  z.io.zopen64_file = mem_open;
  z.io.zread_file = mem_read;
  z.io.zwrite_file = mem_write;
  z.io.ztell64_file = mem_tell;
  z.io.zseek64_file = mem_seek;
  z.io.zclose_file = mem_close;
  z.io.zerror_file = mem_error;
  z.io.opaque = &z.file;
  z.zip = zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &z.io);
  if (!z.zip) fail("ouverture", 0);

  // Zip has only MS-DOS local dates; the UTC time of the timestamp is stored
  // as is, computed here, never through localtime().
  const CivilTime t = zip_time_from_unix(timestamp);
  z.info.tmz_date.tm_year = static_cast<uInt>(t.year);
  z.info.tmz_date.tm_mon = static_cast<uInt>(t.month - 1);
  z.info.tmz_date.tm_mday = static_cast<uInt>(t.day);
  z.info.tmz_date.tm_hour = static_cast<uInt>(t.hour);
  z.info.tmz_date.tm_min = static_cast<uInt>(t.minute);
  z.info.tmz_date.tm_sec = static_cast<uInt>(t.second);
}

ZipArchive::~ZipArchive() {
  if (impl_->zip) zipClose(impl_->zip, nullptr);  // an archive given up half-way: free minizip's handle
}

void ZipArchive::add(const std::string& name, std::string_view data) {
  Impl& z = *impl_;
  if (!z.zip) fail("archive déjà terminée", 0);
  const std::string_view packed = thread_deflater().deflate_all(data, z.level);
  // raw = 1: minizip writes the headers around bytes deflated above.
  int rc = zipOpenNewFileInZip3(z.zip, name.c_str(), &z.info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, z.level,
                                /*raw=*/1, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0);
  if (rc != ZIP_OK) fail("ajout d’une entrée", rc);
  rc = zipWriteInFileInZip(z.zip, packed.data(), static_cast<unsigned>(packed.size()));
  if (rc != ZIP_OK) fail("écriture d’une entrée", rc);
  const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
  rc = zipCloseFileInZipRaw(z.zip, static_cast<uLong>(data.size()), crc);
  if (rc != ZIP_OK) fail("fermeture d’une entrée", rc);
}

std::string ZipArchive::finish() {
  Impl& z = *impl_;
  if (!z.zip) fail("archive déjà terminée", 0);
  const int rc = zipClose(z.zip, nullptr);
  z.zip = nullptr;
  if (rc != ZIP_OK) fail("répertoire central", rc);
  return std::move(z.file.bytes);
}

std::string zip_archive(const std::vector<ZipEntry>& entries, std::int64_t timestamp, int level) {
  ZipArchive zip(timestamp, level);
  for (const ZipEntry& e : entries) zip.add(e.name, e.data);
  return zip.finish();
}

}  // namespace siofill::docx
