#include <algorithm>

#include <catch2/catch.hpp>

#include "fill/fill_form.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"

using namespace siofill;

namespace {

// The FilledForm owns its texts: the evidence may go once it is built.
doc::FilledForm fill_for(const std::string& form, const nlohmann::json& doc) {
  const forms::FormSpec* spec = forms::find_form(form);
  REQUIRE(spec != nullptr);
  return fill::fill_form(*spec, default_referentiel(), test::load_ok(doc));
}

std::string text_of(const doc::Item& item) {
  std::string s;
  for (const doc::Span& span : item.spans) s += span.text;
  return s;
}

std::string text_of(const doc::Cell& cell) {
  std::string s;
  for (const doc::Item& i : cell.items) s += (s.empty() ? "" : "\n") + text_of(i);
  return s;
}

const doc::Table& last_table(const doc::Section& s) {
  for (auto it = s.blocks.rbegin(); it != s.blocks.rend(); ++it)
    if (auto* t = std::get_if<doc::Table>(&*it)) return *t;
  FAIL("no table");
  throw;
}

}  // namespace

TEST_CASE("grille-b1 reproduces the seed grid: capacity row then one row per compétence") {
  auto doc = test::complete_evidence();
  doc["realisations"][0]["activites"].erase(2);  // B1.3 no longer covered
  const doc::FilledForm form = fill_for("grille-b1", doc);
  REQUIRE(form.sections.size() == 1);
  const doc::Section& s = form.sections[0];
  CHECK(s.orientation == doc::Orientation::Portrait);
  CHECK(std::get<doc::Heading>(s.blocks[0]).text == "BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2026");
  const doc::Table& t = last_table(s);
  REQUIRE(t.rows.size() == 1 + 1 + 6);
  CHECK(t.rows[0].header);
  CHECK(text_of(t.rows[0].cells[0]) == "Bloc 1 : compétences");
  CHECK(text_of(t.rows[0].cells[2]) == "Indicateurs de performance");
  CHECK(text_of(t.rows[1].cells[0]).rfind("Capacité à rendre compte d’un travail réalisé", 0) == 0);
  CHECK(t.rows[1].cells[1].items[0].checked);  // équipe + contribution
  const doc::Row& b11 = t.rows[2];
  CHECK(text_of(b11.cells[0].items[0]) == "B1.1 : Gérer le patrimoine informatique");
  CHECK(b11.cells[0].items.size() == 1 + 6);
  CHECK(b11.cells[0].items[1].kind == doc::Item::Kind::Bullet);
  CHECK(b11.cells[1].items[0].kind == doc::Item::Kind::Checkbox);
  CHECK(b11.cells[1].items[0].checked);
  CHECK(b11.cells[2].items.size() == 7);
  CHECK_FALSE(t.rows[4].cells[1].items[0].checked);  // B1.3
  CHECK(form.meta.author == "MARTIN Léa");
  CHECK(s.footer.find("02412345678") != std::string::npos);
}

TEST_CASE("synthese-b1 places réalisations under their rubrique with X marks and blank official rows") {
  auto doc = test::complete_evidence();
  auto r2 = doc["realisations"][0];
  r2["id"] = "R2";
  r2["cadre"] = "formation";
  r2["intitule"] = "=HYPERLINK(\"x\") <b>&</b>";
  r2["activites"] = {{{"competence", "B1.4.2"}}};
  r2.erase("debut");
  doc["realisations"].push_back(r2);
  const doc::FilledForm form = fill_for("synthese-b1", doc);
  const doc::Section& s = form.sections[0];
  CHECK(s.orientation == doc::Orientation::Landscape);
  const doc::Table& t = last_table(s);
  CHECK(t.widths.size() == 2 + 6);
  CHECK(text_of(t.rows[0].cells[2]) == "Gérer le patrimoine informatique");
  // header, then rubrique formation (1 + 10 rows), stage-1 (1 + 7), stage-2 (1 + 7)
  REQUIRE(t.rows.size() == 1 + 11 + 8 + 8);
  CHECK(text_of(t.rows[1].cells[0]) == "Réalisations en cours de formation");
  CHECK(t.rows[1].cells[0].colspan == 8);
  const doc::Row& r2row = t.rows[2];
  CHECK(text_of(r2row.cells[0].items[0]) == "=HYPERLINK(\"x\") <b>&</b>");
  CHECK(text_of(r2row.cells[1]) == "… au 20/06/25");
  std::vector<bool> marks;
  for (std::size_t i = 2; i < r2row.cells.size(); ++i) marks.push_back(r2row.cells[i].items[0].checked);
  CHECK(marks == std::vector<bool>{false, false, false, true, false, false});
  CHECK(r2row.cells[5].items[0].mark == "X");
  CHECK(t.rows[3].min_height > 0);  // blank official row
  const doc::Row& r1row = t.rows[12 + 1];
  CHECK(text_of(r1row.cells[0]).find("Cahier des charges") != std::string::npos);
  CHECK(text_of(r1row.cells[1]) == "12/05/25 au 20/06/25");
}

