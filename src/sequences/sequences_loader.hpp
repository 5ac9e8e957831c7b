#pragma once
// Strict reader of "siofill-sequences/1": unknown keys, wrong types, unknown
// sous-compétences or indicateurs, bad durations, duplicate ids are all
// reported at once, each with its JSON pointer, what was expected and a
// did-you-mean where one helps — the same way as the evidence reader.
#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"

namespace siofill {

struct SequenceLimits {
  std::size_t max_file_bytes = 4u << 20;
  std::size_t max_sequences = 500;
  std::size_t max_seances = 100;  // per sequence
  std::size_t max_items = 200;    // lines in one list
  std::size_t max_text = 20000;   // characters in one text
  std::size_t max_errors = 200;   // reading stops there
};

std::optional<SequencePlan> load_sequences(std::string_view json_text, const std::string& source,
                                           const Referentiel& ref, Diagnostics& diagnostics,
                                           const SequenceLimits& limits = {});

// Reads `path` ("-" for standard input) then load_sequences().
std::optional<SequencePlan> load_sequences_file(const std::string& path, const Referentiel& ref,
                                                Diagnostics& diagnostics, const SequenceLimits& limits = {});

}  // namespace siofill
