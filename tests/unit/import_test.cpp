// "siofill import" (notes -> evidence) and "siofill init" (skeleton), without I/O
// except reading tests/data/notes-seed-004.txt, a verbatim copy of seed 004.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "coverage/coverage.hpp"
#include "evidence/evidence_json_writer.hpp"
#include "evidence/evidence_loader.hpp"
#include "import/activity_text.hpp"
#include "import/label_matcher.hpp"
#include "import/note_lines.hpp"
#include "import/notes_importer.hpp"
#include "import/outline_reader.hpp"
#include "import/skeleton.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"
#include "text/did_you_mean.hpp"

using namespace siofill;
using namespace siofill::import;
using Json = nlohmann::ordered_json;

namespace {

std::string seed_notes() { return test::read_file(std::string(SIOFILL_TEST_DATA) + "/notes-seed-004.txt"); }

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  const std::size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

// The importer's result, with its evidence also as the JSON `siofill import` writes.
struct Imported : ImportResult {
  Json evidence;  // hides ImportResult::evidence, the model (r.ImportResult::evidence)
};

Imported import_text(const std::string& text, const ImportSettings& settings = {}) {
  OutlineError error;
  const std::optional<Outline> outline = read_outline(text, error);
  INFO(error.line << ": " << error.message);
  REQUIRE(outline.has_value());
  ImportResult r = import_notes(*outline, default_referentiel(), settings);
  Json json = evidence_json(r.evidence);
  return Imported{std::move(r), std::move(json)};
}

std::string reports(const std::vector<LineReport>& list) {
  std::string out;
  for (const LineReport& r : list) out += std::to_string(r.line) + ": " + r.message + "\n";
  return out;
}

const Json* realisation(const Imported& r, const std::string& organisation) {
  for (const Json& x : r.evidence["realisations"])
    if (x.value("organisation", "") == organisation) return &x;
  return nullptr;
}

const Json* to_complete(const Imported& r) {
  for (const Json& x : r.evidence["realisations"])
    if (x["id"] == kToCompleteId) return &x;
  return nullptr;
}

std::size_t count_code(const Json& real, const std::string& code) {
  return static_cast<std::size_t>(std::count_if(real["activites"].begin(), real["activites"].end(),
                                                [&](const Json& a) { return a["competence"] == code; }));
}

bool has_activity(const Json& real, const std::string& code, const std::string& description) {
  return std::any_of(real["activites"].begin(), real["activites"].end(), [&](const Json& a) {
    return a["competence"] == code && a.value("description", "") == description;
  });
}

Evidence load_imported(const Imported& r) {
  Diagnostics diagnostics;
  std::optional<Evidence> ev = load_evidence(r.evidence.dump(2), "import.json", default_referentiel(), diagnostics);
  for (const Diagnostic& d : diagnostics) UNSCOPED_INFO(format(d));
  REQUIRE(ev.has_value());
  return *ev;
}

}  // namespace

