#include "xlsx/memory_parts.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <string>

namespace siofill::xlsx {
namespace {

thread_local bool t_in_memory = false;

// A FILE* over a growable string (glibc's fopencookie): libxlsxwriter writes a
// part, seeks back to the start and reads it into the zip. No system call at
// all, where a memfd still cost one per 4 KB buffer, per seek and per close.
struct MemoryFile {
  std::string bytes;
  std::size_t pos = 0;
};

ssize_t memory_read(void* cookie, char* buf, std::size_t size) {
  auto* f = static_cast<MemoryFile*>(cookie);
  const std::size_t n = f->pos < f->bytes.size() ? std::min(size, f->bytes.size() - f->pos) : 0;
  if (n) std::memcpy(buf, f->bytes.data() + f->pos, n);
  f->pos += n;
  return static_cast<ssize_t>(n);
}

ssize_t memory_write(void* cookie, const char* buf, std::size_t size) {
  auto* f = static_cast<MemoryFile*>(cookie);
  try {
    if (f->pos + size > f->bytes.size()) f->bytes.resize(f->pos + size);
  } catch (const std::bad_alloc&) {
    return 0;  // stdio sees a failed write, libxlsxwriter an error
  }
  std::memcpy(f->bytes.data() + f->pos, buf, size);
  f->pos += size;
  return static_cast<ssize_t>(size);
}

int memory_seek(void* cookie, off64_t* offset, int whence) {
  auto* f = static_cast<MemoryFile*>(cookie);
  off64_t base = 0;
  if (whence == SEEK_CUR) base = static_cast<off64_t>(f->pos);
  else if (whence == SEEK_END) base = static_cast<off64_t>(f->bytes.size());
  else if (whence != SEEK_SET) return -1;
  if (base + *offset < 0) return -1;
  f->pos = static_cast<std::size_t>(base + *offset);
  *offset = static_cast<off64_t>(f->pos);
  return 0;
}

int memory_close(void* cookie) {
  delete static_cast<MemoryFile*>(cookie);
  return 0;
}

FILE* memory_tmpfile() {
  auto* f = new (std::nothrow) MemoryFile;
  if (!f) return nullptr;
  FILE* file = ::fopencookie(f, "w+", cookie_io_functions_t{memory_read, memory_write, memory_seek, memory_close});
  if (!file) delete f;
  return file;
}

using TmpfileFn = FILE* (*)(char*);

FILE* library_tmpfile(char* tmpdir) {
  // The next definition after ours in lookup order: libxlsxwriter's.
  static const TmpfileFn next = reinterpret_cast<TmpfileFn>(::dlsym(RTLD_NEXT, "lxw_tmpfile"));
  if (next) return next(tmpdir);
  return std::tmpfile();
}

}  // namespace

MemoryParts::MemoryParts() : previous_(t_in_memory) { t_in_memory = true; }
MemoryParts::~MemoryParts() { t_in_memory = previous_; }

namespace {

thread_local MemoryOutput* t_output = nullptr;

// minizip's I/O callbacks over MemoryOutput::zip.
voidpf ZCALLBACK zip_open(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK zip_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* m = static_cast<MemoryOutput::Zip*>(stream);
  const std::size_t n = m->pos < m->bytes.size() ? std::min<std::size_t>(size, m->bytes.size() - m->pos) : 0;
  if (n) std::memcpy(buf, m->bytes.data() + m->pos, n);
  m->pos += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK zip_write(voidpf, voidpf stream, const void* buf, uLong size) {
  auto* m = static_cast<MemoryOutput::Zip*>(stream);
  try {
    if (m->pos + size > m->bytes.size()) m->bytes.resize(m->pos + size);
  } catch (const std::bad_alloc&) {
    return 0;  // minizip reports ZIP_ERRNO, libxlsxwriter an error
  }
  std::memcpy(m->bytes.data() + m->pos, buf, size);
  m->pos += size;
  return size;
}

ZPOS64_T ZCALLBACK zip_tell(voidpf, voidpf stream) { return static_cast<MemoryOutput::Zip*>(stream)->pos; }

long ZCALLBACK zip_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* m = static_cast<MemoryOutput::Zip*>(stream);
  std::size_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = m->pos;
  else if (origin == ZLIB_FILEFUNC_SEEK_END) base = m->bytes.size();
  else if (origin != ZLIB_FILEFUNC_SEEK_SET) return -1;
  m->pos = base + static_cast<std::size_t>(offset);
  return 0;
}

int ZCALLBACK zip_close(voidpf, voidpf) { return 0; }
int ZCALLBACK zip_error(voidpf, voidpf) { return 0; }

using ZipOpenFn = zipFile (*)(const char*, int);

}  // namespace

MemoryOutput::MemoryOutput() : previous_(t_output) { t_output = this; }
MemoryOutput::~MemoryOutput() { t_output = previous_; }

int MemoryOutput::write_to(const std::filesystem::path& out) const {
  const std::string& bytes = zip.bytes;
  const int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) return errno;
  int err = 0;
  for (std::size_t done = 0; done < bytes.size() && err == 0;) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) err = n < 0 ? errno : ENOSPC;  // no progress and no error: a full device
    else done += static_cast<std::size_t>(n);
  }
  struct stat written {};
  if (err == 0 && ::fstat(fd, &written) == 0 && S_ISREG(written.st_mode) &&
      written.st_size > static_cast<off_t>(bytes.size()) && ::ftruncate(fd, static_cast<off_t>(bytes.size())) != 0)
    err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  return err;
}

}  // namespace siofill::xlsx

// Declared in <xlsxwriter/utility.h>; the library calls it through its PLT,
// so this definition in the executable takes precedence.
extern "C" FILE* lxw_tmpfile(char* tmpdir) {
  if (siofill::xlsx::t_in_memory)
    if (FILE* f = siofill::xlsx::memory_tmpfile()) return f;
  return siofill::xlsx::library_tmpfile(tmpdir);
}

// minizip's, called by libxlsxwriter through its PLT: this definition in the
// executable takes precedence. Elsewhere, minizip's own runs.
extern "C" zipFile zipOpen(const char* pathname, int append) {
  using siofill::xlsx::t_output;
  if (t_output && append == APPEND_STATUS_CREATE) {
    zlib_filefunc64_def io{};
    io.zopen64_file = siofill::xlsx::zip_open;
    io.zread_file = siofill::xlsx::zip_read;
    io.zwrite_file = siofill::xlsx::zip_write;
    io.ztell64_file = siofill::xlsx::zip_tell;
    io.zseek64_file = siofill::xlsx::zip_seek;
    io.zclose_file = siofill::xlsx::zip_close;
    io.zerror_file = siofill::xlsx::zip_error;
    io.opaque = &t_output->zip;
    t_output->zip = siofill::xlsx::MemoryOutput::Zip{};
    t_output->zip.used = true;
    return zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &io);
  }
  static const auto next = reinterpret_cast<siofill::xlsx::ZipOpenFn>(::dlsym(RTLD_NEXT, "zipOpen"));
  return next ? next(pathname, append) : nullptr;
}
