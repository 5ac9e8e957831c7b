#include "pdf/file_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "document/writer_options.hpp"
#include "text/system_errors.hpp"

namespace siofill::pdf {
namespace {

// One French wording for every writer (text/system_errors.hpp).
std::string reason(int err) { return text::system_error_text(err); }

[[noreturn]] void fail(const std::filesystem::path& path, int err, bool created) {
  if (created) {
    // Only a regular file we made is removed: never /dev/full or a FIFO.
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) std::filesystem::remove(path, ec);
  }
  throw doc::WriteError("écriture impossible de « " + path.string() + " » : " + reason(err));
}

}  // namespace

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  // No O_TRUNC: ext4 starts writing a file truncated to zero back to disk as
  // soon as it is closed (auto_da_alloc), a disk request per output, 6 % of a
  // batch's CPU; a longer previous content is cut after the write instead.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) fail(path, errno, false);
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      fail(path, err, true);
    }
    if (n == 0) {  // no progress and no error: treat as a full device
      ::close(fd);
      fail(path, ENOSPC, true);
    }
    done += static_cast<std::size_t>(n);
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > static_cast<off_t>(bytes.size()) &&
      ::ftruncate(fd, static_cast<off_t>(bytes.size())) != 0) {
    const int err = errno;
    ::close(fd);
    fail(path, err, true);
  }
  if (::close(fd) != 0) fail(path, errno, true);
}

}  // namespace siofill::pdf
