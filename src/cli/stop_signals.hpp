#pragma once
// Ctrl-C, kill, and a closed terminal or SSH session (SIGINT, SIGTERM,
// SIGHUP) request a stop of a std::stop_source while this object lives: the
// waits of the batch scheduler wake at once. A second signal ends the process.
#include <stop_token>
#include <thread>

namespace siofill::cli {

class StopOnSignals {
 public:
  // Without a pipe (no file descriptor left) the handlers are not installed:
  // signals then end the process as they do by default.
  explicit StopOnSignals(std::stop_source& source);
  ~StopOnSignals();
  StopOnSignals(const StopOnSignals&) = delete;
  StopOnSignals& operator=(const StopOnSignals&) = delete;

 private:
  int pipe_[2] = {-1, -1};
  std::thread listener_;
};

}  // namespace siofill::cli
