#include "sample_forms.hpp"

#include <utility>

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

struct Competence {
  std::string title;
  std::vector<std::string> bullets;
  bool covered;
  std::vector<std::string> indicators;
};

const std::vector<Competence>& seed_competences() {
  static const std::vector<Competence> c = {
      {"B1.1 : Gérer le patrimoine informatique",
       {"Recenser et identifier les ressources numériques",
        "Exploiter des référentiels, normes et standards adoptés par le prestataire informatique",
        "Mettre en place et vérifier les niveaux d’habilitation associés à un service",
        "Vérifier les conditions de la continuité d’un service informatique", "Gérer des sauvegardes",
        "Vérifier le respect des règles d’utilisation des ressources numériques"},
       true,
       {"Le recensement du patrimoine informatique est exhaustif et réalisé au moyen d’un outil de gestion des actifs "
        "informatiques.",
        "Les référentiels, normes et standards sont mobilisés de façon pertinente.",
        "Les droits mis en place correspondent aux habilitations des acteurs.",
        "Les conditions de continuité et de reprise d’un service sont vérifiées et les manquements sont signalés.",
        "Les sauvegardes sont réalisées dans les conditions prévues conformément au plan de sauvegarde.",
        "Les restaurations sont testées et opérationnelles.",
        "Les écarts par rapport aux règles d’utilisation des ressources numériques sont détectés et signalés."}},
      {"B1.2 : Répondre aux incidents et aux demandes d’assistance et d’évolution",
       {"Collecter, suivre et orienter des demandes",
        "Traiter des demandes concernant les services réseau et système, applicatifs",
        "Traiter des demandes concernant les applications"},
       true,
       {"En utilisant les outils adaptés, les demandes d’assistance ont été prises en compte, correctement "
        "diagnostiquées et leur traitement correspond aux attentes.",
        "La réponse à une demande d’assistance est conforme à la procédure et adaptée à l’utilisateur.",
        "La méthode de diagnostic de résolution d’un incident est adéquate et efficiente.",
        "Une solution à l’incident est trouvée et mise en œuvre.",
        "Le cycle de résolution des demandes respecte les normes et standards du prestataire informatique.",
        "L’utilisation d’un logiciel de gestion de parc et d’incidents est maîtrisée.",
        "Le compte rendu d’intervention est clair et explicite.",
        "La communication écrite et orale est adaptée à l’interlocuteur."}},
      {"B1.3 : Développer la présence en ligne de l’organisation",
       {"Participer à la valorisation de l’image de l’organisation sur les médias numériques en tenant compte du "
        "cadre juridique et des enjeux économiques",
        "Référencer les services en ligne de l’organisation et mesurer leur visibilité.",
        "Participer à l’évolution d’un site Web exploitant les données de l’organisation."},
       false,
       {"L’image de l’organisation est conforme aux attentes et valorisée.",
        "Les enjeux économiques liés à l’image de l’organisation sont identifiés et les obligations juridiques sont "
        "respectées.",
        "Les mentions légales sont accessibles et conformes à la législation.",
        "La visibilité des services en ligne de l’organisation est satisfaisante.",
        "Le site Web a évolué conformément au besoin exprimé."}},
      {"B1.6 : Organiser son développement professionnel",
       {"Mettre en place son environnement d’apprentissage personnel",
        "Mettre en œuvre des outils et stratégies de veille informationnelle", "Gérer son identité professionnelle",
        "Développer son projet professionnel"},
       false,
       {"Les besoins de formation sont identifiés pour assurer le support ou mettre à disposition un service.",
        "L’environnement d’apprentissage personnel est délimité et expliqué.",
        "La veille est régulière et vise à :\n- repérer les techniques et technologies émergentes du secteur "
        "informatique ;\n- utiliser de manière approfondie des moyens de recherche d'information ;\n- renforcer ses "
        "compétences.",
        "L’identité professionnelle est pertinente et visible sur un réseau social professionnel."}},
  };
  return c;
}

