#include "sample_forms.hpp"

#include <utility>
#include <variant>

#include "real_forms.hpp"

namespace siofill::xlsx_test {
namespace {

using nlohmann::json;

doc::Cell cell(std::vector<doc::Item> items, int colspan = 1, bool shaded = false,
               doc::VAlign valign = doc::VAlign::Top) {
  doc::Cell c;
  c.items = std::move(items);
  c.colspan = colspan;
  c.shaded = shaded;
  c.valign = valign;
  return c;
}

doc::Row row(std::vector<doc::Cell> cells, bool header = false, double min_height = 0) {
  doc::Row r;
  r.cells = std::move(cells);
  r.header = header;
  r.min_height = min_height;
  return r;
}

doc::Item label(const std::string& s) { return doc::text_item(s, doc::Style::Label); }

// The identity block every form starts with: label | value over two
// columns, or label | box | box.
doc::Table identity(const std::string& name, const std::string& numero, bool slam) {
  doc::Table t;
  t.widths = {28, 36, 36};
  t.rows.push_back(row({cell({label("NOM et prénom")}, 1, true), cell({doc::text_item(name)}, 2)}));
  t.rows.push_back(row({cell({label("N° candidat")}, 1, true), cell({doc::text_item(numero)}, 2)}));
  t.rows.push_back(row({cell({label("Option")}, 1, true), cell({doc::checkbox_item(!slam, "SISR")}),
                        cell({doc::checkbox_item(slam, "SLAM")})}));
  return t;
}

json row_expect(const std::string& sheet, std::vector<std::string> cells) {
  return json{{"sheet", sheet}, {"cells", cells}};
}

std::string join(const std::vector<std::string>& lines, const std::string& prefix = "") {
  std::string s;
  for (std::size_t i = 0; i < lines.size(); ++i) s += (i ? "\n" : "") + prefix + lines[i];
  return s;
}

// What a reader must find in the workbook of a real form, read from the model:
// each table row with some text shows its cells' texts in consecutive cells
// (items one a line, bullets "• ", boxes ☒/☐ before their label, "X" columns
// their mark or nothing).
std::string cell_text(const doc::Cell& cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.items.size(); ++i) {
    const doc::Item& item = cell.items[i];
    std::string text;
    for (const doc::Span& span : item.spans) text += span.text;
    if (item.kind == doc::Item::Kind::Bullet) text = "• " + text;
    if (item.kind == doc::Item::Kind::Checkbox)
      text = !item.mark.empty() ? (item.checked ? item.mark : "")
                                : (item.checked ? "☒" : "☐") + (text.empty() ? "" : " " + text);
    out += (i ? "\n" : "") + text;
  }
  return out;
}

json rows_of(const doc::FilledForm& form, const std::string& sheet) {
  json rows = json::array();
  for (const doc::Block& block : form.sections.at(0).blocks)
    if (const auto* table = std::get_if<doc::Table>(&block))
      for (const doc::Row& r : table->rows) {
        std::vector<std::string> cells;
        bool any = false;
        for (const doc::Cell& c : r.cells) any |= !(cells.emplace_back(cell_text(c))).empty();
        if (any) rows.push_back(row_expect(sheet, cells));
      }
  return rows;
}

// The first cell of the first table's header row: repeated at the top of each printed page.
std::string repeated_cell(const doc::FilledForm& form) {
  for (const doc::Block& block : form.sections.at(0).blocks)
    if (const auto* table = std::get_if<doc::Table>(&block))
      for (const doc::Row& r : table->rows)
        if (r.header) return cell_text(r.cells.at(0));
  return {};
}

json sheet_of(const doc::FilledForm& form) {
  const doc::Section& section = form.sections.at(0);
  return {{"name", form.form_id},
          {"orientation", section.orientation == doc::Orientation::Landscape ? "landscape" : "portrait"},
          {"repeat_first_cell", repeated_cell(form)},
          {"footer", section.footer}};
}

// The real grille-b1 (tests/support/real_forms.hpp), boxes ☒ ☒ ☐ ☒ ☒ ☐.
Sample grid_sample() {
  Sample s{"grille", test_support::real_form("grille-b1", test_support::grid_evidence()), {}};
  const std::string sheet = s.form.form_id;
  json boxes = json::array({json{{"sheet", sheet}, {"text", "☐"}, {"values", {"☒", "☐"}}},
                            json{{"sheet", sheet}, {"text", "☐ SISR"}, {"values", {"☒ SISR", "☐ SISR"}}}});
  s.expected = {{"sheets", {sheet_of(s.form)}},
                {"rows", rows_of(s.form, sheet)},
                {"boxes", boxes},
                {"bold", {"NOM et prénom", "Bloc 1 : compétences"}},
                {"properties",
                 {{"title", s.form.meta.title},
                  {"subject", s.form.meta.subject},
                  {"creator", s.form.meta.author},
                  {"keywords", s.form.meta.keywords}}}};
  return s;
}

// The real synthese-b1 with 40 réalisations: landscape, "X" columns, several pages.
Sample synthesis_sample() {
  Sample s{"synthese", test_support::real_form("synthese-b1", test_support::many_realisations_evidence(40)), {}};
  const std::string sheet = s.form.form_id;
  s.expected = {{"sheets", {sheet_of(s.form)}},
                {"rows", rows_of(s.form, sheet)},
                {"boxes", json::array({json{{"sheet", sheet}, {"text", "X"}, {"values", {"X"}}}})},
                {"min_pages", 3}};
  return s;
}

}  // namespace

