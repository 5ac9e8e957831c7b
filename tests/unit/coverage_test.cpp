#include <catch2/catch.hpp>

#include "coverage/coverage.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"

using namespace siofill;

namespace {
const Bloc& b1() { return *default_referentiel().bloc("B1", Option::SISR); }
}  // namespace

TEST_CASE("a sous-compétence covers its compétence; k/n counts sous-compétences") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["activites"] = {
      {{"competence", "B1.1.1"}}, {{"competence", "B1.1.5"}}, {{"competence", "B1.1.5"}}};
  const Evidence ev = test::load_ok(doc);
  const BlocCoverage cov = compute_coverage(default_referentiel(), b1(), ev);
  REQUIRE(cov.competences.size() == 6);
  CHECK(cov.competences[0].covered());
  CHECK(cov.competences[0].covered_sous() == 2);
  CHECK(cov.competences[0].sous.size() == 6);
  CHECK(cov.competences[0].realisations == std::vector<std::string>{"R1"});
  CHECK_FALSE(cov.competences[1].covered());
  CHECK(cov.covered_count() == 1);
}

TEST_CASE("naming a compétence directly covers it without covering a sous-compétence") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["activites"] = {{{"competence", "B1.5"}}};
  const BlocCoverage cov = compute_coverage(default_referentiel(), b1(), test::load_ok(doc));
  CHECK(cov.competences[4].covered());
  CHECK(cov.competences[4].covered_sous() == 0);
}

TEST_CASE("réalisations are listed once each, in evidence order") {
  auto doc = test::complete_evidence();
  auto r2 = doc["realisations"][0];
  r2["id"] = "R2";
  r2["modalite"] = "seul";
  doc["realisations"].push_back(r2);
  const BlocCoverage cov = compute_coverage(default_referentiel(), b1(), test::load_ok(doc));
  CHECK(cov.competences[0].realisations == std::vector<std::string>{"R1", "R2"});
  CHECK(cov.transversal);
  CHECK(cov.transversal_realisations == std::vector<std::string>{"R1"});
}

TEST_CASE("the transversal capacity needs a team réalisation with a contribution") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["contribution"] = "";
  CHECK_FALSE(compute_coverage(default_referentiel(), b1(), test::load_ok(doc)).transversal);
  doc["realisations"][0]["contribution"] = "x";
  doc["realisations"][0]["modalite"] = "seul";
  CHECK_FALSE(compute_coverage(default_referentiel(), b1(), test::load_ok(doc)).transversal);
}

TEST_CASE("indicators are gathered in référentiel order and lacunes are flagged") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["activites"] = {{{"competence", "B1.3.3"}, {"indicateurs", {"B1.3.i5", "B1.3.i1"}}},
                                         {{"competence", "B1.3"}, {"indicateurs", {"B1.3.i1"}}}};
  doc["lacunes"] = {{{"competence", "B1.1.4"}}};
  const BlocCoverage cov = compute_coverage(default_referentiel(), b1(), test::load_ok(doc));
  CHECK(cov.competences[2].indicateurs == std::vector<std::string>{"B1.3.i1", "B1.3.i5"});
  CHECK(cov.competences[0].sous[3].lacune);
  CHECK_FALSE(cov.competences[0].sous[3].covered());
}

TEST_CASE("marks per réalisation follow the compétence columns of the bloc") {
  auto doc = test::complete_evidence();
  doc["candidat"]["option"] = "SLAM";
  doc["realisations"][0]["activites"] = {{{"competence", "B1.2.1"}}, {{"competence", "B2.3.1"}}};
  const Evidence ev = test::load_ok(doc);
  const Referentiel& ref = default_referentiel();
  CHECK(realisation_marks(ref, b1(), ev.realisations[0], Option::SLAM) ==
        std::vector<bool>{false, true, false, false, false, false});
  const Bloc& b2 = *ref.bloc("B2", Option::SLAM);
  CHECK(realisation_marks(ref, b2, ev.realisations[0], Option::SLAM) == std::vector<bool>{false, false, true});
  CHECK(realisation_concerns(ref, b2, ev.realisations[0], Option::SLAM));
  CHECK_FALSE(realisation_concerns(ref, *ref.bloc("B3", Option::SLAM), ev.realisations[0], Option::SLAM));
}