TEST_CASE("import: seed 004 is read whole, grouped by organisation") {
  const Imported r = import_text(seed_notes());
  INFO(reports(r.ignored) + reports(r.notes));
  CHECK(r.ignored.empty());         // B2 and B3 labels without activities are fine
  CHECK(r.option == Option::SLAM);  // "Bloc de compétences n°2 option B"

  const Json& reals = r.evidence["realisations"];
  REQUIRE(reals.size() == 3);
  CHECK(reals[0]["id"] == "R1");
  CHECK(reals[0]["organisation"] == "groupeCFR");
  CHECK(reals[0]["intitule"] == "Réalisations chez groupeCFR");
  CHECK(reals[1]["id"] == "R2");
  CHECK(reals[1]["organisation"] == "Yiriah");
  CHECK(reals[2]["id"] == kToCompleteId);
  CHECK(reals[2]["intitule"] == kToCompleteTitle);
  CHECK_FALSE(reals[2].contains("organisation"));

  const Json* cfr = realisation(r, "groupeCFR");
  const Json* yiriah = realisation(r, "Yiriah");
  const Json* orphans = to_complete(r);
  REQUIRE((cfr && yiriah && orphans));
  CHECK((*cfr)["activites"].size() == 31);
  CHECK((*yiriah)["activites"].size() == 14);
  CHECK(count_code(*cfr, "B1.1.5") == 2);
  CHECK(count_code(*cfr, "B1.3.2") == 3);
  CHECK(count_code(*yiriah, "B1.1.5") == 0);
  // A label split over two lines ("… sur les médias" + "numériques en tenant compte …").
  CHECK(has_activity(*yiriah, "B1.3.1", "Ajout d'une version anglaise au site web"));
  // "(groupeCFR / Yiriah)" counts for both.
  CHECK(has_activity(*cfr, "B1.1.6", "Creation de page Mentions Légales"));
  CHECK(has_activity(*yiriah, "B1.1.6", "Creation de page Mentions Légales"));
  CHECK(has_activity(*cfr, "B1.4.1", "Organisation en méthode agile/itérative"));
  CHECK(has_activity(*yiriah, "B1.4.1", "Organisation en méthode agile/itérative"));
  // "(Yiriah : https://…)" means Yiriah; the URL stays in the description.
  CHECK(has_activity(*yiriah, "B1.1.1",
                     "mise à disposition de l'outil swagger (https://kibaro-authentication-svc-cgqlclia4q-nw.a.run.app/"
                     "documentation/api/rest/swagger/#/Reports/get_v1_kibaro_reports__reportId_)"));
  // A URL outside the parentheses is part of the text.
  CHECK(has_activity(*cfr, "B1.3.2",
                     "Optimisation du contenu via la recherche de mots clefs https://ahrefs.com/free-seo-tools"));

  // Untagged activities, and remarks in parentheses that name no organisation.
  CHECK(has_activity(*orphans, "B1.2.1", "Redirection ou traitement selon l'objet de la demande"));
  CHECK(count_code(*orphans, "B1.6.1") == 2);
  CHECK(count_code(*orphans, "B1.6.4") == 3);
  CHECK(has_activity(*orphans, "B1.6.2", "Feedly"));
  CHECK(has_activity(*orphans, "B1.6.1", "Stage orienté machine learning Med Tour Easy (à distance en anglais)"));
  CHECK((*orphans)["activites"].size() == 8);

  REQUIRE(r.evidence.contains("lacunes"));
  CHECK(r.evidence["lacunes"] == Json::parse(R"j([{"competence": "B1.1.4", "note": "NON (à définir)"}])j"));

  // What only the student knows is left out, and listed.
  for (const Json& x : reals) {
    CHECK_FALSE(x.contains("cadre"));
    CHECK_FALSE(x.contains("debut"));
    CHECK_FALSE(x.contains("fin"));
  }
  const std::string todo = [&] {
    std::string s;
    for (const std::string& t : r.to_complete) s += t + "\n";
    return s;
  }();
  CHECK_THAT(todo, Catch::Contains("/realisations/0/cadre (formation, stage-1 ou stage-2)"));
  CHECK_THAT(todo, Catch::Contains("/realisations/1/debut"));
  CHECK_THAT(todo, Catch::Contains("/candidat/session (2026 par défaut)"));
  CHECK_THAT(todo, Catch::Contains("/candidat/nom"));
  // The seed's "Source:" line is a preamble, not a lost line.
  CHECK_THAT(reports(r.notes), Catch::Contains("1: préambule ignoré"));
}

TEST_CASE("import: seed 004 loads and covers B1.1 … B1.6 like the notes say") {
  const Imported r = import_text(seed_notes());
  const Evidence ev = load_imported(r);
  CHECK(ev.candidat.nom == "NOM");
  CHECK(ev.candidat.numero == "00000000000");
  CHECK(ev.candidat.session == 2026);
  const Referentiel& ref = default_referentiel();
  const BlocCoverage cov = compute_coverage(ref, *ref.bloc("B1", ev.candidat.option), ev);
  REQUIRE(cov.competences.size() == 6);
  CHECK(cov.covered_count() == 6);
  CHECK(cov.competences[0].covered_sous() == 5);  // B1.1: 5/6, B1.1.4 à définir
  CHECK(cov.competences[0].sous[3].lacune);
  CHECK(cov.competences[5].covered_sous() == 4);  // B1.6: 4/4
  const BlocCoverage b2 = compute_coverage(ref, *ref.bloc("B2", ev.candidat.option), ev);
  CHECK(b2.covered_count() == 0);
}

