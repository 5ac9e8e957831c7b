#include "sample_forms.hpp"

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

Heading heading(std::string text, int level, Align align = Align::Center) { return Heading{std::move(text), level, align}; }

struct Competence {
  const char* title;
  std::vector<const char*> sous;
  bool checked;
  std::vector<const char*> indicateurs;
};

const std::vector<Competence>& bloc1() {
  static const std::vector<Competence> c = {
      {"B1.1 : Gérer le patrimoine informatique",
       {"Recenser et identifier les ressources numériques",
        "Exploiter des référentiels, normes et standards adoptés par le prestataire informatique",
        "Mettre en place et vérifier les niveaux d’habilitation associés à un service",
        "Vérifier les conditions de la continuité d’un service informatique", "Gérer des sauvegardes",
        "Vérifier le respect des règles d’utilisation des ressources numériques"},
       true,
       {"Le recensement du patrimoine informatique est exhaustif et réalisé au moyen d’un outil de gestion des actifs informatiques.",
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
       {"En utilisant les outils adaptés, les demandes d’assistance ont été prises en compte, correctement diagnostiquées et leur traitement correspond aux attentes.",
        "La réponse à une demande d’assistance est conforme à la procédure et adaptée à l’utilisateur.",
        "La méthode de diagnostic de résolution d’un incident est adéquate et efficiente.",
        "Une solution à l’incident est trouvée et mise en œuvre.",
        "Le cycle de résolution des demandes respecte les normes et standards du prestataire informatique.",
        "L’utilisation d’un logiciel de gestion de parc et d’incidents est maîtrisée.",
        "Le compte rendu d’intervention est clair et explicite.",
        "La communication écrite et orale est adaptée à l’interlocuteur."}},
      {"B1.3 : Développer la présence en ligne de l’organisation",
       {"Participer à la valorisation de l’image de l’organisation sur les médias numériques en tenant compte du cadre juridique et des enjeux économiques",
        "Référencer les services en ligne de l’organisation et mesurer leur visibilité.",
        "Participer à l’évolution d’un site Web exploitant les données de l’organisation."},
       false,
       {"L’image de l’organisation est conforme aux attentes et valorisée.",
        "Les enjeux économiques liés à l’image de l’organisation sont identifiés et les obligations juridiques sont respectées.",
        "Les mentions légales sont accessibles et conformes à la législation.",
        "La visibilité des services en ligne de l’organisation est satisfaisante.",
        "Le site Web a évolué conformément au besoin exprimé."}},
      {"B1.4 : Travailler en mode projet",
       {"Analyser les objectifs et les modalités d’organisation d’un projet", "Planifier les activités",
        "Évaluer les indicateurs de suivi d’un projet et analyser les écarts"},
       true,
       {"Les objectifs et les modalités d’organisation du projet sont explicités.",
        "L’analyse des besoins et de l’existant est pertinente.",
        "Les activités personnelles sont planifiées selon une méthodologie donnée et les ressources humaines, matérielles et logicielles nécessaires sont mobilisées de manière efficace et pertinente.",
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
        "La veille est régulière et vise à :\n- repérer les techniques et technologies émergentes du secteur informatique ;\n- utiliser de manière approfondie des moyens de recherche d'information ;\n- renforcer ses compétences.",
        "L’identité professionnelle est pertinente et visible sur un réseau social professionnel."}},
  };
  return c;
}

}  // namespace