std::string long_text(std::size_t chars) {
  static const std::vector<std::string> words = {"réalisation", "professionnelle", "déploiement", "d’un",
                                                 "service",     "informatique",    "avec",        "sauvegarde",
                                                 "et",          "supervision",     "Łódź",        "œuvre"};
  std::string s;
  std::size_t n = 0, count = 0;  // count code points, roughly: the words are short
  for (std::size_t i = 0; count < chars; ++i) {
    const std::string w = (i % 97 == 0 ? "[" + std::to_string(i) + "]" : words[(i * 7 + n) % words.size()]);
    s += (s.empty() ? "" : " ") + w;
    count += w.size() + 1;  // bytes: a little over the code points, fine for a length target
    ++n;
  }
  return s;
}

namespace {

Sample long_sample() {
  Sample s{"long", {}, {}};
  s.form.form_id = "fiche-realisation";
  s.form.meta = {"Textes longs", "", "", ""};
  doc::Section sec;
  sec.footer = "Textes longs";
  sec.blocks.push_back(doc::Heading{"Fiche descriptive de réalisation professionnelle", 2});
  const std::string five_thousand = long_text(5000);
  std::string word = "https://exemple.fr/";
  for (int i = 0; i < 3000; ++i) word += static_cast<char>('a' + i % 26);
  std::vector<std::string> many_lines;
  for (int i = 1; i <= 150; ++i) many_lines.push_back("ligne " + std::to_string(i));
  doc::Table t;
  t.widths = {30, 70};
  t.rows.push_back(row({cell({label("Intitulé de la réalisation")}, 1, true), cell({doc::text_item(five_thousand)})}));
  t.rows.push_back(row({cell({label("Adresse")}, 1, true), cell({doc::text_item(word)})}));
  t.rows.push_back(row({cell({label("Lignes")}, 1, true), cell({doc::text_item(join(many_lines))})}));
  sec.blocks.push_back(std::move(t));
  const std::string forty_thousand = long_text(40000);
  sec.blocks.push_back(doc::text_item(forty_thousand));
  s.form.sections.push_back(std::move(sec));
  const std::string sheet = "fiche-realisation";
  s.expected = {{"sheets", {{{"name", sheet}, {"orientation", "portrait"}, {"footer", "Textes longs"}}}},
                {"rows", json::array({row_expect(sheet, {"Intitulé de la réalisation"}), row_expect(sheet, {"Adresse"}),
                                      row_expect(sheet, {"Lignes"})})},
                {"long_texts",
                 json::array({json{{"sheet", sheet}, {"text", five_thousand}}, json{{"sheet", sheet}, {"text", word}},
                              json{{"sheet", sheet}, {"text", join(many_lines)}},
                              json{{"sheet", sheet}, {"text", forty_thousand}}})}};
  return s;
}

Sample names_sample() {
  Sample s{"names", {}, {}};
  s.form.form_id = "grille-b1";
  s.form.meta = {"Nguyễn Thị Thảo <script>&\"'", "王伟 🎓", "Łukasz Żółkiewski", "Дмитрий"};
  doc::Section sec;
  sec.footer = "Nguyễn Thị Thảo – page &P & &N (littéral)";
  sec.blocks.push_back(doc::Heading{"Noms et textes particuliers", 1});
  sec.blocks.push_back(identity("Nguyễn Thị Thảo", "0241234567", true));
  const std::vector<std::pair<std::string, std::string>> values = {
      {"Polonais", "Łukasz Żółkiewski"},
      {"Cyrillique", "Дмитрий"},
      {"Chinois", "王伟"},
      {"Emoji", "🎓 Diplômé"},
      {"XML", "<script>&\"'</script>"},
      {"Formule", "=SUM(A1)"},
      {"Lien", "=HYPERLINK(\"http://evil.example\",\"clic\")"},
      {"Téléphone", "+33 6 12 34 56 78"},
      {"Négatif", "-5"},
      {"Arobase", "@import"},
      {"Numéro", "0241234567"},
      {"Échappement", "_x0041_ reste tel quel, _X0042_ aussi"},
      {"Nombre", "1,5e3"},
      {"Booléen", "TRUE"},
      {"Date", "2026-01-01"},
      {"Tabulation", "a\tb"},
  };
  doc::Table t;
  t.widths = {25, 75};
  const std::string sheet = "grille-b1";
  json rows = json::array({row_expect(sheet, {"NOM et prénom", "Nguyễn Thị Thảo"}),
                           row_expect(sheet, {"N° candidat", "0241234567"}),
                           row_expect(sheet, {"Option", "☐ SISR", "☒ SLAM"})});
  for (const auto& [k, v] : values) {
    t.rows.push_back(row({cell({label(k)}, 1, true), cell({doc::text_item(v)})}));
    rows.push_back(row_expect(sheet, {k, v}));
  }
  doc::Item rich;
  rich.spans = {{"Texte en ", false, false},
                {"gras", true, false},
                {", en ", false, false},
                {"italique", false, true},
                {" et normal", false, false}};
  doc::Item small = doc::text_item("petit texte", doc::Style::Small);
  t.rows.push_back(row({cell({label("Mise en forme")}, 1, true), cell({rich, small})}));
  rows.push_back(row_expect(sheet, {"Mise en forme", "Texte en gras, en italique et normal\npetit texte"}));
  t.rows.push_back(
      row({cell({label("Case, virgule")}, 1, true), cell({doc::checkbox_item(true, "Oui, avec une virgule")})}));
  rows.push_back(row_expect(sheet, {"Case, virgule", "☒ Oui, avec une virgule"}));
  sec.blocks.push_back(std::move(t));
  s.form.sections.push_back(std::move(sec));
  s.expected = {
      {"sheets",
       {{{"name", sheet}, {"orientation", "portrait"}, {"footer", "Nguyễn Thị Thảo – page &P & &N (littéral)"}}}},
      {"rows", rows},
      {"rich",
       {{"text", "Texte en gras, en italique et normal\npetit texte"}, {"bold", "gras"}, {"italic", "italique"}}},
      {"no_validation", {"☒ Oui, avec une virgule"}},
      {"properties",
       {{"title", s.form.meta.title},
        {"subject", s.form.meta.subject},
        {"creator", s.form.meta.author},
        {"keywords", s.form.meta.keywords}}}};
  return s;
}

Sample sections_sample() {
  Sample s{"sections", {}, {}};
  s.form.form_id = "synthese-e5";
  const std::string long_footer(300, 'f');
  const std::vector<std::pair<doc::Orientation, std::string>> defs = {
      {doc::Orientation::Portrait, "Section [1]: a/b*c?"},
      {doc::Orientation::Landscape, "section [1]: a/b*c?"},
      {doc::Orientation::Portrait, "'Élève' " + long_footer}};
  json sheets = json::array();
  json rows = json::array();
  for (std::size_t i = 0; i < defs.size(); ++i) {
    doc::Section sec;
    sec.orientation = defs[i].first;
    sec.footer = defs[i].second;
    sec.blocks.push_back(doc::Heading{"Section " + std::to_string(i + 1), 1});
    sec.blocks.push_back(doc::text_item("Contenu de la section " + std::to_string(i + 1)));
    s.form.sections.push_back(std::move(sec));
    sheets.push_back({{"orientation", defs[i].first == doc::Orientation::Landscape ? "landscape" : "portrait"}});
    rows.push_back(json{{"sheet_index", i}, {"cells", {"Contenu de la section " + std::to_string(i + 1)}}});
  }
  s.expected = {{"sheets", sheets}, {"rows", rows}};
  return s;
}

Sample edge_sample() {
  Sample s{"edge", {}, {}};
  s.form.form_id = "edge";
  doc::Section sec;
  sec.blocks.push_back(doc::PageBreak{});
  sec.blocks.push_back(doc::Heading{"Cas limites", 3, doc::Align::Left});
  sec.blocks.push_back(doc::Table{});
  doc::Table empty_cells;
  empty_cells.widths = {1, 0, -3, 2};
  empty_cells.rows.push_back(row({doc::Cell{}, doc::Cell{}, doc::Cell{}, doc::Cell{}}, false, 30));
  empty_cells.rows.push_back(row({cell({doc::mark_item(false, "X")}), cell({doc::text_item("a\x01"
                                                                                           "b\rc")},
                                                                           3)},
                                 false, 900));
  sec.blocks.push_back(std::move(empty_cells));
  sec.blocks.push_back(doc::PageBreak{});
  sec.blocks.push_back(doc::PageBreak{});
  sec.blocks.push_back(
      doc::text_item("abc\xff\xfe"
                     "def"));
  doc::Table no_borders;
  no_borders.borders = false;
  no_borders.rows.push_back(row({cell({doc::text_item("sans bordure")})}));
  sec.blocks.push_back(std::move(no_borders));
  s.form.sections.push_back(std::move(sec));
  s.expected = {
      {"sheets", {{{"name", "edge"}, {"orientation", "portrait"}}}},
      {"rows", json::array({row_expect("edge", {"", "a\uFFFDb\nc"}), row_expect("edge", {"abc\uFFFD\uFFFDdef"}),
                            row_expect("edge", {"sans bordure"})})}};
  return s;
}

Sample empty_sample() {
  Sample s{"empty", {}, {}};
  s.form.form_id = "";
  s.expected = {{"sheets", {{{"name", "Feuille"}, {"orientation", "portrait"}}}}, {"rows", json::array()}};
  return s;
}

}  // namespace

std::vector<Sample> all_samples() {
  return {grid_sample(),     synthesis_sample(), long_sample(), names_sample(),
          sections_sample(), edge_sample(),      empty_sample()};
}

}  // namespace siofill::xlsx_test
