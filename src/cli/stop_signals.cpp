#include "cli/stop_signals.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>

namespace siofill::cli {
namespace {

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr char kSignalled = 's', kFinished = 'q';

// The handler may only call async-signal-safe functions: it writes one byte to
// a pipe, and a thread reads it and requests the stop (which notifies
// condition variables, which a handler must not do).
std::atomic<int> g_signal_pipe{-1};
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs a lock-free descriptor");

extern "C" void on_stop_signal(int) {
  const int saved = errno;
  // A second signal ends the process at once.
  for (int s : kStopSignals) std::signal(s, SIG_DFL);
  const char byte = kSignalled;
  const int fd = g_signal_pipe.load();
  if (fd >= 0) {
    const ssize_t written = ::write(fd, &byte, 1);  // the pipe is empty: one byte always fits
    (void)written;
  }
  errno = saved;
}

}  // namespace

StopOnSignals::StopOnSignals(std::stop_source& source) {
  if (::pipe2(pipe_, O_CLOEXEC) != 0) {
    pipe_[0] = pipe_[1] = -1;
    return;
  }
  listener_ = std::thread([this, &source] {
    char byte = 0;
    while (true) {
      const ssize_t n = ::read(pipe_[0], &byte, 1);
      if (n < 0 && errno == EINTR) continue;
      if (n != 1 || byte == kFinished) return;
      source.request_stop();
    }
  });
  g_signal_pipe.store(pipe_[1]);
  for (int s : kStopSignals) std::signal(s, on_stop_signal);
}

StopOnSignals::~StopOnSignals() {
  if (pipe_[1] < 0) return;
  for (int s : kStopSignals) std::signal(s, SIG_DFL);
  g_signal_pipe.store(-1);
  const char byte = kFinished;
  while (::write(pipe_[1], &byte, 1) < 0 && errno == EINTR) {
  }
  listener_.join();
  ::close(pipe_[0]);
  ::close(pipe_[1]);
}

}  // namespace siofill::cli
