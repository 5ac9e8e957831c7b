#include <algorithm>

#include <catch2/catch.hpp>

#include "embedded/embedded_files.hpp"
#include "forms/form_spec.hpp"
#include "forms/template_text.hpp"
#include "test_support.hpp"

using namespace siofill;
using namespace siofill::forms;

TEST_CASE("every built-in form loads") {
  const auto& all = builtin_forms();
  std::vector<std::string> ids;
  for (const FormSpec& f : all) ids.push_back(f.id);
  CHECK(ids == std::vector<std::string>{"dossier", "fiche-realisation", "grille-b1", "synthese-b1", "synthese-b2"});
}

TEST_CASE("the synthesis table keeps the official row capacities as data") {
  const std::vector<Rubrique> r = synthesis_rubriques("B1");
  REQUIRE(r.size() == 3);
  CHECK(r[0].cadre == Cadre::Formation);
  CHECK(r[0].capacite == 10);
  CHECK(r[1].capacite == 7);
  CHECK(r[2].capacite == 7);
  CHECK(r[2].intitule == "Réalisations en milieu professionnel en cours de seconde année");
}

TEST_CASE("templates render variables and unknown names are caught at load") {
  CHECK(render("{candidat.nom} – {x}", {{"candidat.nom", "MARTIN"}}) == "MARTIN – ");
  CHECK(placeholders("a {b} c {d.e}") == std::vector<std::string>{"b", "d.e"});
  Diagnostics diagnostics;
  Reporter report("f.json", diagnostics);
  const char* spec = R"({"format":"siofill-form/1","id":"x","description":"d","type":"grille","bloc":"B1",
    "orientation":"portrait","document":{"titre":"t","sujet":"s"},"titre":"{candidat.nmo}","identite":[],
    "colonnes":[1,1,1],"libelles":{"entete_competences":"","entete_case":"","entete_indicateurs":""}})";
  CHECK_FALSE(load_form_spec(spec, report).has_value());
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics) messages.push_back(format(d));
  CHECK(test::any_contains(messages,
                           "/titre : variable « {candidat.nmo} » inconnue — vouliez-vous dire « candidat.nom » ?"));
  CHECK(test::any_contains(messages, "libellé « competence » manquant"));
}

TEST_CASE("the built-in forms compiled at build time are what the loader reads from their JSON") {
  // builtin_forms() returns the C++ data written by siofill_compile_builtins
  // (linked into this test); reading each embedded JSON again must give the same values.
  std::vector<FormSpec> loaded;
  for (std::string_view name : embedded_files_under("forms/")) {
    Diagnostics diagnostics;
    Reporter report(std::string(name), diagnostics);
    std::optional<FormSpec> spec = load_form_spec(*embedded_file(name), report);
    REQUIRE(spec);
    loaded.push_back(std::move(*spec));
  }
  std::sort(loaded.begin(), loaded.end(), [](const FormSpec& a, const FormSpec& b) { return a.id < b.id; });
  const std::vector<FormSpec>& compiled = builtin_forms();
  REQUIRE(compiled.size() == loaded.size());
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    INFO("formulaire " << loaded[i].id);
    CHECK(compiled[i].libelles == loaded[i].libelles);
    CHECK(compiled[i].colonnes == loaded[i].colonnes);
    CHECK(compiled[i] == loaded[i]);
  }
  CHECK(compiled.size() >= 5);
}
