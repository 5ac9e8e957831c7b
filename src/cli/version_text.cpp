#include "cli/version_text.hpp"

#include "batch/sha256.hpp"
#include "referentiel/referentiel_loader.hpp"

#ifndef SIOFILL_VERSION
#error "SIOFILL_VERSION is set by CMake from the project's version"
#endif

namespace siofill::cli {
namespace {
// "jusqu’à 2024 : B1 → E4, B2 → E5, B3 → E6".
std::string rules_line(const SessionRules& r) {
  std::string line = r.sessions.label() + " :";
  const char* separator = " ";
  for (const auto& [bloc_id, epreuve] : r.epreuves) {
    line += separator + bloc_id + " → " + epreuve.numero;
    separator = ", ";
  }
  return line;
}
}  // namespace

std::string version_text() {
  std::string text = "siofill " SIOFILL_VERSION "\n";
  const Referentiel& ref = default_referentiel();
  text += "référentiel intégré : " + ref.id + " — " + ref.intitule;
  text += " (sha256 " + batch::sha256_bytes(default_referentiel_json()).substr(0, 16) + "…)";
  text += "\nrègles des sessions d’examen intégrées :";
  for (const SessionRules& r : ref.regles) text += "\n  " + rules_line(r);
  return text;
}

}  // namespace siofill::cli