TEST_CASE("import: candidate fields from the command line are used") {
  ImportSettings s;
  s.candidat.nom = "LEFEBVRE";
  s.candidat.prenom = "Théo";
  s.candidat.numero = "02512345678";
  s.candidat.session = 2027;
  s.candidat.centre = "Lycée Exemple, Nantes";
  const Imported r = import_text(seed_notes(), s);
  const Json& c = r.evidence["candidat"];
  CHECK(c["nom"] == "LEFEBVRE");
  CHECK(c["prenom"] == "Théo");
  CHECK(c["numero"] == "02512345678");
  CHECK(c["session"] == 2027);
  CHECK(c["centre"] == "Lycée Exemple, Nantes");
  CHECK_FALSE(c.contains("portfolio"));
  CHECK(c["option"] == "SLAM");
  std::string todo;
  for (const std::string& t : r.to_complete) todo += t;
  CHECK_THAT(todo, !Catch::Contains("/candidat/nom"));
  CHECK_THAT(todo, !Catch::Contains("/candidat/session"));
  CHECK_THAT(todo, Catch::Contains("/candidat/portfolio"));
}

TEST_CASE("import: spaces instead of tabs, CRLF and a BOM give the same evidence") {
  const std::string notes = seed_notes();
  const Json expected = import_text(notes).evidence;
  CHECK(import_text(replace_all(notes, "\t", "    ")).evidence == expected);
  CHECK(import_text(replace_all(notes, "\t", "  ")).evidence == expected);
  CHECK(import_text("\xEF\xBB\xBF" + replace_all(notes, "\n", "\r\n")).evidence == expected);
  const Imported crlf = import_text(replace_all(notes, "\n", "\r\n"));
  CHECK(crlf.ignored.empty());
}

TEST_CASE("import: a typo in a label is forgiven, and said") {
  const std::string notes =
      replace_once(seed_notes(), "Gérer le patrimoine informatique", "Gérer le patrimoine informatiqe");
  const Imported r = import_text(notes);
  CHECK(r.ignored.empty());
  CHECK(r.evidence == import_text(seed_notes()).evidence);
  CHECK_THAT(reports(r.notes), Catch::Contains("5: « Gérer le patrimoine informatiqe » lu comme compétence B1.1"));
  // Accents, case, apostrophes and punctuation do not count at all.
  const Imported loose = import_text(replace_once(seed_notes(), "Gérer des sauvegardes", "GERER DES SAUVEGARDES."));
  CHECK(loose.ignored.empty());
  CHECK(loose.evidence == import_text(seed_notes()).evidence);
}

TEST_CASE("import: a label too far from the référentiel is reported with a suggestion") {
  const std::string notes =
      replace_once(seed_notes(), "- Planifier les activités", "- Planifer les activitées du projet");
  const Imported r = import_text(notes);
  REQUIRE(r.ignored.size() == 4);  // the label and the three activities under it
  CHECK(r.ignored[0].line == 69);
  CHECK_THAT(r.ignored[0].message,
             Catch::Contains("« Planifer les activitées du projet » ne correspond à aucune compétence du bloc 1") &&
                 Catch::Contains("— vouliez-vous dire « Planifier les activités » ?"));
  CHECK(r.ignored[1].line == 70);
  CHECK_THAT(r.ignored[1].message, Catch::Contains("sous la ligne 69"));
  // The rest is still imported.
  CHECK(count_code(*realisation(r, "groupeCFR"), "B1.4.2") == 0);
  CHECK(count_code(*realisation(r, "groupeCFR"), "B1.4.3") == 2);
  load_imported(r);
}

TEST_CASE("import: an unknown section is reported with its line numbers") {
  const std::string notes =
      seed_notes() + "\nBloc 4 : Cuisine\n\tRecette de la tarte\n\t\t# tarte aux pommes (groupeCFR)\n";
  const Imported r = import_text(notes);
  REQUIRE(r.ignored.size() == 3);
  CHECK(r.ignored[0].line == 193);
  CHECK_THAT(r.ignored[0].message,
             Catch::Contains("« Bloc 4 : Cuisine » : le référentiel n’a pas de bloc 4 (blocs : 1, 2, 3)"));
  CHECK(r.ignored[1].line == 194);
  CHECK_THAT(r.ignored[1].message, Catch::Contains("la section « Bloc 4 : Cuisine » de la ligne 193"));
  CHECK(r.ignored[2].line == 195);
  CHECK((*realisation(r, "groupeCFR"))["activites"].size() == 31);
}

