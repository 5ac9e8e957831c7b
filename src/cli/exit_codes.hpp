#pragma once
// The exit codes scripts rely on (DESIGN.md, "CLI").
namespace siofill::cli {
enum ExitCode : int {
  kOk = 0,          // everything done, every student ready or with warnings
  kSomeFailed = 1,  // some students failed or are blocked; the others were done
  kInputError = 2,  // bad usage or unreadable/invalid input
  kInterrupted =
      130,  // stopped by SIGINT, SIGTERM or SIGHUP: complete files kept (128 + SIGINT, as shells report Ctrl-C)
};
}  // namespace siofill::cli
