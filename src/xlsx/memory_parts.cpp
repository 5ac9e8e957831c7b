#include "xlsx/memory_parts.hpp"

#include <dlfcn.h>
#include <sys/types.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <string>

#include "output/write_in_place.hpp"

namespace siofill::xlsx {
namespace {

thread_local bool t_in_memory = false;
std::atomic<std::size_t> g_memory_parts{0};
std::atomic<std::size_t> g_memory_zips{0};

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
  if (whence == SEEK_CUR)
    base = static_cast<off64_t>(f->pos);
  else if (whence == SEEK_END)
    base = static_cast<off64_t>(f->bytes.size());
  else if (whence != SEEK_SET)
    return -1;
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
  if (!file)
    delete f;
  else
    g_memory_parts.fetch_add(1, std::memory_order_relaxed);
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

using ZipOpenFn = zipFile (*)(const char*, int);

}  // namespace

MemoryOutput::MemoryOutput() : previous_(t_output) { t_output = this; }
MemoryOutput::~MemoryOutput() { t_output = previous_; }

ReplacementCounts replacement_counts() {
  return {g_memory_parts.load(std::memory_order_relaxed), g_memory_zips.load(std::memory_order_relaxed)};
}

int MemoryOutput::write_to(const std::filesystem::path& out) const { return output::write_in_place(out, zip.bytes); }

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
    t_output->zip = siofill::xlsx::MemoryOutput::Zip{};
    t_output->zip.used = true;
    siofill::xlsx::g_memory_zips.fetch_add(1, std::memory_order_relaxed);
    return siofill::output::open_memory_zip(t_output->zip);
  }
  static const auto next = reinterpret_cast<siofill::xlsx::ZipOpenFn>(::dlsym(RTLD_NEXT, "zipOpen"));
  return next ? next(pathname, append) : nullptr;
}
