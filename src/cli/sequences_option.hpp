#pragma once
// --sequences FILE, the section's plan of teaching sequences, for every
// command that reads evidence (fill, check, coverage, batch).
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "diagnostics/diagnostic.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"

namespace siofill::cli {

void add_sequences_option(CLI::App& app, std::string& path);

// The plan named by --sequences. `ok` is false (and `diagnostics` say why)
// when it was given but cannot be read; nullopt with `ok` when not given.
std::optional<SequencePlan> sequences_from(const std::string& path, const Referentiel& ref, Diagnostics& diagnostics,
                                           bool& ok);

}  // namespace siofill::cli
