#include "cli/run_inputs.hpp"

#include <iostream>

#include "cli/input_errors.hpp"
#include "cli/sequences_option.hpp"
#include "referentiel/referentiel_loader.hpp"

namespace siofill::cli {

std::optional<RunInputs> read_run_inputs(const GlobalOptions& global, const std::string& sequences_path) {
  RunInputs inputs;
  std::string epoch_problem;
  const std::optional<doc::WriteOptions> write_options = doc::write_options_from_environment(epoch_problem);
  if (!write_options) {
    std::cerr << "erreur : " << epoch_problem << "\n";
    return std::nullopt;
  }
  inputs.write_options = *write_options;
  Diagnostics diagnostics;
  inputs.ref = referentiel_from(global.referentiel, diagnostics);
  bool plan_ok = true;
  if (inputs.ref) inputs.plan = sequences_from(sequences_path, *inputs.ref, diagnostics, plan_ok);
  if (!inputs.ref || !plan_ok) {
    print_diagnostics(diagnostics);
    return std::nullopt;
  }
  return inputs;
}

}  // namespace siofill::cli
