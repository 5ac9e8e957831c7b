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

namespace {

// Where two lines first differ, as the bytes around it.
std::string first_difference(const std::string& actual, const std::string& expected) {
  std::size_t i = 0;
  while (i < actual.size() && i < expected.size() && actual[i] == expected[i]) ++i;
  while (i > 0 && (static_cast<unsigned char>(expected[i]) & 0xC0) == 0x80) --i;  // start of the character
  auto code_points = [&](const std::string& s) {
    std::ostringstream out;
    for (std::size_t k = i; k < s.size() && k < i + 12; ++k)
      out << std::hex << (static_cast<unsigned>(s[k]) & 0xFF) << " ";
    return out.str();
  };
  return "byte " + std::to_string(i) + ": obtenu [" + code_points(actual) + "] vs attendu [" + code_points(expected) +
         "]";
}

}  // namespace

void check_same_lines(const std::string& actual, const std::string& expected_path) {
  const std::string expected = read_file(expected_path);
  REQUIRE_FALSE(expected.empty());
  std::istringstream a(actual), e(expected);
  std::string la, le;
  int line = 0;
  while (std::getline(e, le)) {
    ++line;
    INFO(expected_path << ", line " << line);
    REQUIRE(std::getline(a, la));
    INFO((la == le ? std::string() : first_difference(la, le)) << "\n  " << la << "\n  " << le);
    CHECK(la == le);
  }
  CHECK_FALSE(std::getline(a, la));
}

}  // namespace siofill::test
