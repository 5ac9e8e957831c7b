#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_errors.hpp"
#include "cli/sequences_option.hpp"
#include "cli/terminal_text.hpp"
#include "coverage/coverage.hpp"
#include "coverage/exam_rules.hpp"
#include "evidence/evidence_loader.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "reports/coverage_json.hpp"
#include "text/printable.hpp"

namespace siofill::cli {
namespace {

struct CoverageOptions {
  std::string file;
  std::string bloc;  // empty: the blocs the student is judged on
  bool json = false;
  std::string sequences;  // --sequences FILE
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void print_coverage(const Referentiel& ref, const Evidence& ev, const BlocCoverage& cov) {
  constexpr std::size_t kWidth = 80, kTitle = 62;
  std::cout << ev.candidat.nom << " " << ev.candidat.prenom << " — n° " << ev.candidat.numero << " — option "
            << option_name(ev.candidat.option) << " — session " << ev.candidat.session << "\n";
  std::cout << wrapped_paragraph("",
                                 "Bloc " + std::to_string(cov.bloc->numero) + " : " + cov.bloc->intitule +
                                     " (épreuve " + exam_number(ref, ev, *cov.bloc) + ")",
                                 kWidth);
  std::cout << "Compétences mobilisées : " << cov.covered_count() << "/" << cov.competences.size() << "\n\n";
  for (const CompetenceCoverage& cc : cov.competences) {
    const std::string count = std::to_string(cc.covered_sous()) + "/" + std::to_string(cc.sous.size());
    const std::vector<std::string> title = wrap(cc.competence->intitule, kTitle);
    for (std::size_t i = 0; i < title.size(); ++i) {
      if (i == 0)
        std::cout << (cc.covered() ? "[X] " : "[ ] ") << pad(cc.competence->id, 6) << pad(title[i], kTitle) << " "
                  << std::string(count.size() < 5 ? 5 - count.size() : 0, ' ') << count << "\n";
      else
        std::cout << std::string(10, ' ') << title[i] << "\n";
    }
    std::cout << wrapped_paragraph("      réalisations : ", cc.realisations.empty() ? "aucune" : join(cc.realisations),
                                   kWidth);
    if (cc.lacune) std::cout << "      la compétence est marquée à définir\n";
    for (const SousCompetenceCoverage& s : cc.sous) {
      const char* mark = s.covered() ? "      ✓ " : s.lacune ? "      ? " : "      · ";
      std::string line = s.sous_competence->id + " " + s.sous_competence->intitule;
      if (s.covered()) line += " (" + join(s.realisations) + ")";
      if (s.lacune && !s.covered()) line += " — à définir";
      std::cout << wrapped_paragraph(mark, line, kWidth);
    }
    std::cout << "\n";
  }
  if (!cov.bloc->capacites_transversales.empty())
    std::cout << wrapped_paragraph(cov.transversal ? "[X] " : "[ ] ",
                                   cov.bloc->capacites_transversales.front().intitule +
                                       (cov.transversal ? " (" + join(cov.transversal_realisations) + ")" : ""),
                                   kWidth);
  std::cout << "\n✓ sous-compétence couverte   · non couverte   ? marquée à définir\n";
}

int run_coverage(const CoverageOptions& opt, const GlobalOptions& global) {
  Diagnostics diagnostics;
  const Referentiel* ref = referentiel_from(global.referentiel, diagnostics);
  bool plan_ok = true;
  const std::optional<SequencePlan> plan =
      ref ? sequences_from(opt.sequences, *ref, diagnostics, plan_ok) : std::nullopt;
  std::optional<Evidence> ev;
  if (ref && plan_ok) ev = load_evidence_file(opt.file, *ref, diagnostics, {}, plan ? &*plan : nullptr);
  if (!ev) {
    print_diagnostics(diagnostics);
    return kInputError;
  }
  std::vector<const Bloc*> blocs;
  if (opt.bloc.empty()) {
    blocs = blocs_to_check(*ref, *ev);
  } else if (const Bloc* bloc = ref->bloc(opt.bloc, ev->candidat.option)) {
    blocs.push_back(bloc);
  } else {
    std::cerr << "erreur : bloc « " << text::shown_name(opt.bloc) << " » inconnu (blocs : ";
    std::string sep;
    for (const Bloc& b : ref->blocs)
      if (b.visible_to(ev->candidat.option)) std::cerr << sep << b.id, sep = ", ";
    std::cerr << ")\n";
    return kInputError;
  }
  if (blocs.empty()) return kInputError;
  if (opt.json) {
    // One bloc per call keeps the JSON shape stable for scripts (B1 unless --bloc).
    std::cout << coverage_json(*ref, *ev, compute_coverage(*ref, *blocs.front(), *ev))
                     .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return kOk;
  }
  for (std::size_t i = 0; i < blocs.size(); ++i) {
    if (i > 0) std::cout << "\n";
    print_coverage(*ref, *ev, compute_coverage(*ref, *blocs[i], *ev));
  }
  return kOk;
}

}  // namespace

Command add_coverage_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<CoverageOptions>();
  CLI::App* app = root.add_subcommand(
      "coverage", "Affiche, compétence par compétence, ce que couvrent les réalisations d’un étudiant");
  app->add_option("fichier", opt->file, "Fichier de preuves ; « - » pour l’entrée standard")->required();
  app->add_option("--bloc", opt->bloc,
                  "Bloc à afficher (par défaut : B1, et B2 quand une activité le cite ; B3 possible)");
  app->add_flag("--json", opt->json, "Résultat en JSON sur la sortie standard");
  add_sequences_option(*app, opt->sequences);
  return Command{app, [opt, &global] { return run_coverage(*opt, global); }};
}

}  // namespace siofill::cli