std::string long_text() {
  static const char* const words[] = {"Refonte", "complète", "du", "système", "d’information", "de", "l’agence",
                                      "avec", "migration", "des", "postes", "et", "sauvegardes", "vérifiées"};
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

FilledForm grid_form() {
  FilledForm f;
  f.form_id = "grille-b1";
  f.meta = {"Grille des compétences – bloc 1 – MARTIN Léa", "BTS SIO, session 2026, épreuve E4", "MARTIN Léa",
            "BTS SIO; E4; grille"};
  Section s;
  s.footer = "MARTIN Léa – n° 02412345678 – grille des compétences du bloc 1";
  s.blocks.push_back(heading("BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2026", 1));
  s.blocks.push_back(heading("Bloc 1 – Support et mise à disposition de services informatiques", 2));
  s.blocks.push_back(label_value("NOM et prénom", "MARTIN Léa"));
  s.blocks.push_back(label_value("N° candidat", "02412345678"));
  s.blocks.push_back(label_value("Centre de formation", "Lycée Exemple, Rennes"));
  s.blocks.push_back(text_item("Option :", Style::Label));
  s.blocks.push_back(checkbox_item(true, "SISR"));
  s.blocks.push_back(checkbox_item(false, "SLAM"));

  Table t;
  t.widths = {44, 8, 48};
  t.rows.push_back(row({cell({text_item("Bloc 1 : compétences", Style::Label)}, 1, true),
                        cell({}, 1, true),
                        cell({text_item("Indicateurs de performance", Style::Label)}, 1, true)},
                       true));
  t.rows.push_back(row({cell({text_item("Capacité à rendre compte d’un travail réalisé au sein d’une équipe projet en "
                                        "mettant clairement en évidence sa contribution personnelle.")}),
                        cell({checkbox_item(false, {}, Align::Center)}, 1, false, VAlign::Middle), cell({})}));
  for (const Competence& c : bloc1()) {
    std::vector<Item> left{text_item(c.title, Style::Label)};
    for (const char* sc : c.sous) left.push_back(bullet_item(sc));
    std::vector<Item> right;
    for (const char* ind : c.indicateurs) right.push_back(text_item(ind));
    t.rows.push_back(row({cell(left), cell({checkbox_item(c.checked, {}, Align::Center)}, 1, false, VAlign::Middle),
                          cell(right)}));
  }
  s.blocks.push_back(t);
  f.sections.push_back(std::move(s));
  return f;
}

FilledForm synthesis_form() {
  FilledForm f;
  f.form_id = "synthese-e4";
  f.meta = {"Tableau de synthèse – MARTIN Léa", "BTS SIO, session 2026, épreuve E4", "MARTIN Léa", "synthèse"};
  Section s;
  s.orientation = Orientation::Landscape;
  s.footer = "MARTIN Léa – n° 02412345678 – tableau de synthèse E4";
  s.blocks.push_back(heading("BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2026", 1));
  s.blocks.push_back(heading("ANNEXE 6-1 : Tableau de synthèse des réalisations professionnelles (épreuve E4)", 2));
  s.blocks.push_back(label_value("Adresse URL du portfolio", "https://lea-martin.example/portfolio"));

  const char* comps[] = {"Gérer le patrimoine informatique", "Répondre aux incidents et aux demandes d’assistance et d’évolution",
                         "Développer la présence en ligne de l’organisation", "Travailler en mode projet",
                         "Mettre à disposition des utilisateurs un service informatique",
                         "Organiser son développement professionnel"};
  Table t;
  t.widths = {30, 10, 10, 10, 10, 10, 10, 10};
  std::vector<Cell> head{cell({text_item("Réalisations professionnelles (intitulé et liste des documents et productions associés)", Style::Label, Align::Center)}, 1, true, VAlign::Middle),
                         cell({text_item("Période (JJ/MM/AA au JJ/MM/AA)", Style::Label, Align::Center)}, 1, true, VAlign::Middle)};
  for (const char* c : comps) head.push_back(cell({text_item(c, Style::Small, Align::Center)}, 1, true, VAlign::Middle));
  t.rows.push_back(row(head, true));

  const char* rubriques[] = {"Réalisations en cours de formation",
                             "Réalisations en milieu professionnel en cours de première année",
                             "Réalisations en milieu professionnel en cours de seconde année"};
  const int lines[] = {20, 10, 10};
  int n = 0;
  for (int r = 0; r < 3; ++r) {
    t.rows.push_back(row({cell({text_item(rubriques[r], Style::Label)}, 8, true, VAlign::Middle)}));
    for (int k = 0; k < lines[r]; ++k, ++n) {
      std::vector<Cell> cells;
      if (k < 6) {
        Item title = text_item("R" + std::to_string(n + 1) + " – Réalisation numéro " + std::to_string(n + 1) +
                               " : déploiement d’un service");
        Item docs = text_item("Documents et productions :\nCahier des charges\nProcédure de déploiement", Style::Small);
        cells.push_back(cell({title, docs}));
        cells.push_back(cell({text_item("12/05/25 au 20/06/25", Style::Body, Align::Center)}, 1, false, VAlign::Middle));
        for (int c = 0; c < 6; ++c) cells.push_back(cell({mark_item((n + c) % 3 == 0, "X")}, 1, false, VAlign::Middle));
        t.rows.push_back(row(cells));
      } else {
        cells.push_back(cell({}));
        cells.push_back(cell({}));
        for (int c = 0; c < 6; ++c) cells.push_back(cell({mark_item(false, "X")}, 1, false, VAlign::Middle));
        t.rows.push_back(row(cells, false, 28));
      }
    }
  }
  s.blocks.push_back(t);
  f.sections.push_back(std::move(s));
  return f;
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
  std::vector<Cell> head{cell({text_item("Réalisation", Style::Label)}, 1, true), cell({text_item("Période", Style::Label)}, 1, true)};
  for (int c = 1; c <= 6; ++c) head.push_back(cell({text_item("B1." + std::to_string(c), Style::Small, Align::Center)}, 1, true));
  t.rows.push_back(row(head, true));
  std::vector<Cell> tall{cell({text_item(long_text())}), cell({text_item("01/09/24 au 30/06/25", Style::Body, Align::Center)})};
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
  t.rows.push_back(row({cell({text_item("Nom", Style::Label)}, 1, true), cell({text_item("Prénom", Style::Label)}, 1, true),
                        cell({text_item("Remarque", Style::Label)}, 1, true)}, true));
  t.rows.push_back(row({cell({text_item("ŻÓŁKIEWSKI")}), cell({text_item("Łukasz")}), cell({checkbox_item(true, "présent <ok> & \"validé\"")})}));
  t.rows.push_back(row({cell({text_item("王")}), cell({text_item("伟")}), cell({checkbox_item(false, "absent")})}));
  t.rows.push_back(row({cell({text_item("Fusion sur deux colonnes : Дмитрий")}, 2), cell({text_item("🎓")})}));
  t.rows.push_back(row({cell({text_item("Trois colonnes fusionnées, cellule ombrée")}, 3, true)}));
  s.blocks.push_back(t);
  Table nb;
  nb.widths = {50, 50};
  nb.borders = false;
  nb.rows.push_back(row({cell({text_item("Tableau sans bordures, gauche")}), cell({text_item("droite", Style::Body, Align::Right)})}));
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
      s.blocks.push_back(text_item("Section " + std::to_string(k + 1) + ", page " + std::to_string(p + 1) + " du contenu"));
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
  s.blocks.push_back(text_item(std::string("avant\x01\x02\x0B\x0C\x1F" "après")));           // 5 C0 controls
  s.blocks.push_back(text_item(std::string("retour\r\nchariot")));                          // 1 (\r)
  s.blocks.push_back(text_item(std::string("C1 \xC2\x85 et \xEF\xBF\xBE \xEF\xBF\xBF fin")));  // 3 (U+0085, U+FFFE, U+FFFF)
  s.blocks.push_back(text_item(std::string("octets \xFF\xC3 cassés")));                      // 2 stray bytes
  s.blocks.push_back(checkbox_item(true, std::string("case\x1B")));                          // 1
  f.sections.push_back(std::move(s));
  return f;
}

std::vector<std::pair<std::string, FilledForm>> all_sample_forms() {
  return {{"grid", grid_form()},         {"synthesis", synthesis_form()},
          {"long_text", long_text_form()}, {"names", names_form()},
          {"sections", multi_section_form()}, {"controls", control_chars_form()}};
}

}  // namespace siofill::docx_test
