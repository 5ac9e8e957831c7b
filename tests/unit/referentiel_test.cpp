#include <sstream>

#include <catch2/catch.hpp>

#include "embedded/embedded_files.hpp"
#include "referentiel/referentiel_json.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"

using namespace siofill;

namespace {

std::string escape_newlines(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '\n' ? std::string("\\n") : std::string(1, c);
  return out;
}

std::vector<std::string> load_referentiel_errors(const nlohmann::json& doc) {
  Diagnostics diagnostics;
  Reporter report("ref.json", diagnostics);
  CHECK_FALSE(load_referentiel(doc.dump(), report).has_value());
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(format(d));
  return out;
}

}  // namespace

// tests/data/referentiel-b1-expected.txt is derived from the source documents
// by tests/data/derive_referentiel_b1.py (README.md there lists the deliberate
// differences); every byte must match, no-break spaces included.
TEST_CASE("bloc 1 of the embedded référentiel is character-exact with the sources") {
  const Referentiel& ref = default_referentiel();
  const Bloc* b1 = ref.bloc("B1", Option::SISR);
  REQUIRE(b1 != nullptr);
  std::ostringstream actual;
  for (const CapaciteTransversale& t : b1->capacites_transversales) actual << "T|" << t.id << "|" << t.intitule << "\n";
  for (const Competence& c : b1->competences) {
    actual << "C|" << c.id << "|" << c.intitule << "\n";
    for (const SousCompetence& s : c.sous_competences) {
      actual << "S|" << s.id << "|" << s.intitule << "\n";
      actual << "D|" << s.id << "|" << s.definition << "\n";
      actual << "O|" << s.id << "|" << s.objectif << "\n";
      actual << "E|" << s.id << ".stage|" << s.exemples.stage << "\n";
      actual << "E|" << s.id << ".ap|" << s.exemples.ap << "\n";
      actual << "E|" << s.id << ".perso|" << s.exemples.perso << "\n";
    }
    for (const Indicateur& i : c.indicateurs) actual << "I|" << i.id << "|" << escape_newlines(i.texte) << "\n";
    for (const std::string& k : c.savoirs.technologiques) actual << "K|" << c.id << "|" << k << "\n";
    for (const std::string& j : c.savoirs.economiques_juridiques_manageriaux)
      actual << "J|" << c.id << "|" << j << "\n";
  }
  test::check_same_lines(actual.str(), std::string(SIOFILL_TEST_DATA) + "/referentiel-b1-expected.txt");
}

TEST_CASE("indicateur B1.6.i3 keeps the grid's no-break spaces before « : » and « ; »") {
  const Competence* c = default_referentiel().competence("B1.6", Option::SISR);
  REQUIRE(c != nullptr);
  const std::string& text = c->indicateurs.at(2).texte;
  CHECK(text.find("vise à\u00a0:\n") != std::string::npos);
  CHECK(text.find("informatique\u00a0;\n") != std::string::npos);
  CHECK(text.find("d’information\u00a0;\n") != std::string::npos);
  CHECK(text.find(" :") == std::string::npos);
  CHECK(text.find(" ;") == std::string::npos);
}

TEST_CASE("bloc 1 carries definitions, examples and savoirs of the seeds") {
  const Referentiel& ref = default_referentiel();
  const auto [c, s] = ref.sous_competence("B1.1.5", Option::SLAM);
  REQUIRE(s != nullptr);
  CHECK(c->id == "B1.1");
  CHECK(s->intitule == "Gérer des sauvegardes");
  CHECK(s->definition == "Organiser, effectuer et surveiller la copie régulière des données pour éviter leur perte.");
  CHECK(s->exemples.perso == "Sauvegarder ses photos et documents importants sur un cloud sécurisé.");
  for (const Competence& comp : ref.bloc("B1", Option::SISR)->competences) {
    CHECK_FALSE(comp.savoirs.technologiques.empty());
    for (const SousCompetence& sc : comp.sous_competences) {
      CHECK_FALSE(sc.definition.empty());
      CHECK_FALSE(sc.objectif.empty());
    }
  }
  const Competence* b11 = ref.competence("B1.1", Option::SISR);
  CHECK(
      b11->savoirs.economiques_juridiques_manageriaux.at(4) ==
      "Contrat de prestation de service informatique et autres contrats liés à la gestion du patrimoine informatique");
}

