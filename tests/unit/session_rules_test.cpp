// Exam numbers and annex labels come from the référentiel's session rules:
// sessions up to 2024 print E4 and the 2023 circular's annex, sessions from
// 2025 print E5 and no annex, and a référentiel with other rules prints those.
#include <catch2/catch.hpp>

#include "evidence/evidence_loader.hpp"
#include "fill/fill_form.hpp"
#include "forms/form_aliases.hpp"
#include "forms/template_text.hpp"
#include "referentiel/referentiel_json.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"

using namespace siofill;

namespace {

void collect(const doc::Item& item, std::string& out) {
  for (const doc::Span& s : item.spans) out += s.text + "\n";
}

// Every text a reader of the form sees, document properties included.
std::string all_text(const doc::FilledForm& form) {
  std::string out = form.meta.title + "\n" + form.meta.subject + "\n" + form.meta.keywords + "\n";
  for (const doc::Section& s : form.sections) {
    out += s.footer + "\n";
    for (const doc::Block& b : s.blocks) {
      if (const auto* h = std::get_if<doc::Heading>(&b)) out += h->text + "\n";
      if (const auto* i = std::get_if<doc::Item>(&b)) collect(*i, out);
      if (const auto* t = std::get_if<doc::Table>(&b))
        for (const doc::Row& r : t->rows)
          for (const doc::Cell& c : r.cells)
            for (const doc::Item& i : c.items) collect(i, out);
    }
  }
  return out;
}

const std::string& subtitle(const doc::FilledForm& form) {
  return std::get<doc::Heading>(form.sections.at(0).blocks.at(1)).text;
}

doc::FilledForm fill_with(const std::string& form_id, int session, const Referentiel& ref = default_referentiel()) {
  auto doc = test::complete_evidence();
  doc["candidat"]["session"] = session;
  Diagnostics diagnostics;
  std::optional<Evidence> ev = load_evidence(doc.dump(), "preuves.json", ref, diagnostics);
  for (const Diagnostic& d : diagnostics) UNSCOPED_INFO(format(d));
  REQUIRE(ev.has_value());
  return fill::fill_form(*forms::find_form(form_id), ref, *ev);
}

// The embedded référentiel as JSON, to be edited by a test.
nlohmann::json embedded_json() {
  const Referentiel& ref = default_referentiel();
  std::vector<const Bloc*> blocs;
  for (const Bloc& b : ref.blocs) blocs.push_back(&b);
  std::vector<const SessionRules*> rules;
  for (const SessionRules& r : ref.regles) rules.push_back(&r);
  return nlohmann::json::parse(referentiel_to_json(ref, blocs, rules).dump());
}

std::optional<Referentiel> load(const nlohmann::json& doc, std::vector<std::string>& errors) {
  Diagnostics diagnostics;
  Reporter report("ref.json", diagnostics);
  std::optional<Referentiel> ref = load_referentiel(doc.dump(), report);
  for (const Diagnostic& d : diagnostics) errors.push_back(format(d));
  return ref;
}

}  // namespace

TEST_CASE("the embedded rules: E4/E5/E6 up to 2024, E5/E6/E7 from 2025") {
  const Referentiel& ref = default_referentiel();
  REQUIRE(ref.regles.size() == 2);
  const Bloc* b1 = ref.bloc("B1", Option::SISR);
  const Bloc* b2 = ref.bloc("B2", Option::SLAM);
  const Bloc* b3 = ref.bloc("B3", Option::SLAM);
  CHECK(ref.epreuve(*b1, 2021)->numero == "E4");
  CHECK(ref.epreuve(*b1, 2024)->numero == "E4");
  CHECK(ref.epreuve(*b2, 2024)->numero == "E5");
  CHECK(ref.epreuve(*b3, 2024)->numero == "E6");
  CHECK(ref.epreuve(*b1, 2025)->numero == "E5");
  CHECK(ref.epreuve(*b2, 2026)->numero == "E6");
  CHECK(ref.epreuve(*b3, 2030)->numero == "E7");
  CHECK(ref.epreuve(*b1, 2026)->intitule_for(Option::SISR) ==
        "Support et mise à disposition de services informatiques");
  CHECK(ref.epreuve(*b2, 2026)->intitule_for(Option::SISR) == "Administration des systèmes et des réseaux");
  CHECK(ref.epreuve(*b2, 2026)->intitule_for(Option::SLAM) == "Conception et développement d’applications");
  CHECK(ref.epreuve(*b3, 2026)->intitule_for(Option::SLAM) == "Cybersécurité des services informatiques");
  CHECK(ref.rules_for(2024)->annexe("synthese-b1") == "ANNEXE 6-1");
  CHECK(ref.rules_for(2026)->annexe("synthese-b1").empty());
  CHECK(ref.rules_for(2026)->source.find("8 juillet 2024") != std::string::npos);
  CHECK(ref.known_sessions() == "jusqu’à 2024 ; à partir de 2025");
}