std::string join(const std::vector<std::string>& lines, const std::string& prefix = "") {
  std::string s;
  for (std::size_t i = 0; i < lines.size(); ++i) s += (i ? "\n" : "") + prefix + lines[i];
  return s;
}

Sample grid_sample() {
  Sample s{"grille", {}, {}};
  s.form.form_id = "grille-b1";
  s.form.meta = {"Grille des compétences – bloc 1 – MARTIN Léa", "BTS SIO, session 2026, épreuve E4", "MARTIN Léa",
                 "BTS SIO; grille; B1"};
  doc::Section sec;
  sec.footer = "MARTIN Léa – n° 02412345678 – grille des compétences du bloc 1";
  sec.blocks.push_back(doc::Heading{"BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2026", 1});
  sec.blocks.push_back(doc::Heading{"Bloc 1 – Support et mise à disposition de services informatiques", 2});
  sec.blocks.push_back(identity("MARTIN Léa", "02412345678", false));
  doc::Table t;
  t.widths = {44, 8, 48};
  t.rows.push_back(row({cell({label("Bloc 1 : compétences")}, 1, true, doc::VAlign::Middle),
                        cell({label("")}, 1, true), cell({label("Indicateurs de performance")}, 1, true)},
                       true));
  t.rows.push_back(row({cell({doc::text_item("Capacité à rendre compte d’un travail réalisé au sein d’une équipe "
                                             "projet en mettant clairement en évidence sa contribution personnelle.")},
                             1, false, doc::VAlign::Middle),
                        cell({doc::checkbox_item(false, {}, doc::Align::Center)}, 1, false, doc::VAlign::Middle),
                        cell({})}));
  const std::string sheet = "grille-b1";
  json rows = json::array();
  rows.push_back(row_expect(sheet, {"NOM et prénom", "MARTIN Léa"}));
  rows.push_back(row_expect(sheet, {"N° candidat", "02412345678"}));
  rows.push_back(row_expect(sheet, {"Option", "☒ SISR", "☐ SLAM"}));
  rows.push_back(row_expect(sheet, {"Bloc 1 : compétences", "", "Indicateurs de performance"}));
  json boxes = json::array({json{{"sheet", sheet}, {"text", "☐"}, {"values", {"☒", "☐"}}},
                            json{{"sheet", sheet}, {"text", "☒ SISR"}, {"values", {"☒ SISR", "☐ SISR"}}}});
  for (const Competence& c : seed_competences()) {
    doc::Cell what{{label(c.title)}, 1, false, doc::VAlign::Top};
    for (const std::string& b : c.bullets) what.items.push_back(doc::bullet_item(b));
    doc::Cell indicators;
    for (const std::string& i : c.indicators) indicators.items.push_back(doc::text_item(i));
    t.rows.push_back(row({what, cell({doc::checkbox_item(c.covered, {}, doc::Align::Center)}, 1, false,
                                     doc::VAlign::Middle),
                          indicators}));
    rows.push_back(row_expect(sheet, {c.title + "\n" + join(c.bullets, "• "), c.covered ? "☒" : "☐", join(c.indicators)}));
  }
  sec.blocks.push_back(std::move(t));
  s.form.sections.push_back(std::move(sec));
  s.expected = {{"sheets", {{{"name", sheet}, {"orientation", "portrait"}, {"repeat_first_cell", "Bloc 1 : compétences"},
                             {"footer", "MARTIN Léa – n° 02412345678 – grille des compétences du bloc 1"}}}},
                {"rows", rows},
                {"boxes", boxes},
                {"bold", {"NOM et prénom", "Bloc 1 : compétences"}},
                {"properties", {{"title", s.form.meta.title}, {"subject", s.form.meta.subject},
                                {"creator", s.form.meta.author}, {"keywords", s.form.meta.keywords}}}};
  return s;
}

