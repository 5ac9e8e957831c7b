#include <sstream>

#include <catch2/catch.hpp>

#include "coverage/coverage.hpp"
#include "evidence/evidence_loader.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "sequences/duration.hpp"
#include "sequences/plan_coverage.hpp"
#include "sequences/sequences_loader.hpp"
#include "test_support.hpp"

using namespace siofill;

namespace {

const std::string kSample = std::string(SIOFILL_TEST_DATA) + "/../../samples/sequences-b1.json";

SequencePlan sample_plan() {
  Diagnostics diagnostics;
  std::optional<SequencePlan> plan = load_sequences_file(kSample, default_referentiel(), diagnostics);
  for (const Diagnostic& d : diagnostics) UNSCOPED_INFO(format(d));
  REQUIRE(plan.has_value());
  return *plan;
}

nlohmann::json sample_json() { return nlohmann::json::parse(test::read_file(kSample)); }

std::vector<std::string> plan_errors(const nlohmann::json& doc) {
  Diagnostics diagnostics;
  CHECK_FALSE(load_sequences(doc.dump(), "plan.json", default_referentiel(), diagnostics).has_value());
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(format(d));
  return out;
}

// A student whose formation réalisation F1 cites `ids`, checked against the sample plan.
nlohmann::json citing(const std::vector<std::string>& ids) {
  nlohmann::json doc = test::complete_evidence();
  doc["realisations"].push_back(
      {{"id", "F1"}, {"cadre", "formation"}, {"sequences", ids}, {"activites", nlohmann::json::array()}});
  return doc;
}

std::optional<Evidence> load_with_plan(const nlohmann::json& doc, const SequencePlan& plan, Diagnostics& diagnostics) {
  return load_evidence(doc.dump(), "preuves.json", default_referentiel(), diagnostics, {},
                       SequenceSource{&plan, false});
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

// tests/data/sequences-b1-expected.txt is derived from seed 001 by
// tests/data/derive_sequences_b1.py; the sample, read by siofill's own loader,
// must give back every character (sous-compétences and indicateurs through the
// référentiel's texts).
TEST_CASE("samples/sequences-b1.json holds the five sequences of the plan word for word") {
  const SequencePlan plan = sample_plan();
  const Referentiel& ref = default_referentiel();
  std::ostringstream actual;
  for (const Sequence& s : plan.sequences) {
    const std::string& q = s.id;
    actual << "Q|" << q << "|" << s.intitule << "\n"
           << "M|" << q << "|" << s.semestre << "\n"
           << "H|" << q << "|" << s.duree << "\n";
    for (const auto& t : s.contexte) actual << "X|" << q << "|" << t << "\n";
    for (const auto& id : s.sous_competences)
      actual << "S|" << q << "|" << ref.sous_competence(id, Option::SISR).second->intitule << "\n";
    for (const auto& t : s.savoirs.technologiques) actual << "K|" << q << "|" << t << "\n";
    for (const auto& t : s.savoirs.economiques_juridiques_manageriaux) actual << "J|" << q << "|" << t << "\n";
    for (const auto& id : s.indicateurs)
      for (const Competence* c : ref.competences_of(*ref.bloc("B1", Option::SISR), Option::SISR))
        for (const Indicateur& i : c->indicateurs)
          if (i.id == id) actual << "I|" << q << "|" << i.texte << "\n";
    for (const auto& t : s.prerequis) actual << "P|" << q << "|" << t << "\n";
    for (std::size_t n = 0; n < s.seances.size(); ++n) {
      const Seance& se = s.seances[n];
      const std::string k = q + "." + std::to_string(n + 1);
      actual << "N|" << k << "|" << se.duree << "\n";
      for (const auto& t : se.taches) actual << "T|" << k << "|" << t << "\n";
      for (const auto& t : se.ressources) actual << "R|" << k << "|" << t << "\n";
      for (const auto& t : se.resultats) actual << "A|" << k << "|" << t << "\n";
    }
  }
  test::check_same_lines(actual.str(), std::string(SIOFILL_TEST_DATA) + "/sequences-b1-expected.txt");
  CHECK(plan.sequences.size() == 5);
}

TEST_CASE("durations as teachers write them") {
  CHECK(parse_duration("5.5h") == 330);
  CHECK(parse_duration("2h") == 120);
  CHECK(parse_duration("1h30") == 90);
  CHECK(parse_duration("30min") == 30);
  CHECK(parse_duration("1,5h") == 90);
  CHECK_FALSE(parse_duration("0h"));
  CHECK_FALSE(parse_duration("2"));
  CHECK_FALSE(parse_duration("2 h"));
  CHECK_FALSE(parse_duration("1h75"));
  CHECK_FALSE(parse_duration("h"));
  CHECK_FALSE(parse_duration("5.33h"));  // 5 h 19.8 min: not whole minutes
  CHECK(parse_duration("5.55h") == 333);
  CHECK_FALSE(parse_duration("99999999h"));
  CHECK(format_duration(330) == "5h30");
  CHECK(format_duration(120) == "2h");
  CHECK(format_duration(30) == "30min");
}

TEST_CASE("a bad sequences file is reported precisely, all at once") {
  nlohmann::json doc = sample_json();
  doc["sequences"][0]["sous_competences"][0] = "B1.1.7";
  doc["sequences"][0]["indicateurs"][0] = "B1.1.i9";
  doc["sequences"][1]["duree"] = "2 heures";
  doc["sequences"][2]["id"] = "1.1-A1";
  doc["sequences"][3]["indicateurs"].push_back("B1.2.i1");
  doc["sequences"][4]["seances"][0]["duree"] = "2h";
  doc["sequences"][4]["intitulé"] = "x";
  const auto errors = plan_errors(doc);
  CHECK(test::any_contains(errors,
                           "plan.json: /sequences/0/sous_competences/0 : sous-compétence « B1.1.7 » inconnue dans le "
                           "bloc B1 (B1.1.1 à B1.6.4)"));
  CHECK(test::any_contains(errors, "/sequences/0/indicateurs/0 : indicateur « B1.1.i9 » inconnu dans le bloc B1"));
  CHECK(
      test::any_contains(errors, "/sequences/1/duree : durée attendue comme \"2h\", \"5.5h\", \"1h30\" ou \"30min\""));
  CHECK(
      test::any_contains(errors, "/sequences/2/id : identifiant de séquence « 1.1-A1 » déjà utilisé par /sequences/0"));
  CHECK(test::any_contains(errors,
                           "/sequences/3/indicateurs/2 : l’indicateur « B1.2.i1 » juge la compétence B1.2, que cette "
                           "séquence ne travaille pas"));
  CHECK(test::any_contains(
      errors, "/sequences/4/duree : durée de la séquence (1h) différente de la somme de ses 1 séances (2h"));
  CHECK(test::any_contains(errors,
                           "/sequences/4/intitulé : clé inconnue « intitulé » — vouliez-vous dire « intitule » ?"));
}

TEST_CASE("a misspelt sous-compétence gets a did-you-mean, a compétence is refused with its range") {
  nlohmann::json doc = sample_json();
  doc["sequences"][0]["sous_competences"] = {"B11.1", "B1.1"};
  const auto errors = plan_errors(doc);
  CHECK(test::any_contains(errors,
                           "/sequences/0/sous_competences/0 : sous-compétence « B11.1 » inconnue dans le bloc B1"));
  CHECK(test::any_contains(errors, "vouliez-vous dire « B1.1.1 » ?"));
  CHECK(test::any_contains(
      errors,
      "/sequences/0/sous_competences/1 : « B1.1 » est une compétence : citez ses sous-compétences (B1.1.1 à B1.1.6)"));
}

TEST_CASE("the plan of seed 001 alone covers part of B1.1 and nothing of B1.2 to B1.6") {
  const SequencePlan plan = sample_plan();
  const PlanCoverage cov = compute_plan_coverage(default_referentiel(), plan);
  REQUIRE(cov.competences.size() == 6);
  const PlanCompetenceCoverage& b11 = cov.competences[0];
  CHECK(b11.covered());
  CHECK(b11.covered_sous() == 4);  // B1.1.1, B1.1.2, B1.1.3, B1.1.5
  CHECK(b11.sous[2].sequences == std::vector<std::string>{"1.1-B1", "1.1-A2"});
  CHECK(b11.sous[2].minutes == 240);
  CHECK(b11.sous[3].sequences.empty());
  CHECK(b11.minutes == 750);  // 5.5 + 2 + 2 + 2 + 1 hours
  std::vector<std::string> never;
  for (const Indicateur* i : b11.never_worked) never.push_back(i->id);
  CHECK(never == std::vector<std::string>{"B1.1.i4", "B1.1.i7"});
  for (std::size_t i = 1; i < 6; ++i) CHECK_FALSE(cov.competences[i].covered());
  CHECK_FALSE(cov.every_competence_mobilised());
  CHECK(cov.minutes == 750);
}

TEST_CASE("a formation réalisation citing sequences gets their compétences, indicateurs, intitulé and documents") {
  const SequencePlan plan = sample_plan();
  Diagnostics diagnostics;
  const auto ev = load_with_plan(citing({"1.1-A1", "1.1-B1"}), plan, diagnostics);
  for (const Diagnostic& d : diagnostics) UNSCOPED_INFO(format(d));
  REQUIRE(ev.has_value());
  const Realisation& f1 = ev->realisations.back();
  CHECK(f1.intitule ==
        "Explorer le patrimoine informatique d’une petite organisation (séquence 1.1-A1) ; Mettre en place un partage "
        "de fichiers simple entre des utilisateurs d’un même service (séquence 1.1-B1)");
  REQUIRE(f1.activites.size() == 2);
  CHECK(f1.activites[0].competence == "B1.1.1");
  CHECK(f1.activites[0].indicateurs == std::vector<std::string>{"B1.1.i1"});
  CHECK(f1.activites[0].pointer == "/realisations/1/sequences/0");
  CHECK(f1.activites[1].competence == "B1.1.3");
  CHECK(has(f1.documents, "Groupe statique de machines créé selon un critère."));
  CHECK(has(f1.documents,
            "Le partage est mis en place et accessible depuis les autres postes sur le même réseau physique."));
  const BlocCoverage cov =
      compute_coverage(default_referentiel(), *default_referentiel().bloc("B1", Option::SISR), *ev);
  CHECK(has(cov.competences[0].sous[0].realisations, "F1"));
  CHECK(has(cov.competences[0].sous[2].realisations, "F1"));
  CHECK(has(cov.competences[0].indicateurs, "B1.1.i3"));
}

TEST_CASE("the student's own intitulé, documents and activities win over the plan's") {
  const SequencePlan plan = sample_plan();
  nlohmann::json doc = citing({"1.1-B1"});
  auto& f1 = doc["realisations"].back();
  f1["intitule"] = "Partage de fichiers pour le service comptable";
  f1["documents"] = {"Mon compte rendu"};
  f1["activites"] = {{{"competence", "B1.1.3"}, {"description", "Droits NTFS du service"}}};
  Diagnostics diagnostics;
  const auto ev = load_with_plan(doc, plan, diagnostics);
  REQUIRE(ev.has_value());
  const Realisation& r = ev->realisations.back();
  CHECK(r.intitule == "Partage de fichiers pour le service comptable");
  CHECK(r.documents == std::vector<std::string>{"Mon compte rendu"});
  REQUIRE(r.activites.size() == 1);
  CHECK(r.activites[0].description == "Droits NTFS du service");
  CHECK(r.activites[0].indicateurs == std::vector<std::string>{"B1.1.i3"});
}

TEST_CASE("citing a sequence the plan lacks, or citing without a plan, is an input error") {
  const SequencePlan plan = sample_plan();
  Diagnostics diagnostics;
  CHECK_FALSE(load_with_plan(citing({"1.1-A1", "1.1B1"}), plan, diagnostics).has_value());
  REQUIRE(diagnostics.size() == 1);
  CHECK(format(diagnostics[0]).find("preuves.json: /realisations/1/sequences/1 : séquence « 1.1B1 » absente du plan") !=
        std::string::npos);
  CHECK(format(diagnostics[0]).find("vouliez-vous dire") != std::string::npos);

  diagnostics.clear();
  CHECK_FALSE(load_evidence(citing({"1.1-A1"}).dump(), "preuves.json", default_referentiel(), diagnostics).has_value());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.find("aucun plan de séquences n’est donné") != std::string::npos);

  nlohmann::json stage = citing({"1.1-A1"});
  stage["realisations"].back()["cadre"] = "stage-1";
  const auto errors = test::load_errors(stage);
  CHECK(test::any_contains(errors, "/realisations/1/sequences : seule une réalisation en cours de formation"));
}