TEST_CASE("import: a sous-compétence under the wrong compétence is placed by its wording") {
  // Decision: the wording wins over the position (the label is exact), with a note.
  std::string notes = seed_notes();
  const std::string block =
      "\t\t- Gérer des sauvegardes\n\t\t\t# creation de backup réguliers (groupeCFR)\n"
      "\t\t\t# creation de backup avant chaque gros changement (groupeCFR)\n\t\t\t\n";
  notes = replace_once(notes, block, "");
  notes = replace_once(notes, "\t\t- Traiter des demandes concernant les applications\n",
                       block + "\t\t- Traiter des demandes concernant les applications\n");
  const Imported r = import_text(notes);
  CHECK(r.ignored.empty());
  CHECK(count_code(*realisation(r, "groupeCFR"), "B1.1.5") == 2);
  CHECK(count_code(*realisation(r, "groupeCFR"), "B1.2.3") == 1);
  CHECK_THAT(reports(r.notes), Catch::Contains("sous-compétence B1.1.5 placée sous B1.2 : rattachée à B1.1"));
}

TEST_CASE("import: structure is read from relative indentation and content") {
  SECTION("a flat outline with markers only") {
    const Imported r = import_text(
        "Gérer le patrimoine informatique\n- Gérer des sauvegardes\n# sauvegarde du NAS (Acme)\n"
        "# test de restauration (Acme)\n- Vérifier les conditions de la continuité d’un service informatique\nNON (à "
        "définir)\n");
    INFO(reports(r.ignored));
    CHECK(r.ignored.empty());
    REQUIRE(r.evidence["realisations"].size() == 1);
    CHECK(count_code(r.evidence["realisations"][0], "B1.1.5") == 2);
    CHECK(r.evidence["lacunes"][0]["competence"] == "B1.1.4");
  }
  SECTION("an activity directly under a compétence, and one continued on the next line") {
    const Imported r = import_text(
        "Mettre à disposition des utilisateurs un service informatique\n"
        "   # démonstration aux utilisateurs (Acme)\n"
        "   - Déployer un service\n"
        "       # mise en ligne du site\n"
        "         sur le serveur de production (Acme)\n");
    INFO(reports(r.ignored));
    CHECK(r.ignored.empty());
    const Json& acts = r.evidence["realisations"][0]["activites"];
    REQUIRE(acts.size() == 2);
    CHECK(acts[0]["competence"] == "B1.5");
    CHECK(acts[1]["competence"] == "B1.5.2");
    CHECK(acts[1]["description"] == "mise en ligne du site sur le serveur de production");
  }
  SECTION("an activity before any compétence is reported") {
    const Imported r = import_text("# activité perdue (Acme)\nGérer des sauvegardes\n\t# sauvegarde (Acme)\n");
    REQUIRE(r.ignored.size() == 1);
    CHECK(r.ignored[0].line == 1);
    CHECK_THAT(r.ignored[0].message, Catch::Contains("placée avant toute compétence"));
  }
  SECTION("a file where nothing is recognised is not a preamble") {
    const Imported r = import_text("Liste de courses\npain\n");
    CHECK(r.ignored.size() == 2);
    CHECK(r.notes.empty());
  }
  SECTION("without a bloc 2 header the option is SISR and left to complete") {
    const Imported r = import_text("Gérer des sauvegardes\n\t# sauvegarde (Acme)\n");
    CHECK(r.option == Option::SISR);
    CHECK_THAT(r.to_complete.front(), Catch::Contains("/candidat/option (SISR par défaut"));
  }
  SECTION("the session year written in the notes") {
    const Imported r = import_text("BTS SIO session 2027\nGérer des sauvegardes\n\t# sauvegarde (Acme)\n");
    CHECK(r.evidence["candidat"]["session"] == 2027);
  }
}