TEST_CASE("a rubrique over capacity grows instead of dropping réalisations; no cadre is printed apart") {
  auto doc = test::complete_evidence();
  for (int i = 2; i <= 13; ++i) {
    auto r = doc["realisations"][0];
    r["id"] = "R" + std::to_string(i);
    r["cadre"] = "formation";
    doc["realisations"].push_back(r);
  }
  doc["realisations"][1].erase("cadre");
  const doc::FilledForm form = fill_for("synthese-b1", doc);
  const doc::Table& t = last_table(form.sections[0]);
  std::size_t realisation_rows = 0;
  for (const doc::Row& r : t.rows)
    if (!r.cells.empty() && !r.cells[0].items.empty() &&
        text_of(r.cells[0].items[0]) == "Refonte du site web de l'entreprise")
      ++realisation_rows;
  CHECK(realisation_rows == 13);
  CHECK(text_of(t.rows.back().cells[0]).rfind("Refonte", 0) == 0);
  CHECK(std::any_of(t.rows.begin(), t.rows.end(), [](const doc::Row& r) {
    return text_of(r.cells[0]).rfind("Réalisations dont le cadre n’est pas renseigné", 0) == 0;
  }));
}

TEST_CASE("fiche-realisation gives one page per réalisation with its compétences ticked") {
  auto doc = test::complete_evidence();
  auto r2 = doc["realisations"][0];
  r2["id"] = "R2";
  r2["modalite"] = "seul";
  r2["activites"] = {{{"competence", "B1.6.2"}, {"description", "Veille Feedly"}}};
  doc["realisations"].push_back(r2);
  const doc::FilledForm form = fill_for("fiche-realisation", doc);
  const doc::Section& s = form.sections[0];
  CHECK(std::count_if(s.blocks.begin(), s.blocks.end(),
                      [](const doc::Block& b) { return std::holds_alternative<doc::PageBreak>(b); }) == 1);
  const doc::Table& t = last_table(s);
  auto row = [&](const std::string& label) -> const doc::Row& {
    for (const doc::Row& r : t.rows)
      if (text_of(r.cells[0]) == label) return r;
    FAIL("no row " << label);
    throw;
  };
  CHECK(text_of(row("N° de réalisation").cells[1]) == "2 (R2)");
  const doc::Cell& modalite = row("Modalité de réalisation").cells[1];
  CHECK(modalite.items[0].checked);
  CHECK_FALSE(modalite.items[1].checked);
  const doc::Cell& competences = row("Compétences travaillées").cells[1];
  REQUIRE(competences.items.size() == 6);
  CHECK(competences.items[5].checked);
  CHECK_FALSE(competences.items[0].checked);
  CHECK(text_of(row("Activités réalisées").cells[1]) == "B1.6.2 Veille Feedly");
  CHECK(text_of(row("Lieu de réalisation").cells[1]) == "(non renseigné)");
}

TEST_CASE("default forms follow the blocs the student is judged on") {
  auto doc = test::complete_evidence();
  std::vector<std::string> ids;
  const Evidence ev = test::load_ok(doc);
  for (const auto* f : fill::forms_for_student(default_referentiel(), ev)) ids.push_back(f->id);
  CHECK(ids == std::vector<std::string>{"fiche-realisation", "grille-b1", "synthese-b1"});
  doc["realisations"][0]["activites"].push_back({{"competence", "B2.2"}});
  ids.clear();
  const Evidence ev2 = test::load_ok(doc);
  for (const auto* f : fill::forms_for_student(default_referentiel(), ev2)) ids.push_back(f->id);
  CHECK(ids.back() == "synthese-b2");
  const doc::FilledForm e5 = fill_for("synthese-b2", doc);
  const doc::Table& t = last_table(e5.sections[0]);
  CHECK(text_of(t.rows[0].cells[2]) == "Concevoir une solution d’infrastructure réseau");
}

TEST_CASE("the dossier joins the student's forms in jury order, one part each, with bookmarks") {
  auto doc = test::complete_evidence();
  auto r2 = doc["realisations"][0];
  r2["id"] = "R2";
  doc["realisations"].push_back(r2);
  doc["realisations"][0]["activites"].push_back({{"competence", "B2.2"}});
  const doc::FilledForm dossier = fill_for("dossier", doc);
  CHECK(dossier.form_id == "dossier");
  CHECK(dossier.whole_part == "dossier");
  CHECK(dossier.meta.title == "Dossier d’examen – MARTIN Léa");
  std::vector<std::string> parts, marks;
  for (const doc::Section& s : dossier.sections) {
    parts.push_back(s.part);
    for (const doc::Bookmark& b : s.bookmarks) marks.push_back(std::to_string(b.level) + " " + b.title);
  }
  CHECK(parts == std::vector<std::string>{"grille", "synthèse bloc 1", "synthèse bloc 2", "fiches"});
  CHECK(marks == std::vector<std::string>{"1 Grille des compétences du bloc 1 (épreuve E5)",
                                          "1 Tableau de synthèse du bloc 1 (épreuve E5)",
                                          "1 Tableau de synthèse du bloc 2 (épreuve E6)",
                                          "1 Fiches descriptives de réalisation (épreuve E5)",
                                          "2 Réalisation 1 – Refonte du site web de l'entreprise",
                                          "2 Réalisation 2 – Refonte du site web de l'entreprise"});
  // The second réalisation's bookmark opens its fiche: right after the page break.
  const doc::Section& fiches = dossier.sections.back();
  const std::size_t at = fiches.bookmarks.back().block;
  REQUIRE(at > 0);
  CHECK(std::holds_alternative<doc::PageBreak>(fiches.blocks[at - 1]));
  CHECK(fiches.bookmarks[1].block == 0);
  // A form filled alone keeps its own bookmark and no part.
  const doc::FilledForm grille = fill_for("grille-b1", doc);
  CHECK(grille.sections[0].part.empty());
  CHECK(grille.whole_part.empty());
  REQUIRE(grille.sections[0].bookmarks.size() == 1);
}