TEST_CASE("session 2024 prints E4 and annexe 6-1, session 2026 prints E5 and no annex") {
  const doc::FilledForm s2024 = fill_with("synthese-b1", 2024);
  CHECK(subtitle(s2024) == "ANNEXE 6-1 : Tableau de synthèse des réalisations professionnelles (épreuve E4)");
  CHECK(all_text(s2024).find("E5") == std::string::npos);
  const doc::FilledForm s2026 = fill_with("synthese-b1", 2026);
  CHECK(subtitle(s2026) == "Tableau de synthèse des réalisations professionnelles (épreuve E5)");
  for (const char* form : {"grille-b1", "synthese-b1", "fiche-realisation"}) {
    INFO(form);
    const std::string text = all_text(fill_with(form, 2026));
    CHECK(text.find("E5") != std::string::npos);
    CHECK(text.find("E4") == std::string::npos);
    CHECK(text.find("ANNEXE") == std::string::npos);
    CHECK(all_text(fill_with(form, 2024)).find("E4") != std::string::npos);
  }
  CHECK(subtitle(fill_with("grille-b1", 2026)) ==
        "Bloc 1 – Support et mise à disposition de services informatiques (épreuve E5)");
}

TEST_CASE("a référentiel with other rules changes the printed numbers and annexes") {
  nlohmann::json doc = embedded_json();
  doc["regles_sessions"][1]["sessions"] = {{"de", 2025}, {"a", 2026}};
  doc["regles_sessions"][1]["epreuves"]["B1"]["numero"] = "U51";
  doc["regles_sessions"][1]["annexes"] = {{"synthese-b1", "ANNEXE 9-2"}, {"fiche-realisation", "ANNEXE 9-3"}};
  std::vector<std::string> errors;
  const std::optional<Referentiel> ref = load(doc, errors);
  REQUIRE(ref.has_value());
  CHECK(subtitle(fill_with("synthese-b1", 2026, *ref)) ==
        "ANNEXE 9-2 : Tableau de synthèse des réalisations professionnelles (épreuve U51)");
  CHECK(subtitle(fill_with("fiche-realisation", 2026, *ref)).rfind("ANNEXE 9-3 : Fiche descriptive", 0) == 0);
  // Session 2027 is now outside every range: an input error on /candidat/session.
  auto ev = test::complete_evidence();
  ev["candidat"]["session"] = 2027;
  Diagnostics diagnostics;
  CHECK_FALSE(load_evidence(ev.dump(), "preuves.json", *ref, diagnostics).has_value());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].pointer == "/candidat/session");
  CHECK(diagnostics[0].message ==
        "session 2027 : le référentiel ne dit pas quelles épreuves la jugent (sessions connues : jusqu’à 2024 ; "
        "de 2025 à 2026)");
}

