#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_errors.hpp"
#include "cli/terminal_text.hpp"
#include "referentiel/referentiel_json.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "text/printable.hpp"

namespace siofill::cli {
namespace {

struct ReferentielOptions {
  std::string bloc;
  std::string option;
  int session = 0;  // 0: every range of sessions
  bool json = false;
};

// « B2 → E6 Administration des systèmes et des réseaux (SISR) / Conception et … (SLAM) »
std::string exam_line(const std::string& bloc, const EpreuveRule& e) {
  std::string title = e.intitule;
  for (const auto& [option, text] : e.intitule_par_option)
    title += (title.empty() ? "" : " / ") + text + " (" + std::string(option_name(option)) + ")";
  return bloc + " → " + e.numero + " « " + title + " »";
}

void print_rules(const std::vector<const SessionRules*>& rules, const std::vector<const Bloc*>& blocs) {
  std::cout << "Épreuves selon la session :\n";
  for (const SessionRules* r : rules) {
    std::cout << wrapped_paragraph("  ", "Sessions " + r->sessions.label() + " :");
    for (const auto& [bloc, e] : r->epreuves)
      if (std::any_of(blocs.begin(), blocs.end(), [&](const Bloc* b) { return b->id == bloc; }))
        std::cout << wrapped_paragraph("    ", exam_line(bloc, e));
    std::string annexes;
    for (const auto& [form, label] : r->annexes) annexes += (annexes.empty() ? "" : ", ") + form + " → " + label;
    std::cout << wrapped_paragraph(
        "    ", "annexes : " + (annexes.empty() ? "numéros inconnus, aucun n’est imprimé" : annexes));
    std::cout << wrapped_paragraph("    ", "source : " + r->source);
  }
  std::cout << "\n";
}

// "épreuve E4 (sessions jusqu’à 2024), E5 (sessions à partir de 2025)"
std::string exams_of(const Bloc& b, const std::vector<const SessionRules*>& rules) {
  std::string out;
  for (const SessionRules* r : rules)
    if (const EpreuveRule* e = r->epreuve(b.id))
      out +=
          (out.empty() ? "" : ", ") + e->numero + (rules.size() > 1 ? " (sessions " + r->sessions.label() + ")" : "");
  return "épreuve " + out;
}

void print_bloc(const Bloc& b, const std::vector<const SessionRules*>& rules) {
  std::cout << wrapped_paragraph("", "Bloc " + b.id +
                                         (b.option ? " (option " + std::string(option_name(*b.option)) + ")" : "") +
                                         " — " + b.intitule + " — " + exams_of(b, rules));
  for (const CapaciteTransversale& t : b.capacites_transversales)
    std::cout << wrapped_paragraph("  " + t.id + "  ", t.intitule);
  for (const Competence& c : b.competences) {
    std::cout << "\n"
              << wrapped_paragraph(
                     "  " + c.id + "  ",
                     c.intitule + (c.option ? " (option " + std::string(option_name(*c.option)) + ")" : ""));
    for (const SousCompetence& s : c.sous_competences)
      std::cout << wrapped_paragraph("    " + pad(s.id, 8) + " ", s.intitule);
    if (!c.indicateurs.empty()) std::cout << "    Indicateurs de performance :\n";
    for (const Indicateur& i : c.indicateurs) std::cout << wrapped_paragraph("    " + pad(i.id, 8) + " ", i.texte);
  }
  std::cout << "\n";
}

int run_referentiel(const ReferentielOptions& opt, const GlobalOptions& global) {
  Diagnostics diagnostics;
  const Referentiel* ref = referentiel_from(global.referentiel, diagnostics);
  if (!ref) {
    print_diagnostics(diagnostics);
    return kInputError;
  }
  std::optional<Option> option;
  if (!opt.option.empty() && !(option = parse_option(opt.option))) {
    std::cerr << "erreur : option « " << text::shown_name(opt.option) << " » inconnue (SISR ou SLAM)\n";
    return kInputError;
  }
  std::vector<const Bloc*> selected;
  for (const Bloc& b : ref->blocs)
    if ((opt.bloc.empty() || b.id == opt.bloc) && (!option || b.visible_to(*option))) selected.push_back(&b);
  if (selected.empty()) {
    std::cerr << "erreur : bloc « " << text::shown_name(opt.bloc) << " » absent du référentiel (blocs :";
    for (const Bloc& b : ref->blocs) std::cerr << " " << b.id;
    std::cerr << ")\n";
    return kInputError;
  }
  std::vector<const SessionRules*> rules;
  for (const SessionRules& r : ref->regles)
    if (!opt.session || r.sessions.contains(opt.session)) rules.push_back(&r);
  if (rules.empty()) {
    std::cerr << "erreur : --session " << opt.session << " : aucune règle d’épreuves du référentiel ne couvre cette "
              << "session (sessions connues : " << ref->known_sessions() << ")\n";
    return kInputError;
  }
  if (opt.json) {
    std::cout << referentiel_to_json(*ref, selected, rules).dump(2) << "\n";
    return kOk;
  }
  std::cout << ref->intitule << "\n\n";
  print_rules(rules, selected);
  for (const Bloc* b : selected) print_bloc(*b, rules);
  return kOk;
}

}  // namespace

Command add_referentiel_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<ReferentielOptions>();
  CLI::App* app =
      root.add_subcommand("referentiel", "Affiche le référentiel utilisé (intégré, ou celui de --referentiel)");
  app->add_option("--bloc", opt->bloc, "N’afficher qu’un bloc (B1, B2, B3)");
  app->add_option("--option", opt->option, "N’afficher que ce que voit une option (SISR ou SLAM)");
  // CLI::Range would explain a refusal in English.
  auto year = CLI::Validator(
      [](std::string& s) {
        const bool ok = s.size() == 4 && s.find_first_not_of("0123456789") == std::string::npos;
        return ok ? std::string()
                  : "« " + text::shown_name(s) + " » : une année sur quatre chiffres est attendue (ex. : 2026)";
      },
      "ANNEE", "session");
  app->add_option("--session", opt->session, "N’afficher que les épreuves de cette session (ex. : 2026)")
      ->check(year)
      ->type_name("ANNEE");
  app->add_flag("--json", opt->json,
                "Le référentiel en JSON (format siofill-referentiel/1), règles de session comprises");
  return Command{app, [opt, &global] { return run_referentiel(*opt, global); }};
}

}  // namespace siofill::cli
