// evidence/evidence_json_writer: every field of a loaded Evidence is written
// back, in the format's order, and reads back the same.
#include <string>

#include <catch2/catch.hpp>

#include "evidence/evidence_json_writer.hpp"
#include "evidence/evidence_loader.hpp"
#include "test_support.hpp"

using namespace siofill;

TEST_CASE("evidence writer: a loaded evidence is written back as it was") {
  nlohmann::json doc = test::complete_evidence();
  doc["realisations"][0]["lieu"] = "Nantes";
  doc["realisations"][0]["conditions"] = "En équipe de trois";
  doc["realisations"][0]["ressources"] = "MariaDB";
  doc["realisations"][0]["acces_productions"] = "https://git.example/site";
  doc["realisations"][0]["activites"][0]["indicateurs"] = {"B1.1.i1"};
  doc["lacunes"] = {{{"competence", "B1.1.4"}, {"note", "NON (à définir)"}}};
  const Evidence ev = test::load_ok(doc);
  const std::string text = evidence_json_text(ev);
  CHECK(nlohmann::json::parse(text) == doc);
  CHECK(text.rfind("{\n  \"format\": \"siofill-evidence/1\",\n  \"candidat\": {\n    \"nom\"", 0) == 0);
  CHECK(text.back() == '\n');
  CHECK(evidence_json_text(test::load_ok(nlohmann::json::parse(text))) == text);
}

TEST_CASE("evidence writer: empty texts and unset choices are left out; $schema comes first") {
  Evidence ev;
  ev.candidat = Candidat{"MARTIN", "Léa", "02412345678", Option::SLAM, 2026, "", ""};
  Realisation r;
  r.id = "R1";
  r.intitule = "Site web";
  r.activites.push_back(Activite{"B1.3.3", "", {}, ""});
  ev.realisations.push_back(r);
  const nlohmann::ordered_json j = evidence_json(ev, EvidenceJsonOptions{"siofill-evidence-1.schema.json"});
  CHECK(j.dump() ==
        R"({"$schema":"siofill-evidence-1.schema.json","format":"siofill-evidence/1","candidat":{"nom":"MARTIN",)"
        R"("prenom":"Léa","numero":"02412345678","option":"SLAM","session":2026},"realisations":[{"id":"R1",)"
        R"("intitule":"Site web","activites":[{"competence":"B1.3.3"}]}]})");
}
