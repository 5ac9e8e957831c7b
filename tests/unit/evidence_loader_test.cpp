#include <catch2/catch.hpp>

#include "evidence/evidence_loader.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"

using namespace siofill;
using test::any_contains;

TEST_CASE("a complete evidence file loads with every field") {
  const Evidence ev = test::load_ok(test::complete_evidence());
  CHECK(ev.candidat.numero == "02412345678");
  CHECK(ev.candidat.option == Option::SISR);
  REQUIRE(ev.realisations.size() == 1);
  const Realisation& r = ev.realisations[0];
  CHECK(r.cadre == Cadre::Stage1);
  CHECK(r.modalite == Modalite::Equipe);
  CHECK(r.debut == Date{2025, 5, 12});
  CHECK(r.fin->jjmmaa() == "20/06/25");
  CHECK(r.activites.size() == 6);
  CHECK(r.activites[0].pointer == "/realisations/0/activites/0");
}

TEST_CASE("texts are normalised to NFC and trimmed") {
  auto doc = test::complete_evidence();
  doc["candidat"]["prenom"] =
      "  Le\xCC\x81"
      "a ";
  doc["realisations"][0]["intitule"] = "ligne 1\r\nligne 2";
  const Evidence ev = test::load_ok(doc);
  CHECK(ev.candidat.prenom == "Léa");
  CHECK(ev.realisations[0].intitule == "ligne 1\nligne 2");
}

TEST_CASE("malformed JSON gives line and column") {
  const auto errors =
      test::load_errors_text("{\n  \"format\": \"siofill-evidence/1\",\n  \"candidat\": {\n    \"nom\" \"X\"\n  }\n}");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("test.json:4:11: JSON mal formé", 0) == 0);
  CHECK(any_contains(errors, "attendu : « : »"));
}

TEST_CASE("every error of a file is reported at once") {
  auto doc = test::complete_evidence();
  doc["candidat"]["session"] = "2026";
  doc["candidat"]["numero"] = 2412345678;
  doc["realisations"][0]["intitulé"] = "x";
  doc["realisations"][0]["debut"] = "2025-13-01";
  doc["realisations"][0]["activites"][0]["competence"] = "B1.7";
  const auto errors = test::load_errors(doc);
  CHECK(errors.size() == 5);
  CHECK(
      any_contains(errors, "/candidat/session : nombre entier entre 2020 et 2100 attendu, reçu une chaîne (\"2026\")"));
  CHECK(any_contains(errors, "/candidat/numero : le numéro de candidat doit être une chaîne entre guillemets"));
  CHECK(
      any_contains(errors, "/realisations/0/intitulé : clé inconnue « intitulé » — vouliez-vous dire « intitule » ?"));
  CHECK(any_contains(errors, "/realisations/0/debut : date attendue au format AAAA-MM-JJ"));
  CHECK(any_contains(errors, "/realisations/0/activites/0/competence : code « B1.7 » inconnu"));
}

TEST_CASE("dates must be real calendar days, in order") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["debut"] = "2025-02-29";
  CHECK(any_contains(test::load_errors(doc), "/realisations/0/debut : date attendue"));
  doc["realisations"][0]["debut"] = "2025-07-01";
  CHECK(
      any_contains(test::load_errors(doc), "/realisations/0/fin : la fin (2025-06-20) précède le début (2025-07-01)"));
  CHECK(parse_iso_date("2024-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2024-2-29").has_value());
}

TEST_CASE("codes are resolved for the candidate's option") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["activites"].push_back({{"competence", "B2.1.11"}});
  CHECK(
      any_contains(test::load_errors(doc), "« B2.1.11 » appartient à l’option SLAM ; le candidat est en option SISR"));
  doc["candidat"]["option"] = "SLAM";
  CHECK(test::load_ok(doc).realisations[0].activites.back().competence == "B2.1.11");
}

TEST_CASE("indicators must belong to the compétence of the activity") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["activites"][2]["indicateurs"] = {"B1.3.i5", "B1.2.i1", "B1.3.i9"};
  const auto errors = test::load_errors(doc);
  CHECK(errors.size() == 2);
  CHECK(any_contains(errors, "/activites/2/indicateurs/1 : l’indicateur « B1.2.i1 » appartient à B1.2, pas à B1.3"));
  CHECK(any_contains(
      errors, "/activites/2/indicateurs/2 : indicateur « B1.3.i9 » inconnu (indicateurs de B1.3 : B1.3.i1 à B1.3.i5)"));
}

TEST_CASE("control characters, duplicate keys and duplicate ids are refused") {
  auto doc = test::complete_evidence();
  doc["candidat"]["nom"] = std::string("MAR\x07TIN");
  doc["realisations"].push_back(doc["realisations"][0]);
  const auto errors = test::load_errors(doc);
  CHECK(any_contains(errors, "/candidat/nom : caractère de contrôle U+0007 interdit"));
  CHECK(
      any_contains(errors, "/realisations/1/id : identifiant de réalisation « R1 » déjà utilisé par /realisations/0"));
  const auto dup = test::load_errors_text(R"({"format":"siofill-evidence/1","format":"x"})");
  CHECK(any_contains(dup, "/format : clé « format » présente deux fois"));
}

TEST_CASE("nesting depth and sizes are limited, never a crash") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(any_contains(test::load_errors_text(deep), "imbrication trop profonde"));
  auto doc = test::complete_evidence();
  doc["realisations"][0]["intitule"] = std::string(25000, 'a');
  CHECK(any_contains(test::load_errors(doc),
                     "/realisations/0/intitule : texte trop long (25000 caractères ; au plus 20000)"));
  CHECK(any_contains(test::load_errors_text(""), "fichier vide"));
  CHECK(any_contains(test::load_errors_text(std::string("{\"a\":\"\0\"}", 9)), "octet nul"));
}

TEST_CASE("a UTF-8 BOM is accepted and lacunes are read") {
  auto doc = test::complete_evidence();
  doc["lacunes"] = {{{"competence", "B1.1.4"}, {"note", "NON (à définir)"}}};
  const Evidence ev = test::load_ok(nlohmann::json::parse("\xEF\xBB\xBF" + doc.dump()));
  REQUIRE(ev.lacunes.size() == 1);
  CHECK(ev.lacunes[0].note == "NON (à définir)");
}
