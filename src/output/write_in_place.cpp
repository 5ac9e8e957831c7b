#include "output/write_in_place.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

#include "document/writer_options.hpp"
#include "text/system_errors.hpp"

namespace siofill::output {

int write_in_place(const std::filesystem::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) return errno;
  int err = 0;
  for (std::size_t done = 0; done < bytes.size() && err == 0;) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      err = n < 0 ? errno : ENOSPC;  // no progress and no error: a full device
    else
      done += static_cast<std::size_t>(n);
  }
  struct stat st {};
  if (err == 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > static_cast<off_t>(bytes.size()) &&
      ::ftruncate(fd, static_cast<off_t>(bytes.size())) != 0)
    err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  return err;
}

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  const int err = write_in_place(path, bytes);
  if (err == 0) return;
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec)) std::filesystem::remove(path, ec);
  throw doc::WriteError("écriture impossible de « " + path.string() + " » : " + text::system_error_text(err));
}

}  // namespace siofill::output