Sample synthesis_sample() {
  Sample s{"synthese", {}, {}};
  s.form.form_id = "synthese-e4";
  s.form.meta = {"Tableau de synthèse – MARTIN Léa", "BTS SIO, session 2026", "MARTIN Léa", ""};
  doc::Section sec;
  sec.orientation = doc::Orientation::Landscape;
  sec.footer = "MARTIN Léa – n° 02412345678 – tableau de synthèse E4 & annexes";
  sec.blocks.push_back(doc::Heading{"BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2026", 1});
  sec.blocks.push_back(
      doc::Heading{"ANNEXE 6-1 : Tableau de synthèse des réalisations professionnelles (épreuve E4)", 2});
  sec.blocks.push_back(identity("MARTIN Léa", "02412345678", true));
  const std::vector<std::string> competences = {
      "Gérer le patrimoine informatique",
      "Répondre aux incidents et aux demandes d’assistance et d’évolution",
      "Développer la présence en ligne de l’organisation",
      "Travailler en mode projet",
      "Mettre à disposition des utilisateurs un service informatique",
      "Organiser son développement professionnel"};
  doc::Table t;
  t.widths = {38, 13};
  for (std::size_t i = 0; i < competences.size(); ++i) t.widths.push_back(49.0 / competences.size());
  doc::Row header;
  header.header = true;
  header.cells.push_back(cell({doc::text_item("Réalisations professionnelles (intitulé et liste des documents et "
                                              "productions associés)",
                                              doc::Style::Label, doc::Align::Center)},
                              1, true, doc::VAlign::Middle));
  header.cells.push_back(cell({doc::text_item("Période (JJ/MM/AA au JJ/MM/AA)", doc::Style::Label, doc::Align::Center)},
                              1, true, doc::VAlign::Middle));
  for (const std::string& c : competences)
    header.cells.push_back(cell({doc::text_item(c, doc::Style::Small, doc::Align::Center)}, 1, true, doc::VAlign::Middle));
  t.rows.push_back(header);
  const std::string sheet = "synthese-e4";
  json rows = json::array();
  json marks = json::array();
  t.rows.push_back(row({cell({label("Réalisations en cours de formation")}, 8, true)}));
  for (int r = 1; r <= 40; ++r) {
    doc::Cell what;
    doc::Item title = doc::text_item("Réalisation n° " + std::to_string(r) + " : mise en place d’un service");
    title.spans.front().bold = true;
    what.items.push_back(title);
    what.items.push_back(doc::text_item("Documents et productions :", doc::Style::Small));
    doc::Item b = doc::bullet_item("Procédure n° " + std::to_string(r));
    b.style = doc::Style::Small;
    what.items.push_back(b);
    doc::Row rr;
    rr.cells.push_back(what);
    rr.cells.push_back(cell({doc::text_item("02/09/24 au 30/04/25", doc::Style::Body, doc::Align::Center)}, 1, false,
                            doc::VAlign::Middle));
    std::vector<std::string> expect{"Réalisation n° " + std::to_string(r) + " : mise en place d’un service\n"
                                    "Documents et productions :\n• Procédure n° " + std::to_string(r),
                                    "02/09/24 au 30/04/25"};
    for (std::size_t c = 0; c < competences.size(); ++c) {
      const bool on = (r + static_cast<int>(c)) % 3 == 0;
      rr.cells.push_back(cell({doc::mark_item(on, "X")}, 1, false, doc::VAlign::Middle));
      expect.push_back(on ? "X" : "");
    }
    t.rows.push_back(rr);
    rows.push_back(row_expect(sheet, expect));
  }
  for (int blank = 0; blank < 3; ++blank) {
    doc::Row br;
    br.min_height = 18;
    for (int c = 0; c < 8; ++c) br.cells.push_back(doc::Cell{});
    t.rows.push_back(br);
  }
  marks.push_back(json{{"sheet", sheet}, {"text", "X"}, {"values", {"X"}}});
  sec.blocks.push_back(std::move(t));
  s.form.sections.push_back(std::move(sec));
  s.expected = {{"sheets", {{{"name", sheet}, {"orientation", "landscape"},
                             {"repeat_first_cell", "Réalisations professionnelles (intitulé et liste des documents et "
                                                   "productions associés)"},
                             {"footer", "MARTIN Léa – n° 02412345678 – tableau de synthèse E4 & annexes"}}}},
                {"rows", rows},
                {"boxes", marks},
                {"min_pages", 3}};
  return s;
}

}  // namespace