TEST_CASE("the session rules are checked strictly, in French") {
  nlohmann::json doc = embedded_json();
  doc["regles_sessions"][1]["sessions"]["de"] = 2024;  // overlaps "jusqu’à 2024"
  doc["regles_sessions"][1]["epreuves"].erase("B3");   // a bloc without exam
  doc["regles_sessions"][1]["epreuves"]["B9"] = {{"numero", "E9"}, {"intitule", "x"}};
  doc["regles_sessions"][1]["annexes"] = {{"synthese-e4", "ANNEXE 1"}, {"synthese-b3", "ANNEXE 2"}};
  doc["regles_sessions"][0]["epreuves"]["B2"]["intitule"].erase("SLAM");  // bloc 2 exists for SLAM too
  doc["regles_sessions"][0]["sessions"]["a"] = "2024";
  doc["blocs"][0]["epreuve"] = "E4";  // the old place of the number
  std::vector<std::string> errors;
  CHECK_FALSE(load(doc, errors).has_value());
  CHECK(test::any_contains(errors,
                           "/regles_sessions/1/sessions : sessions « à partir de 2024 » : chevauchent celles de "
                           "/regles_sessions/0/sessions"));
  CHECK(test::any_contains(
      errors, "/regles_sessions/1/epreuves : épreuve du bloc B3 absente pour les sessions à partir de 2024"));
  CHECK(test::any_contains(errors, "/regles_sessions/1/epreuves/B9 : bloc « B9 » absent du référentiel"));
  CHECK(test::any_contains(errors,
                           "/regles_sessions/1/annexes/synthese-e4 : « synthese-e4 » est l’ancien nom du formulaire "
                           "« synthese-b1 »"));
  CHECK(test::any_contains(errors, "/regles_sessions/1/annexes/synthese-b3 : formulaire « synthese-b3 » inconnu"));
  CHECK(test::any_contains(errors, "/regles_sessions/0/epreuves/B2/intitule : champ obligatoire « SLAM » absent"));
  CHECK(test::any_contains(errors, "/regles_sessions/0/sessions/a : nombre entier entre 1990 et 2200 attendu"));
  CHECK(test::any_contains(errors, "/blocs/0/epreuve : le numéro d’épreuve ne se donne plus par bloc"));

  nlohmann::json none = embedded_json();
  none.erase("regles_sessions");
  errors.clear();
  CHECK_FALSE(load(none, errors).has_value());
  CHECK(test::any_contains(errors, "champ obligatoire « regles_sessions » absent"));
}

TEST_CASE("the rules round-trip through referentiel --json") {
  std::vector<std::string> errors;
  const std::optional<Referentiel> again = load(embedded_json(), errors);
  REQUIRE(again.has_value());
  REQUIRE(again->regles.size() == 2);
  CHECK_FALSE(again->regles[0].sessions.de.has_value());
  CHECK(*again->regles[0].sessions.a == 2024);
  CHECK(again->regles[0].annexes.at("synthese-b1") == "ANNEXE 6-1");
  CHECK(again->regles[1].epreuves.at("B2").intitule_par_option.at(Option::SLAM) ==
        "Conception et développement d’applications");
}

TEST_CASE("template sections print only what is known") {
  using forms::render;
  const std::string tmpl = "{#form.annexe}{form.annexe} : {/form.annexe}Tableau (épreuve {bloc.epreuve})";
  CHECK(render(tmpl, {{"form.annexe", "ANNEXE 6-1"}, {"bloc.epreuve", "E4"}}) == "ANNEXE 6-1 : Tableau (épreuve E4)");
  CHECK(render(tmpl, {{"form.annexe", ""}, {"bloc.epreuve", "E5"}}) == "Tableau (épreuve E5)");
  CHECK(render(tmpl, {{"bloc.epreuve", "E5"}}) == "Tableau (épreuve E5)");
  CHECK(forms::placeholders(tmpl) ==
        std::vector<std::string>{"form.annexe", "form.annexe", "form.annexe", "bloc.epreuve"});
  CHECK_FALSE(forms::section_problem(tmpl));
  CHECK(*forms::section_problem("{#form.annexe}x") ==
        "section « {#form.annexe} » jamais fermée par « {/form.annexe} »");
  CHECK(forms::section_problem("x{/form.annexe}")->find("ne ferme aucune section") != std::string::npos);
  CHECK(forms::section_problem("{#a}{#b}{/b}{/a}")->find("ne s’imbriquent pas") != std::string::npos);
}

TEST_CASE("old form ids map to the new ones") {
  CHECK(forms::renamed_form("synthese-e4") == "synthese-b1");
  CHECK(forms::renamed_form("synthese-e5") == "synthese-b2");
  CHECK_FALSE(forms::renamed_form("synthese-b1"));
  CHECK(forms::find_form("synthese-e4") == nullptr);
}
