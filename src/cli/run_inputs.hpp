#pragma once
// What `batch` and `serve` read before any student: the write options
// (SOURCE_DATE_EPOCH), the référentiel (--referentiel) and the plan of
// teaching sequences (--sequences). One reading, one set of messages.
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "document/writer_options.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"

namespace siofill::cli {

struct RunInputs {
  doc::WriteOptions write_options;
  const Referentiel* ref = nullptr;
  std::optional<SequencePlan> plan;

  const SequencePlan* sequences() const { return plan ? &*plan : nullptr; }
};

// Prints what is wrong (French, on stderr) and returns nullopt: exit code 2.
std::optional<RunInputs> read_run_inputs(const GlobalOptions& global, const std::string& sequences_path);

}  // namespace siofill::cli
