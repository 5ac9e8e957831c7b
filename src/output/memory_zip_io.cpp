#include "output/memory_zip_io.hpp"

#include <algorithm>
#include <cstring>
#include <new>

namespace siofill::output {
namespace {

voidpf ZCALLBACK zip_open(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK zip_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* m = static_cast<MemoryZip*>(stream);
  const std::size_t n = m->pos < m->bytes.size() ? std::min<std::size_t>(size, m->bytes.size() - m->pos) : 0;
  if (n) std::memcpy(buf, m->bytes.data() + m->pos, n);
  m->pos += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK zip_write(voidpf, voidpf stream, const void* buf, uLong size) {
  auto* m = static_cast<MemoryZip*>(stream);
  try {
    if (m->pos + size > m->bytes.size()) m->bytes.resize(m->pos + size);
  } catch (const std::bad_alloc&) {
    return 0;  // minizip reports ZIP_ERRNO
  }
  std::memcpy(m->bytes.data() + m->pos, buf, size);
  m->pos += size;
  return size;
}

ZPOS64_T ZCALLBACK zip_tell(voidpf, voidpf stream) { return static_cast<MemoryZip*>(stream)->pos; }

long ZCALLBACK zip_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* m = static_cast<MemoryZip*>(stream);
  std::size_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR)
    base = m->pos;
  else if (origin == ZLIB_FILEFUNC_SEEK_END)
    base = m->bytes.size();
  else if (origin != ZLIB_FILEFUNC_SEEK_SET)
    return -1;
  m->pos = base + static_cast<std::size_t>(offset);
  return 0;
}

int ZCALLBACK zip_close(voidpf, voidpf) { return 0; }
int ZCALLBACK zip_error(voidpf, voidpf) { return 0; }

}  // namespace

zlib_filefunc64_def memory_zip_io(MemoryZip& zip) {
  zlib_filefunc64_def io{};
  io.zopen64_file = zip_open;
  io.zread_file = zip_read;
  io.zwrite_file = zip_write;
  io.ztell64_file = zip_tell;
  io.zseek64_file = zip_seek;
  io.zclose_file = zip_close;
  io.zerror_file = zip_error;
  io.opaque = &zip;
  return io;
}

zipFile open_memory_zip(MemoryZip& zip) {
  // zipOpen2_64 copies the callbacks: a local is enough.
  zlib_filefunc64_def io = memory_zip_io(zip);
  return zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &io);
}

}  // namespace siofill::output
