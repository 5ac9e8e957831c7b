#include "cli/sequences_option.hpp"

#include "sequences/sequences_loader.hpp"

namespace siofill::cli {

void add_sequences_option(CLI::App& app, std::string& path) {
  // No CLI::ExistingFile check: the sequences reader says in French what is wrong with the file.
  app.add_option("--sequences", path,
                 "Plan des séquences de la section (siofill-sequences/1) dont les réalisations citent les séquences")
      ->type_name("FICHIER");
}

std::optional<SequencePlan> sequences_from(const std::string& path, const Referentiel& ref, Diagnostics& diagnostics,
                                           bool& ok) {
  ok = true;
  if (path.empty()) return std::nullopt;
  std::optional<SequencePlan> plan = load_sequences_file(path, ref, diagnostics);
  ok = plan.has_value();
  return plan;
}

}  // namespace siofill::cli