std::string long_text(std::size_t chars) {
  static const std::vector<std::string> words = {"réalisation", "professionnelle", "déploiement", "d’un", "service",
                                                 "informatique", "avec", "sauvegarde", "et", "supervision",
                                                 "Łódź", "œuvre"};
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
                {"rows", json::array({row_expect(sheet, {"Intitulé de la réalisation"}),
                                      row_expect(sheet, {"Adresse"}), row_expect(sheet, {"Lignes"})})},
                {"long_texts", json::array({json{{"sheet", sheet}, {"text", five_thousand}},
                                            json{{"sheet", sheet}, {"text", word}},
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
  rich.spans = {{"Texte en ", false, false}, {"gras", true, false}, {", en ", false, false},
                {"italique", false, true}, {" et normal", false, false}};
  doc::Item small = doc::text_item("petit texte", doc::Style::Small);
  t.rows.push_back(row({cell({label("Mise en forme")}, 1, true), cell({rich, small})}));
  rows.push_back(row_expect(sheet, {"Mise en forme", "Texte en gras, en italique et normal\npetit texte"}));
  t.rows.push_back(row({cell({label("Case, virgule")}, 1, true),
                        cell({doc::checkbox_item(true, "Oui, avec une virgule")})}));
  rows.push_back(row_expect(sheet, {"Case, virgule", "☒ Oui, avec une virgule"}));
  sec.blocks.push_back(std::move(t));
  s.form.sections.push_back(std::move(sec));
  s.expected = {{"sheets", {{{"name", sheet}, {"orientation", "portrait"},
                             {"footer", "Nguyễn Thị Thảo – page &P & &N (littéral)"}}}},
                {"rows", rows},
                {"rich", {{"text", "Texte en gras, en italique et normal\npetit texte"},
                          {"bold", "gras"},
                          {"italic", "italique"}}},
                {"no_validation", {"☒ Oui, avec une virgule"}},
                {"properties", {{"title", s.form.meta.title}, {"subject", s.form.meta.subject},
                                {"creator", s.form.meta.author}, {"keywords", s.form.meta.keywords}}}};
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
  empty_cells.rows.push_back(row({cell({doc::mark_item(false, "X")}), cell({doc::text_item("a\x01" "b\rc")}, 3)}, false, 900));
  sec.blocks.push_back(std::move(empty_cells));
  sec.blocks.push_back(doc::PageBreak{});
  sec.blocks.push_back(doc::PageBreak{});
  sec.blocks.push_back(doc::text_item("abc\xff\xfe" "def"));
  doc::Table no_borders;
  no_borders.borders = false;
  no_borders.rows.push_back(row({cell({doc::text_item("sans bordure")})}));
  sec.blocks.push_back(std::move(no_borders));
  s.form.sections.push_back(std::move(sec));
  s.expected = {{"sheets", {{{"name", "edge"}, {"orientation", "portrait"}}}},
                {"rows", json::array({row_expect("edge", {"", "ab\nc"}),
                                      row_expect("edge", {"abc\uFFFD\uFFFDdef"}),
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
  return {grid_sample(), synthesis_sample(), long_sample(), names_sample(), sections_sample(), edge_sample(),
          empty_sample()};
}

}  // namespace siofill::xlsx_test