TEST_CASE("import: organisations are the parenthesised names that recur, or are declared") {
  const std::string notes =
      "Gérer des sauvegardes\n\t# sauvegarde (Acme)\n\t# restauration (Acme / Mairie de Rennes)\n"
      "\t# veille (Feedly)\n\t# tests (à distance en anglais)\n\t# rien\n";
  const Imported r = import_text(notes);
  const Json& reals = r.evidence["realisations"];
  REQUIRE(reals.size() == 3);
  CHECK(reals[0]["organisation"] == "Acme");
  CHECK(reals[1]["organisation"] == "Mairie de Rennes");  // listed with a known organisation
  CHECK(reals[2]["id"] == kToCompleteId);
  CHECK(has_activity(reals[2], "B1.1.5", "veille (Feedly)"));
  CHECK(has_activity(reals[2], "B1.1.5", "tests (à distance en anglais)"));
  CHECK(has_activity(reals[2], "B1.1.5", "rien"));
  ImportSettings declared;
  declared.organisations = {"feedly"};
  const Imported d = import_text(notes, declared);
  CHECK(d.evidence["realisations"].size() == 4);
  CHECK(realisation(d, "Feedly") != nullptr);
}

TEST_CASE("import: pieces") {
  SECTION("outline: indentation and parents") {
    OutlineError e;
    auto o = read_outline(
        "\xEF\xBB\xBF"
        "a\n\tb\r\n  \n        c\rd\n",
        e);
    REQUIRE(o.has_value());
    REQUIRE(o->lines.size() == 4);
    CHECK(o->lines[0].text == "a");
    CHECK(o->lines[1].indent == 4);
    CHECK(o->lines[1].parent == 0);
    CHECK(o->lines[2].number == 4);
    CHECK(o->lines[2].indent == 8);
    CHECK(o->lines[2].parent == 1);
    CHECK(o->lines[3].parent == -1);
    CHECK_FALSE(read_outline("ok\nfa\xE9 (latin-1)\n", e).has_value());
    CHECK(e.line == 2);
  }
  SECTION("trailing organisation groups") {
    auto g = trailing_group("recensement (groupeCFR / Yiriah)");
    REQUIRE(g.has_value());
    CHECK(g->before == "recensement");
    CHECK(g->names == std::vector<std::string>{"groupeCFR", "Yiriah"});
    CHECK(g->all_names);
    g = trailing_group("swagger (Yiriah : https://x.example/a/#/b_ )");
    REQUIRE(g.has_value());
    CHECK(g->names == std::vector<std::string>{"Yiriah"});
    CHECK(g->urls == std::vector<std::string>{"https://x.example/a/#/b_"});
    CHECK_FALSE(trailing_group("pas de groupe").has_value());
    CHECK_FALSE(trailing_group("stage (à distance en anglais)")->all_names);
    CHECK(looks_like_name("groupeCFR"));
    CHECK(looks_like_name("Mairie de Rennes"));
    CHECK_FALSE(looks_like_name("en cours"));
    CHECK_FALSE(looks_like_name("2 semaines"));
    CHECK(clean_activity_text("#  creation\tde backup (X)\t\t") == "creation de backup (X)");
    CHECK(clean_activity_text("- Mettre à disposition***") == "Mettre à disposition");
  }
  SECTION("headers, gaps, options, labels") {
    CHECK(bloc_header_number("Bloc de compétences n°1 - Support") == 1);
    CHECK(bloc_header_number("Bloc de compétences n°2 option B « Solutions logicielles »") == 2);
    CHECK(bloc_header_number("BLOC 3 : cybersécurité") == 3);
    CHECK(bloc_header_number("Bloc : Cuisine") == 0);
    CHECK_FALSE(bloc_header_number("Blocage des ports").has_value());
    CHECK(option_named("Bloc de compétences n°2 option B") == Option::SLAM);
    CHECK(option_named("Bloc 2 option A") == Option::SISR);
    CHECK(option_named("… (SLAM)") == Option::SLAM);
    CHECK_FALSE(option_named("SISR ou SLAM").has_value());
    CHECK(is_gap_marker("NON (à définir)"));
    CHECK(is_gap_marker("non - a definir"));
    CHECK_FALSE(is_gap_marker("Non-régression des tests"));
    CHECK(fold_label("Assurer la cybersécurité d’une solution applicative et de son développement (SLAM)") ==
          "assurer la cybersecurite d une solution applicative et de son developpement");
    CHECK(fold_label("Prévenir les attaques (option SLAM)") == "prevenir les attaques");
    for (const auto& [a, b] :
         std::vector<std::pair<std::string, std::string>>{{"planifier les activites", "planifer les activitees"},
                                                          {"", "abc"},
                                                          {"gerer", "gerer"},
                                                          {"deployer un service", "deployer un serveur"},
                                                          {"éèà", "eea"}}) {
      const std::size_t exact = text::edit_distance(a, b);
      for (std::size_t limit = 0; limit < 6; ++limit)
        CHECK(bounded_distance(code_points_of(a), code_points_of(b), limit) == std::min(exact, limit + 1));
    }
    const LabelMatcher m(default_referentiel(), Option::SLAM);
    auto hit = m.closest(fold_label("Vérifier les conditions de la continuité d'un service informatique ***"), 2);
    REQUIRE(hit.has_value());
    CHECK(hit->label->id == "B1.1.4");
    CHECK(hit->distance == 0);
  }
}

