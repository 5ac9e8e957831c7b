#pragma once
// `siofill serve`'s options, shared by the command line of `siofill` (which
// hands the command to siofill-web) and of siofill-web (which runs the server).
#include <string>

#include "cli/commands.hpp"

namespace siofill::cli {

struct ServeOptions {
  int port = 8080;
  std::string host = "127.0.0.1";
  bool open = false;
  unsigned jobs = 0;
  std::string sequences;  // --sequences FILE
};

// Defined twice, once per program: serve_in_process.cpp (siofill-web: the
// server itself) and serve_launcher.cpp (siofill: exec siofill-web with the same
// command line). The HTTP and TLS libraries are then loaded only by `serve`,
// not by every fill of every student.
int run_serve(const ServeOptions& opt, const GlobalOptions& global);

}  // namespace siofill::cli
