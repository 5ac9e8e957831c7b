#include "xlsx/library_messages.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace siofill::xlsx {
namespace {

thread_local int t_quiet = 0;

// Unbuffered, so every piece reaches this function from the thread that
// printed it, within that fprintf call.
ssize_t forward(void*, const char* buf, std::size_t size) {
  const int saved = errno;  // the library reads errno after printing
  for (std::size_t done = 0; t_quiet == 0 && done < size;) {
    const ssize_t n = ::write(STDERR_FILENO, buf + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  errno = saved;
  return static_cast<ssize_t>(size);
}

}  // namespace

void filter_library_messages() {
  static bool done = false;
  if (done) return;
  done = true;
  FILE* filtered = ::fopencookie(nullptr, "w", cookie_io_functions_t{nullptr, forward, nullptr, nullptr});
  if (!filtered) return;
  std::setvbuf(filtered, nullptr, _IONBF, 0);
  std::fflush(stderr);
  stderr = filtered;
}

QuietLibrary::QuietLibrary() { ++t_quiet; }
QuietLibrary::~QuietLibrary() { --t_quiet; }

}  // namespace siofill::xlsx
