#include "sample_forms.hpp"

#include "real_forms.hpp"

namespace siofill::docx_test {

using namespace siofill::doc;

namespace {

Item label_value(const std::string& label, const std::string& value) {
  Item i;
  i.spans.push_back(Span{label + " : ", true, false});
  i.spans.push_back(Span{value, false, false});
  return i;
}

Cell cell(std::vector<Item> items, int colspan = 1, bool shaded = false, VAlign valign = VAlign::Top) {
  Cell c;
  c.items = std::move(items);
  c.colspan = colspan;
  c.shaded = shaded;
  c.valign = valign;
  return c;
}

Row row(std::vector<Cell> cells, bool header = false, double min_height = 0) {
  Row r;
  r.cells = std::move(cells);
  r.header = header;
  r.min_height = min_height;
  return r;
}

Heading heading(std::string text, int level, Align align = Align::Center) {
  return Heading{std::move(text), level, align};
}

}  // namespace

std::string long_text() {
  static const char* const words[] = {"Refonte", "complète", "du",          "système",   "d’information",
                                      "de",      "l’agence", "avec",        "migration", "des",
                                      "postes",  "et",       "sauvegardes", "vérifiées"};
  std::string s = "Début-du-long-texte";
  std::size_t k = 0;
  while (s.size() < 4980) {
    s += ' ';
    s += words[k % (sizeof words / sizeof *words)];
    s += std::to_string(k);
    ++k;
  }
  s += " fin-du-long-texte";
  return s;
}

FilledForm grid_form() { return test_support::real_form("grille-b1", test_support::grid_evidence()); }

FilledForm synthesis_form() {
  return test_support::real_form("synthese-b1", test_support::many_realisations_evidence(40));
}

FilledForm long_text_form() {
  FilledForm f;
  f.form_id = "synthese-e4";
  f.meta = {"Texte très long", "", "", ""};
  Section s;
  s.orientation = Orientation::Landscape;
  s.footer = "Tableau avec un intitulé de 5 000 caractères";
  s.blocks.push_back(heading("Une réalisation à l’intitulé de 5 000 caractères", 1));
  // As in the synthesis table: the intitulé column is narrow, so the row is
  // taller than a landscape page and must split, header repeated.
  Table t;
  t.widths = {30, 10, 10, 10, 10, 10, 10, 10};
  std::vector<Cell> head{cell({text_item("Réalisation", Style::Label)}, 1, true),
                         cell({text_item("Période", Style::Label)}, 1, true)};
  for (int c = 1; c <= 6; ++c)
    head.push_back(cell({text_item("B1." + std::to_string(c), Style::Small, Align::Center)}, 1, true));
  t.rows.push_back(row(head, true));
  std::vector<Cell> tall{cell({text_item(long_text())}),
                         cell({text_item("01/09/24 au 30/06/25", Style::Body, Align::Center)})};
  for (int c = 0; c < 6; ++c) tall.push_back(cell({mark_item(c % 2 == 0, "X")}, 1, false, VAlign::Middle));
  t.rows.push_back(row(tall));
  std::vector<Cell> after{cell({text_item("dernière ligne du tableau")}), cell({})};
  for (int c = 0; c < 6; ++c) after.push_back(cell({mark_item(false, "X")}, 1, false, VAlign::Middle));
  t.rows.push_back(row(after));
  s.blocks.push_back(t);
  s.blocks.push_back(PageBreak{});
  s.blocks.push_back(heading("Le même texte hors tableau", 3, Align::Left));
  s.blocks.push_back(text_item(long_text()));
  f.sections.push_back(std::move(s));
  return f;
}

FilledForm names_form() {
  FilledForm f;
  f.form_id = "noms";
  f.meta = {"Nguyễn Thị Thảo <script>&\"'", "Łukasz Żółkiewski", "Дмитрий 王伟 🎓", "=SUM(A1); <b>&amp;"};
  Section s;
  s.footer = "Nguyễn Thị Thảo – Дмитрий – 王伟 🎓 <&>";
  s.blocks.push_back(heading("Noms et caractères spéciaux 🎓", 1));
  s.blocks.push_back(label_value("Vietnamien", "Nguyễn Thị Thảo"));
  s.blocks.push_back(label_value("Polonais", "Łukasz Żółkiewski"));
  s.blocks.push_back(label_value("Cyrillique", "Дмитрий"));
  s.blocks.push_back(label_value("Chinois", "王伟"));
  s.blocks.push_back(label_value("Emoji", "Diplômé 🎓 avec mention"));
  s.blocks.push_back(label_value("XML", "<script>&\"'alert(1)</script> & &amp; ]]> <!-- -->"));
  s.blocks.push_back(text_item("=SUM(A1)"));
  s.blocks.push_back(text_item("  deux espaces devant et derrière  "));
  s.blocks.push_back(text_item("tab\tentre\tmots"));
  Item styled;
  styled.spans = {Span{"gras ", true, false}, Span{"italique ", false, true}, Span{"les deux", true, true}};
  s.blocks.push_back(styled);
  Table t;
  t.widths = {1, 1, 1};
  t.rows.push_back(
      row({cell({text_item("Nom", Style::Label)}, 1, true), cell({text_item("Prénom", Style::Label)}, 1, true),
           cell({text_item("Remarque", Style::Label)}, 1, true)},
          true));
  t.rows.push_back(row({cell({text_item("ŻÓŁKIEWSKI")}), cell({text_item("Łukasz")}),
                        cell({checkbox_item(true, "présent <ok> & \"validé\"")})}));
  t.rows.push_back(row({cell({text_item("王")}), cell({text_item("伟")}), cell({checkbox_item(false, "absent")})}));
  t.rows.push_back(row({cell({text_item("Fusion sur deux colonnes : Дмитрий")}, 2), cell({text_item("🎓")})}));
  t.rows.push_back(row({cell({text_item("Trois colonnes fusionnées, cellule ombrée")}, 3, true)}));
  s.blocks.push_back(t);
  Table nb;
  nb.widths = {50, 50};
  nb.borders = false;
  nb.rows.push_back(row(
      {cell({text_item("Tableau sans bordures, gauche")}), cell({text_item("droite", Style::Body, Align::Right)})}));
  s.blocks.push_back(nb);
  f.sections.push_back(std::move(s));
  return f;
}

FilledForm multi_section_form() {
  FilledForm f;
  f.form_id = "classe";
  f.meta = {"Trois sections", "pages par section", "siofill", ""};
  const char* names[] = {"ALPHA Anne", "BRAVO Bruno", "CHARLIE Chloé"};
  for (int k = 0; k < 3; ++k) {
    Section s;
    s.orientation = k == 1 ? Orientation::Landscape : Orientation::Portrait;
    s.footer = std::string(names[k]) + " – section " + std::to_string(k + 1);
    s.blocks.push_back(heading(std::string("Élève ") + names[k], 1));
    // Section k spans k+1 pages: explicit page breaks.
    for (int p = 0; p <= k; ++p) {
      if (p > 0) s.blocks.push_back(PageBreak{});
      s.blocks.push_back(
          text_item("Section " + std::to_string(k + 1) + ", page " + std::to_string(p + 1) + " du contenu"));
    }
    s.blocks.push_back(PageBreak{});  // trailing: must not add an empty page
    f.sections.push_back(std::move(s));
  }
  return f;
}

FilledForm control_chars_form() {
  FilledForm f;
  f.form_id = "controles";
  f.meta = {std::string("titre\x01avec contrôle"), "", "", ""};
  Section s;
  s.footer = std::string("pied\x07");
  s.blocks.push_back(
      text_item(std::string("avant\x01\x02\x0B\x0C\x1F"
                            "après")));                             // 5 C0 controls
  s.blocks.push_back(text_item(std::string("retour\r\nchariot")));  // 1 (\r)
  s.blocks.push_back(
      text_item(std::string("C1 \xC2\x85 et \xEF\xBF\xBE \xEF\xBF\xBF fin")));  // 3 (U+0085, U+FFFE, U+FFFF)
  s.blocks.push_back(text_item(std::string("octets \xFF\xC3 cassés")));         // 2 stray bytes
  s.blocks.push_back(checkbox_item(true, std::string("case\x1B")));             // 1
  f.sections.push_back(std::move(s));
  return f;
}

std::vector<std::pair<std::string, FilledForm>> all_sample_forms() {
  return {{"grid", grid_form()},   {"synthesis", synthesis_form()},    {"long_text", long_text_form()},
          {"names", names_form()}, {"sections", multi_section_form()}, {"controls", control_chars_form()}};
}

}  // namespace siofill::docx_test
