#pragma once
// What `siofill serve` is told on its command line, and the limits it holds
// every request to (docs/web.md lists them for users).
#include <chrono>
#include <cstddef>
#include <string>

#include "document/writer_options.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"

namespace siofill::web {

struct ServerLimits {
  std::size_t max_request_bytes = 64u << 20;  // the largest body: a class zip
  std::size_t max_json_bytes = 8u << 20;      // evidence (EvidenceLimits::max_file_bytes)
  std::size_t zip_entries = 2000;             // files in an uploaded class zip
  std::size_t zip_entry_bytes = 16u << 20;    // one file, once unzipped
  std::size_t zip_total_bytes = 256u << 20;   // every file, once unzipped
  unsigned jobs = 4;                          // requests computing at once; 503 beyond
  std::chrono::seconds job_time{300};         // a batch is stopped past this
};

struct ServerSettings {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (tests)
  ServerLimits limits;
  const Referentiel* ref = nullptr;
  const SequencePlan* sequences = nullptr;  // --sequences: the plan cited sequences come from
  doc::WriteOptions write_options;
};

}  // namespace siofill::web