TEST_CASE("init: the skeleton loads and explains each field") {
  SkeletonSettings s;
  const Json sk = make_skeleton(s);
  CHECK(sk["$schema"] == "siofill-evidence-1.schema.json");
  const Evidence ev = test::load_ok(nlohmann::json::parse(sk.dump()));
  REQUIRE(ev.realisations.size() == 3);
  CHECK(ev.realisations[0].cadre == Cadre::Formation);
  CHECK(ev.realisations[1].cadre == Cadre::Stage1);
  CHECK(ev.realisations[2].cadre == Cadre::Stage2);
  for (const Realisation& r : ev.realisations) {
    CHECK(r.activites.size() == 1);
    CHECK_THAT(r.intitule, Catch::Contains("(ex. : "));
  }
  CHECK_THAT(sk["realisations"][0]["intitule"].get<std::string>(), Catch::Contains("Déploiement d’un serveur GLPI"));

  s.candidat.nom = "MARTIN";
  s.candidat.option = Option::SLAM;
  s.candidat.numero = "02412345678";
  const Json given = make_skeleton(s);
  CHECK(given["candidat"]["nom"] == "MARTIN");
  CHECK(given["candidat"]["option"] == "SLAM");
  const auto todo = skeleton_to_complete(given, s.candidat);
  REQUIRE_FALSE(todo.empty());
  CHECK_THAT(todo[0], !Catch::Contains("/candidat/nom") && Catch::Contains("/candidat/prenom"));
  test::load_ok(nlohmann::json::parse(given.dump()));
}

TEST_CASE("import: the Evidence built reads back unchanged through the loader") {
  ImportSettings s;
  s.candidat.centre = "Lycée Exemple, Nantes";
  const Imported r = import_text(seed_notes(), s);
  const Evidence& built = r.ImportResult::evidence;
  REQUIRE(built.lacunes.size() == 1);
  const std::string text = evidence_json_text(built);
  Diagnostics diagnostics;
  const std::optional<Evidence> loaded = load_evidence(text, "import.json", default_referentiel(), diagnostics);
  for (const Diagnostic& d : diagnostics) UNSCOPED_INFO(format(d));
  REQUIRE(loaded.has_value());
  CHECK(evidence_json_text(*loaded) == text);
  CHECK(loaded->candidat.centre == "Lycée Exemple, Nantes");
  CHECK(loaded->candidat.option == built.candidat.option);
  CHECK(loaded->candidat.session == built.candidat.session);
  REQUIRE(loaded->realisations.size() == built.realisations.size());
  for (std::size_t i = 0; i < built.realisations.size(); ++i) {
    const Realisation& a = built.realisations[i];
    const Realisation& b = loaded->realisations[i];
    CHECK(b.id == a.id);
    CHECK(b.intitule == a.intitule);
    CHECK(b.organisation == a.organisation);
    REQUIRE(b.activites.size() == a.activites.size());
    for (std::size_t k = 0; k < a.activites.size(); ++k) {
      CHECK(b.activites[k].competence == a.activites[k].competence);
      CHECK(b.activites[k].description == a.activites[k].description);
    }
  }
  CHECK(loaded->lacunes[0].competence == built.lacunes[0].competence);
  CHECK(loaded->lacunes[0].note == built.lacunes[0].note);
}
