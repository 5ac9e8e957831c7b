#include "sample_forms.hpp"

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

doc::Table identity_table(const std::string& name, const std::string& numero, bool slam) {
  doc::Table t;
  t.widths = {30, 70};
  auto row = [&t](const std::string& label, std::vector<Item> value) {
    Row r;
    r.cells.push_back(text_cell(label, Style::Label, true));
    r.cells.push_back(cell(std::move(value)));
    t.rows.push_back(std::move(r));
  };
  row("NOM et prénom", {doc::text_item(name)});
  row("N° candidat", {doc::text_item(numero)});
  row("Centre de formation", {doc::text_item("Lycée Exemple, Nantes")});
  Item sisr = doc::checkbox_item(!slam, "SISR");
  Item slam_box = doc::checkbox_item(slam, "SLAM");
  row("Option", {sisr, slam_box});
  return t;
}

struct Competence {
  const char* title;
  std::vector<const char*> sub;
  bool checked;
  std::vector<const char*> indicators;
};

const std::vector<Competence>& seed_competences() {
  static const std::vector<Competence> list = {
      {"B1.1 : Gérer le patrimoine informatique",
       {"Recenser et identifier les ressources numériques",
        "Exploiter des référentiels, normes et standards adoptés par le prestataire informatique",
        "Mettre en place et vérifier les niveaux d’habilitation associés à un service",
        "Vérifier les conditions de la continuité d’un service informatique", "Gérer des sauvegardes",
        "Vérifier le respect des règles d’utilisation des ressources numériques"},
       true,
       {"Le recensement du patrimoine informatique est exhaustif et réalisé au moyen d’un outil de gestion des "
        "actifs informatiques.",
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
      {"B1.4 : Travailler en mode projet",
       {"Analyser les objectifs et les modalités d’organisation d’un projet", "Planifier les activités",
        "Évaluer les indicateurs de suivi d’un projet et analyser les écarts"},
       true,
       {"Les objectifs et les modalités d’organisation du projet sont explicités.",
        "L’analyse des besoins et de l’existant est pertinente.",
        "Les activités personnelles sont planifiées selon une méthodologie donnée et les ressources humaines, "
        "matérielles et logicielles nécessaires sont mobilisées de manière efficace et pertinente.",
        "Le découpage en tâches est réaliste.", "Les livrables sont conformes.", "Le projet est documenté.",
        "Un compte rendu clair et concis est réalisé et les écarts sont justifiés.",
        "La communication écrite et orale est adaptée à l’interlocuteur."}},
      {"B1.5 : Mettre à disposition des utilisateurs un service informatique",
       {"Réaliser les tests d’intégration et d’acceptation d’un service", "Déployer un service",
        "Accompagner les utilisateurs dans la mise en place d’un service"},
       true,
       {"Des tests pertinents d’intégration et d’acceptation sont rédigés et effectués.",
        "Les outils de test sont utilisés de manière appropriée.", "Un rapport de test du service est produit.",
        "Un support d’information est disponible.", "Les modalités d’accompagnement sont définies.",
        "Le service déployé est opérationnel et donne satisfaction à l’utilisateur."}},
      {"B1.6 : Organiser son développement professionnel",
       {"Mettre en place son environnement d’apprentissage personnel",
        "Mettre en œuvre des outils et stratégies de veille informationnelle", "Gérer son identité professionnelle",
        "Développer son projet professionnel"},
       false,
       {"Les besoins de formation sont identifiés pour assurer le support ou mettre à disposition un service.",
        "L’environnement d’apprentissage personnel est délimité et expliqué.",
        "La veille est régulière et vise à :\n- repérer les techniques et technologies émergentes du secteur "
        "informatique ;\n- utiliser de manière approfondie des moyens de recherche d'information ;\n- renforcer "
        "ses compétences.",
        "L’identité professionnelle est pertinente et visible sur un réseau social professionnel."}},
  };
  return list;
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
  doc::FilledForm form;
  form.form_id = "grille-b1";
  form.meta.title = "Grille des compétences – bloc 1 – " + nom + " " + prenom;
  form.meta.subject = "BTS SIO, session 2026, épreuve E4 : Support et mise à disposition de services informatiques";
  form.meta.author = nom + " " + prenom;
  form.meta.keywords = "BTS SIO; E4; grille";
  doc::Section s;
  s.footer = nom + " " + prenom + " – n° 02512345678 – grille des compétences du bloc 1";
  s.blocks.push_back(doc::Heading{"BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2026", 1, Align::Center});
  s.blocks.push_back(doc::Heading{"Bloc 1 – Support et mise à disposition de services informatiques", 2,
                                  Align::Center});
  s.blocks.push_back(identity_table(nom + " " + prenom, "02512345678", true));

  doc::Table t;
  t.widths = {44, 8, 48};
  Row header;
  header.header = true;
  header.cells = {text_cell("Bloc 1 : compétences", Style::Label, true), text_cell("", Style::Label, true),
                  text_cell("Indicateurs de performance", Style::Label, true)};
  t.rows.push_back(header);
  Row capacity;
  capacity.cells = {
      text_cell("Capacité à rendre compte d’un travail réalisé au sein d’une équipe projet en mettant clairement en "
                "évidence sa contribution personnelle."),
      cell({doc::checkbox_item(true, "", Align::Center)}), text_cell("")};
  capacity.cells[1].valign = doc::VAlign::Middle;
  t.rows.push_back(capacity);
  for (const Competence& c : seed_competences()) {
    Row r;
    Cell left;
    left.items.push_back(doc::text_item(c.title, Style::Label));
    for (const char* sub : c.sub) left.items.push_back(doc::bullet_item(sub));
    Cell box = cell({doc::checkbox_item(c.checked, "", Align::Center)});
    box.valign = doc::VAlign::Middle;
    Cell right;
    for (const char* ind : c.indicators) right.items.push_back(doc::text_item(ind));
    r.cells = {left, box, right};
    t.rows.push_back(std::move(r));
  }
  s.blocks.push_back(std::move(t));
  form.sections.push_back(std::move(s));
  return form;
}

doc::FilledForm synthesis_form(int extra_rows) {
  doc::FilledForm form;
  form.form_id = "synthese-e4";
  form.meta.title = "Tableau de synthèse des réalisations professionnelles – LEFEBVRE Théo";
  form.meta.author = "LEFEBVRE Théo";
  doc::Section s;
  s.orientation = doc::Orientation::Landscape;
  s.footer = "LEFEBVRE Théo – n° 02512345678 – tableau de synthèse E4";
  s.blocks.push_back(doc::Heading{"BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2026", 1, Align::Center});
  s.blocks.push_back(doc::Heading{
      "ANNEXE 6-1 : Tableau de synthèse des réalisations professionnelles (épreuve E4)", 2, Align::Center});
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
  Row head;
  head.header = true;
  head.cells = {text_cell("Réalisations professionnelles (intitulé et liste des documents et productions associés)",
                          Style::Label, true),
                text_cell("Période (JJ/MM/AA au JJ/MM/AA)", Style::Label, true)};
  for (const std::string& c : competences) {
    Cell h = text_cell(c, Style::Small, true);
    h.items.front().align = Align::Center;
    head.cells.push_back(h);
  }
  t.rows.push_back(head);
  const char* rubriques[] = {"Réalisations en cours de formation",
                             "Réalisations en milieu professionnel en cours de première année",
                             "Réalisations en milieu professionnel en cours de seconde année"};
  const int lines[] = {10 + extra_rows, 7, 7};
  int n = 0;
  for (int r = 0; r < 3; ++r) {
    Row rub;
    rub.header = r > 0;  // a heading row inside the table: kept with the next row, not repeated
    rub.cells = {text_cell(rubriques[r], Style::Label, true, 2 + static_cast<int>(competences.size()))};
    t.rows.push_back(rub);
    for (int i = 0; i < lines[r]; ++i, ++n) {
      Row row;
      row.min_height = 24;
      if (i < 4 || r == 0) {
        Cell title;
        title.items.push_back(doc::text_item("Réalisation " + std::to_string(n + 1) +
                                             " : refonte du site web de groupeCFR"));
        title.items.push_back(doc::text_item("Documents et productions : cahier des charges", Style::Small));
        row.cells.push_back(title);
        row.cells.push_back(text_cell("19/05/25 au 27/06/25"));
        for (std::size_t c = 0; c < competences.size(); ++c) {
          Cell mark = cell({doc::mark_item((n + c) % 3 == 0, "X")});
          mark.valign = doc::VAlign::Middle;
          row.cells.push_back(mark);
        }
      } else {
        row.cells.push_back(text_cell(""));
        row.cells.push_back(text_cell(""));
        for (std::size_t c = 0; c < competences.size(); ++c) row.cells.push_back(cell({doc::mark_item(false, "X")}));
      }
      t.rows.push_back(std::move(row));
    }
  }
  s.blocks.push_back(std::move(t));
  form.sections.push_back(std::move(s));
  return form;
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
      s.blocks.push_back(doc::PageBreak{});
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
  return {{"grid", grid_form()},           {"synthesis", synthesis_form()}, {"long", long_text_form()},
          {"unicode", unicode_form()},     {"sections", sections_form()},   {"empty", empty_form()}};
}

}  // namespace siofill::pdf_test
