#include "test_support.hpp"

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "evidence/evidence_loader.hpp"
#include "referentiel/referentiel_loader.hpp"

namespace siofill::test {

nlohmann::json complete_evidence() {
  nlohmann::json activites = nlohmann::json::array();
  for (const char* code : {"B1.1.1", "B1.2.3", "B1.3.3", "B1.4", "B1.5.2", "B1.6.2"})
    activites.push_back({{"competence", code}, {"description", "activité"}});
  return {{"format", "siofill-evidence/1"},
          {"candidat",
           {{"nom", "MARTIN"},
            {"prenom", "Léa"},
            {"numero", "02412345678"},
            {"option", "SISR"},
            {"session", 2026},
            {"centre", "Lycée Exemple, Rennes"},
            {"portfolio", "https://lea-martin.example/portfolio"}}},
          {"realisations",
           {{{"id", "R1"},
             {"intitule", "Refonte du site web de l'entreprise"},
             {"cadre", "stage-1"},
             {"organisation", "groupeCFR"},
             {"debut", "2025-05-12"},
             {"fin", "2025-06-20"},
             {"modalite", "equipe"},
             {"contribution", "Conception de la base SQL"},
             {"documents", {"Cahier des charges"}},
             {"activites", activites}}}}};
}

Evidence load_ok(const nlohmann::json& doc) {
  Diagnostics diagnostics;
  std::optional<Evidence> ev = load_evidence(doc.dump(), "test.json", default_referentiel(), diagnostics);
  for (const Diagnostic& d : diagnostics) UNSCOPED_INFO(format(d));
  REQUIRE(ev.has_value());
  return *ev;
}

std::vector<std::string> load_errors_text(const std::string& text) {
  Diagnostics diagnostics;
  std::optional<Evidence> ev = load_evidence(text, "test.json", default_referentiel(), diagnostics);
  CHECK_FALSE(ev.has_value());
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(format(d));
  return out;
}

std::vector<std::string> load_errors(const nlohmann::json& doc) { return load_errors_text(doc.dump()); }

bool any_contains(const std::vector<std::string>& messages, const std::string& part) {
  for (const std::string& m : messages)
    if (m.find(part) != std::string::npos) return true;
  return false;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace siofill::test
