#include <sstream>

#include <catch2/catch.hpp>

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

TEST_CASE("bloc 1 of the embedded référentiel is word-exact with the official grid") {
  const Referentiel& ref = default_referentiel();
  const Bloc* b1 = ref.bloc("B1", Option::SISR);
  REQUIRE(b1 != nullptr);
  std::ostringstream actual;
  for (const CapaciteTransversale& t : b1->capacites_transversales) actual << "T|" << t.id << "|" << t.intitule << "\n";
  for (const Competence& c : b1->competences) {
    actual << "C|" << c.id << "|" << c.intitule << "\n";
    for (const SousCompetence& s : c.sous_competences) actual << "S|" << s.id << "|" << s.intitule << "\n";
    for (const Indicateur& i : c.indicateurs) actual << "I|" << i.id << "|" << escape_newlines(i.texte) << "\n";
  }
  const std::string expected = test::read_file(std::string(SIOFILL_TEST_DATA) + "/referentiel-b1-expected.txt");
  REQUIRE_FALSE(expected.empty());
  std::istringstream a(actual.str()), e(expected);
  std::string la, le;
  int line = 0;
  while (std::getline(e, le)) {
    ++line;
    INFO("line " << line);
    REQUIRE(std::getline(a, la));
    CHECK(la == le);
  }
  CHECK_FALSE(std::getline(a, la));
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
  CHECK(b11->savoirs.economiques_juridiques_manageriaux.at(4) ==
        "Contrat de prestation de service informatique et autres contrats liés à la gestion du patrimoine informatique");
}

TEST_CASE("bloc 2 depends on the option, bloc 3 has an option part") {
  const Referentiel& ref = default_referentiel();
  const Bloc* sisr = ref.bloc("B2", Option::SISR);
  const Bloc* slam = ref.bloc("B2", Option::SLAM);
  REQUIRE(sisr != nullptr);
  REQUIRE(slam != nullptr);
  CHECK(sisr != slam);
  CHECK(sisr->epreuve == "E5");
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
  const std::string dumped = referentiel_to_json(ref, all).dump();
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
                           {"epreuve", "E4"},
                           {"competences",
                            {{{"id", "B1.1"}, {"intitule", "A"}, {"sous_competences", nlohmann::json::array()}},
                             {{"id", "B1.1"}, {"intitule", "B"}, {"sous_competences", nlohmann::json::array()}},
                             {{"id", "X9"}, {"intitulé", "C"}, {"sous_competences", nlohmann::json::array()}}}}}}}};
  const auto errors = load_referentiel_errors(doc);
  CHECK(test::any_contains(errors, "/blocs/0/competences/1/id : identifiant « B1.1 » déjà utilisé par /blocs/0/competences/0/id"));
  CHECK(test::any_contains(errors, "/blocs/0/competences/2/id : identifiant « X9 » mal formé"));
  CHECK(test::any_contains(errors, "clé inconnue « intitulé » — vouliez-vous dire « intitule » ?"));
  CHECK(test::any_contains(errors, "champ obligatoire « intitule » absent"));
}
