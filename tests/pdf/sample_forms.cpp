#include "sample_forms.hpp"

#include "real_forms.hpp"

namespace siofill::pdf_test {
namespace {

using doc::Align;
using doc::Cell;
using doc::Item;
using doc::Row;
using doc::Style;

Cell cell(std::vector<Item> items, bool shaded = false, int colspan = 1) {
  Cell c;
  c.items = std::move(items);
  c.shaded = shaded;
  c.colspan = colspan;
  return c;
}

Cell text_cell(const std::string& text, Style style = Style::Body, bool shaded = false, int colspan = 1) {
  return cell({doc::text_item(text, style)}, shaded, colspan);
}

}  // namespace

std::string long_text() {
  // Distinct numbered words, so a reader can check that every one comes out, in order.
  std::string text;
  for (int i = 1; text.size() < 5000; ++i) text += "mot" + std::to_string(i) + (i % 17 == 0 ? ". " : " ");
  text.pop_back();
  return text;
}

doc::FilledForm grid_form(const std::string& nom, const std::string& prenom) {
  Evidence ev = test_support::grid_evidence();
  ev.candidat.nom = nom;
  ev.candidat.prenom = prenom;
  return test_support::real_form("grille-b1", ev);
}

doc::FilledForm synthesis_form(int extra_rows) {
  return test_support::real_form("synthese-b1", test_support::many_realisations_evidence(10 + extra_rows));
}

doc::FilledForm long_text_form() {
  doc::FilledForm form;
  form.form_id = "fiche-realisation";
  form.meta.title = "Fiche de réalisation très longue";
  doc::Section s;
  s.footer = "Fiche descriptive – texte long";
  s.blocks.push_back(doc::Heading{"Fiche descriptive de réalisation professionnelle", 1, Align::Center});
  doc::Table t;
  t.widths = {25, 75};
  Row head;
  head.header = true;
  head.cells = {text_cell("Rubrique", Style::Label, true), text_cell("Contenu", Style::Label, true)};
  t.rows.push_back(head);
  Row url;
  url.cells = {text_cell("Portfolio", Style::Label, true),
               text_cell("https://un-portfolio-avec-une-adresse-extremement-longue.example/" + std::string(150, 'a') +
                         "/fin-de-l-adresse")};
  t.rows.push_back(url);
  Row big;
  big.cells = {text_cell("Intitulé", Style::Label, true), text_cell(long_text() + " FIN-DU-TEXTE")};
  t.rows.push_back(big);
  Row narrow;  // the same text in the narrow column: taller than a page, split across pages
  narrow.cells = {text_cell(long_text() + " FIN-COLONNE-ETROITE"), text_cell("Texte long dans la colonne étroite")};
  t.rows.push_back(narrow);
  Row after;
  after.cells = {text_cell("Après", Style::Label, true), text_cell("Ligne qui suit le texte long.")};
  t.rows.push_back(after);
  s.blocks.push_back(std::move(t));
  doc::Item para = doc::text_item(long_text());
  para.spans.push_back(doc::Span{" (fin en gras italique)", true, true});
  s.blocks.push_back(doc::Heading{"Paragraphe long hors tableau", 3, Align::Left});
  s.blocks.push_back(para);
  form.sections.push_back(std::move(s));
  return form;
}

doc::FilledForm unicode_form() {
  doc::FilledForm form = grid_form("Nguyễn Thị Thảo", "Łukasz Żółkiewski");
  form.form_id = "grille-b1";
  form.meta.title = "Grille – Дмитрий 王伟 🎓";
  form.meta.author = "Nguyễn Thị Thảo";
  doc::Section& s = form.sections.front();
  s.footer = "Дмитрий – 王伟 – 🎓 – page de test";
  doc::Table t;
  t.widths = {30, 70};
  auto row = [&t](const std::string& label, const std::string& value) {
    Row r;
    r.cells = {text_cell(label, Style::Label, true), text_cell(value)};
    t.rows.push_back(std::move(r));
  };
  row("Vietnamien", "Nguyễn Thị Thảo");
  row("Polonais", "Łukasz Żółkiewski");
  row("Cyrillique", "Дмитрий Иванович");
  row("Chinois", "王伟，李娜和张伟在北京大学学习计算机科学与技术专业的课程内容非常丰富多彩而且很有意思");
  row("Émoji", "Diplômé 🎓 bientôt");
  row("XML", "<script>&\"'</script>");
  row("Formule", "=SUM(A1)");
  row("Inconnu", "avant \U0010FFFD après");
  Row bold;
  bold.cells = {text_cell("Gras", Style::Label, true), cell({doc::text_item("Дмитрий 王伟 🎓", Style::Label)})};
  t.rows.push_back(bold);
  s.blocks.insert(s.blocks.begin() + 2, std::move(t));
  return form;
}

doc::FilledForm sections_form() {
  doc::FilledForm form;
  form.form_id = "sections";
  form.meta.title = "Deux sections";
  for (int k = 0; k < 2; ++k) {
    doc::Section s;
    s.orientation = k == 0 ? doc::Orientation::Portrait : doc::Orientation::Landscape;
    s.footer = k == 0 ? "Section portrait" : "Section paysage";
    for (int p = 0; p < 3; ++p) {
      s.blocks.push_back(doc::Heading{"Partie " + std::to_string(p + 1), 3, Align::Left});
      s.blocks.push_back(doc::text_item("Texte de la partie " + std::to_string(p + 1) + ".", Style::Body,
                                        p == 1 ? Align::Right : Align::Left));
      s.blocks.push_back(doc::checkbox_item(p % 2 == 0, "Case à cocher de la partie " + std::to_string(p + 1)));
      s.blocks.push_back(doc::bullet_item("Puce de la partie " + std::to_string(p + 1)));
      s.blocks.emplace_back(std::in_place_type<doc::PageBreak>);
    }
    form.sections.push_back(std::move(s));
  }
  return form;
}

doc::FilledForm empty_form() {
  doc::FilledForm form;
  form.form_id = "vide";
  return form;
}

std::vector<std::pair<std::string, doc::FilledForm>> all_sample_forms() {
  return {{"grid", grid_form()},       {"synthesis", synthesis_form()}, {"long", long_text_form()},
          {"unicode", unicode_form()}, {"sections", sections_form()},   {"empty", empty_form()}};
}

}  // namespace siofill::pdf_test