TEST_CASE("bloc 2 depends on the option, bloc 3 has an option part") {
  const Referentiel& ref = default_referentiel();
  const Bloc* sisr = ref.bloc("B2", Option::SISR);
  const Bloc* slam = ref.bloc("B2", Option::SLAM);
  REQUIRE(sisr != nullptr);
  REQUIRE(slam != nullptr);
  CHECK(sisr != slam);
  CHECK(ref.competence("B2.1", Option::SISR)->intitule == "Concevoir une solution d’infrastructure réseau");
  CHECK(ref.competence("B2.1", Option::SLAM)->intitule == "Concevoir et développer une solution applicative");
  CHECK(ref.sous_competence("B2.1.11", Option::SLAM).second != nullptr);
  CHECK(ref.sous_competence("B2.1.11", Option::SISR).second == nullptr);
  CHECK(ref.other_option_having("B2.1.11", Option::SISR) == Option::SLAM);
  const Bloc* b3 = ref.bloc("B3", Option::SISR);
  CHECK(ref.competences_of(*b3, Option::SISR).size() == 5);
  CHECK(ref.competence("B3.5", Option::SLAM)->sous_competences.size() == 6);
  CHECK(ref.competence("B3.5", Option::SISR)->sous_competences.empty());
}

TEST_CASE("the référentiel round-trips through its JSON form") {
  const Referentiel& ref = default_referentiel();
  std::vector<const Bloc*> all;
  for (const Bloc& b : ref.blocs) all.push_back(&b);
  std::vector<const SessionRules*> rules;
  for (const SessionRules& r : ref.regles) rules.push_back(&r);
  const std::string dumped = referentiel_to_json(ref, all, rules).dump();
  Diagnostics diagnostics;
  Reporter report("dump.json", diagnostics);
  const auto again = load_referentiel(dumped, report);
  REQUIRE(again.has_value());
  CHECK(again->blocs.size() == ref.blocs.size());
  CHECK(again->competence("B1.6", Option::SISR)->indicateurs.size() == 4);
}

TEST_CASE("a broken référentiel is refused with precise messages") {
  nlohmann::json doc = {{"format", "siofill-referentiel/1"},
                        {"id", "x"},
                        {"intitule", "x"},
                        {"blocs",
                         {{{"id", "B1"},
                           {"numero", 1},
                           {"intitule", "Bloc"},
                           {"competences",
                            {{{"id", "B1.1"}, {"intitule", "A"}, {"sous_competences", nlohmann::json::array()}},
                             {{"id", "B1.1"}, {"intitule", "B"}, {"sous_competences", nlohmann::json::array()}},
                             {{"id", "X9"}, {"intitulé", "C"}, {"sous_competences", nlohmann::json::array()}}}}}}}};
  const auto errors = load_referentiel_errors(doc);
  CHECK(test::any_contains(
      errors, "/blocs/0/competences/1/id : identifiant « B1.1 » déjà utilisé par /blocs/0/competences/0/id"));
  CHECK(test::any_contains(errors, "/blocs/0/competences/2/id : identifiant « X9 » mal formé"));
  CHECK(test::any_contains(errors, "clé inconnue « intitulé » — vouliez-vous dire « intitule » ?"));
  CHECK(test::any_contains(errors, "champ obligatoire « intitule » absent"));
}

TEST_CASE("the built-in référentiel compiled at build time is what the loader reads from its JSON") {
  // default_referentiel() returns the C++ data written by siofill_compile_builtins
  // (linked into this test); reading the embedded JSON again must give the same values.
  const auto text = embedded_file("referentiel/bts-sio-2019.json");
  REQUIRE(text);
  Diagnostics diagnostics;
  Reporter report("<référentiel intégré>", diagnostics);
  const std::optional<Referentiel> loaded = load_referentiel(*text, report);
  REQUIRE(loaded);
  CHECK(diagnostics.empty());
  const Referentiel& compiled = default_referentiel();
  REQUIRE(compiled.blocs.size() == loaded->blocs.size());
  for (std::size_t i = 0; i < loaded->blocs.size(); ++i) {
    INFO("bloc " << loaded->blocs[i].id);
    CHECK(compiled.blocs[i] == loaded->blocs[i]);
  }
  CHECK(compiled.regles == loaded->regles);
  CHECK(compiled == *loaded);
  CHECK(compiled.blocs.size() >= 3);
}
