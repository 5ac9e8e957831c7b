#pragma once
// A whole class (or school) in one run: a pool of threads, one student per
// task, outputs named before any is written so the result never depends on
// thread timing, then the class outputs (report, class workbook, class PDF, zip).
#include <atomic>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batch/student_job.hpp"

namespace siofill::batch {

struct Shard {
  std::size_t index = 0, count = 1;  // --shard I/N: students with position ≡ I mod N
};

struct BatchSettings {
  JobSettings job;
  unsigned threads = 1;
  Shard shard;
  bool zip = false;
  bool progress = false;  // a progress line on stderr (only when it is a terminal)
  std::string input_label;  // the directory or roster, as given, for the report
  std::vector<std::string> input_problems;  // roster lines that could not be used
};

struct BatchOutcome {
  std::vector<StudentResult> results;      // this shard's students, in input order
  std::vector<OutputRecord> class_outputs; // rapport, class workbook, class PDF(s), zip
  std::vector<std::string> class_failures;
  bool interrupted = false;
};

// `stop` may be set from a signal handler: running students finish the file
// they are writing, no new one starts, and the class outputs are still written
// for the students that completed.
BatchOutcome run_batch(const std::vector<StudentInput>& inputs, const BatchSettings& settings,
                       const std::atomic<bool>& stop);

// Names of the class outputs, with a shard suffix so shards never clash.
std::string class_output_name(const std::string& stem, const std::string& ext, const Shard& shard);

}  // namespace siofill::batch
