#include <algorithm>

#include <catch2/catch.hpp>

#include "coverage/exam_rules.hpp"
#include "forms/form_spec.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"

using namespace siofill;

namespace {

CheckResult check(const nlohmann::json& doc) {
  const Referentiel& ref = default_referentiel();
  const Evidence ev = test::load_ok(doc);
  std::vector<ExamScope> scopes;
  for (const Bloc* b : blocs_to_check(ref, ev)) scopes.push_back(ExamScope{b, forms::synthesis_rubriques(b->id)});
  return check_exam_rules(ref, ev, scopes);
}

const Finding* find(const CheckResult& r, const std::string& code) {
  auto it = std::find_if(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return f.code == code; });
  return it == r.findings.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("complete evidence is ready") {
  const CheckResult r = check(test::complete_evidence());
  for (const Finding& f : r.findings) UNSCOPED_INFO(f.message);
  CHECK(r.status == Status::Ready);
  CHECK(r.findings.empty());
}

TEST_CASE("a compétence mobilised by no réalisation blocks, with the exam's reason") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["activites"].erase(2);  // B1.3.3
  const CheckResult r = check(doc);
  CHECK(r.status == Status::Blocked);
  const Finding* f = find(r, "competence-non-mobilisee");
  REQUIRE(f != nullptr);
  CHECK(f->blocking);
  CHECK(f->message ==
        "La compétence B1.3 « Développer la présence en ligne de l’organisation » n’est mobilisée par aucune "
        "réalisation : le tableau de synthèse E5 doit couvrir toutes les compétences du bloc.");
}

TEST_CASE("empty intitulé, missing cadre and a réalisation ending after the session block") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["intitule"] = "  ";
  CHECK(find(check(doc), "intitule-vide") != nullptr);
  doc = test::complete_evidence();
  doc["realisations"][0].erase("cadre");
  CHECK(check(doc).status == Status::Blocked);
  CHECK(find(check(doc), "cadre-absent") != nullptr);
  doc = test::complete_evidence();
  doc["realisations"][0]["fin"] = "2026-09-15";
  const CheckResult r = check(doc);
  REQUIRE(find(r, "fin-apres-session") != nullptr);
  CHECK(find(r, "fin-apres-session")->message.find("se termine le 15/09/26, après la session d’examen 2026") !=
        std::string::npos);
}

TEST_CASE("warnings do not block") {
  auto doc = test::complete_evidence();
  doc["realisations"][0].erase("debut");
  doc["candidat"].erase("portfolio");
  doc["lacunes"] = {{{"competence", "B1.1.4"}, {"note", "NON (à définir)"}}};
  const CheckResult r = check(doc);
  CHECK(r.status == Status::Warning);
  CHECK(find(r, "periode-incomplete") != nullptr);
  CHECK(find(r, "portfolio-absent") != nullptr);
  REQUIRE(find(r, "lacune") != nullptr);
  CHECK(find(r, "lacune")->message ==
        "B1.1.4 « Vérifier les conditions de la continuité d’un service informatique » est marquée à définir : "
        "aucune activité ne la couvre encore.");
}

TEST_CASE("a rubrique over its official capacity is a warning naming the numbers") {
  auto doc = test::complete_evidence();
  for (int i = 2; i <= 12; ++i) {
    auto r = doc["realisations"][0];
    r["id"] = "R" + std::to_string(i);
    r["cadre"] = "formation";
    doc["realisations"].push_back(r);
  }
  const CheckResult r = check(doc);
  CHECK(r.status == Status::Warning);
  const Finding* f = find(r, "rubrique-pleine");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("« Réalisations en cours de formation » du tableau E5 compte 11 réalisations pour 10 lignes") !=
        std::string::npos);
}

TEST_CASE("bloc 2 is judged only when the evidence cites it") {
  auto doc = test::complete_evidence();
  CHECK(blocs_to_check(default_referentiel(), test::load_ok(doc)).size() == 1);
  doc["realisations"][0]["activites"].push_back({{"competence", "B2.1.1"}});
  const CheckResult r = check(doc);
  CHECK(r.status == Status::Blocked);
  CHECK(std::count_if(r.findings.begin(), r.findings.end(),
                      [](const Finding& f) { return f.code == "competence-non-mobilisee"; }) == 2);
}
