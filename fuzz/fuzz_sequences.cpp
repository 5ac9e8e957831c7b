// Fuzzes the sequences loader (siofill-sequences/1) on arbitrary bytes, then,
// for a plan it accepts, the plan's coverage and the merge into a student who
// cites every sequence: nothing may crash, and a refusal always says why.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "evidence/evidence_loader.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "sequences/plan_coverage.hpp"
#include "sequences/sequences_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const siofill::Referentiel& ref = siofill::default_referentiel();
  siofill::Diagnostics diagnostics;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto plan = siofill::load_sequences(text, "fuzz.json", ref, diagnostics);
  if (plan.has_value() == !diagnostics.empty()) __builtin_trap();
  for (const siofill::Diagnostic& d : diagnostics) (void)siofill::format(d);
  if (!plan) return 0;
  (void)siofill::compute_plan_coverage(ref, *plan);
  nlohmann::json ids = nlohmann::json::array();
  for (const siofill::Sequence& s : plan->sequences) ids.push_back(s.id);
  const nlohmann::json evidence = {{"format", "siofill-evidence/1"},
                                   {"candidat",
                                    {{"nom", "N"},
                                     {"prenom", "P"},
                                     {"numero", "1"},
                                     {"option", plan->option == siofill::Option::SLAM ? "SLAM" : "SISR"},
                                     {"session", 2026}}},
                                   {"realisations", {{{"id", "F1"}, {"cadre", "formation"}, {"sequences", ids}}}}};
  siofill::Diagnostics merge_errors;
  const auto ev = siofill::load_evidence(evidence.dump(), "preuves.json", ref, merge_errors, {},
                                         siofill::SequenceSource{&*plan, false});
  if (ev.has_value() == !merge_errors.empty()) __builtin_trap();
  for (const siofill::Diagnostic& d : merge_errors) (void)siofill::format(d);
  return 0;
}
