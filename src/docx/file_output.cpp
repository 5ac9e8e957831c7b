#include "docx/file_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <system_error>

#include "document/writer_options.hpp"
#include "text/system_errors.hpp"

namespace siofill::docx {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }  // error paths only: success closes and checks
};

// One French wording for every writer (text/system_errors.hpp).
std::string reason(int err) { return text::system_error_text(err); }

[[noreturn]] void fail(const std::filesystem::path& path, int err, bool remove) {
  if (remove) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
  throw doc::WriteError("écriture impossible de « " + path.string() + " » : " + reason(err));
}

}  // namespace

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  errno = 0;
  // No O_TRUNC: ext4 starts writing a file truncated to zero back to disk as
  // soon as it is closed (auto_da_alloc), a disk request per output; a longer
  // previous content is cut after the write instead.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) fail(path, errno, false);
  std::unique_ptr<std::FILE, FileCloser> f(::fdopen(fd, "wb"));
  if (!f) {
    const int err = errno;
    ::close(fd);
    fail(path, err, true);
  }
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size()) fail(path, errno, true);
  if (std::fflush(f.get()) != 0) fail(path, errno, true);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > static_cast<off_t>(bytes.size()) &&
      ::ftruncate(fd, static_cast<off_t>(bytes.size())) != 0)
    fail(path, errno, true);
  if (std::fclose(f.release()) != 0) fail(path, errno, true);
}

}  // namespace siofill::docx
