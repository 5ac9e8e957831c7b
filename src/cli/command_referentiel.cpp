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
  bool json = false;
};

void print_bloc(const Bloc& b) {
  std::cout << wrapped_paragraph("", "Bloc " + b.id + (b.option ? " (option " + std::string(option_name(*b.option)) + ")" : "") +
                                         " — " + b.intitule + " — épreuve " + b.epreuve);
  for (const CapaciteTransversale& t : b.capacites_transversales) std::cout << wrapped_paragraph("  " + t.id + "  ", t.intitule);
  for (const Competence& c : b.competences) {
    std::cout << "\n"
              << wrapped_paragraph("  " + c.id + "  ", c.intitule +
                                                       (c.option ? " (option " + std::string(option_name(*c.option)) + ")" : ""));
    for (const SousCompetence& s : c.sous_competences) std::cout << wrapped_paragraph("    " + pad(s.id, 8) + " ", s.intitule);
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
  if (opt.json) {
    std::cout << referentiel_to_json(*ref, selected).dump(2) << "\n";
    return kOk;
  }
  std::cout << ref->intitule << "\n\n";
  for (const Bloc* b : selected) print_bloc(*b);
  return kOk;
}

}  // namespace

Command add_referentiel_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<ReferentielOptions>();
  CLI::App* app = root.add_subcommand("referentiel", "Affiche le référentiel utilisé (intégré, ou celui de --referentiel)");
  app->add_option("--bloc", opt->bloc, "N’afficher qu’un bloc (B1, B2, B3)");
  app->add_option("--option", opt->option, "N’afficher que ce que voit une option (SISR ou SLAM)");
  app->add_flag("--json", opt->json, "Le référentiel en JSON (format siofill-referentiel/1)");
  return Command{app, [opt, &global] { return run_referentiel(*opt, global); }};
}

}  // namespace siofill::cli
