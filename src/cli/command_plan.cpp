// siofill plan FILE: what a section's plan of teaching sequences covers of its
// bloc, for the teacher who writes it.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_errors.hpp"
#include "cli/terminal_text.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "sequences/duration.hpp"
#include "sequences/plan_coverage.hpp"
#include "sequences/sequences_loader.hpp"
#include "text/printable.hpp"

namespace siofill::cli {
namespace {

constexpr std::size_t kWidth = 80;

struct PlanOptions {
  std::string file;
  bool json = false;
};

std::string join(const std::vector<std::string>& items, std::string_view sep = ", ") {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

std::string hours(int minutes) { return minutes ? format_duration(minutes) : "0h"; }

std::vector<std::string> missing_competences(const PlanCoverage& cov) {
  std::vector<std::string> out;
  for (const PlanCompetenceCoverage& c : cov.competences)
    if (!c.covered()) out.push_back(c.competence->id);
  return out;
}

nlohmann::json plan_json(const SequencePlan& plan, const PlanCoverage& cov) {
  nlohmann::json competences = nlohmann::json::array();
  for (const PlanCompetenceCoverage& c : cov.competences) {
    nlohmann::json items = nlohmann::json::array();
    for (const PlanSousCoverage& s : c.sous)
      items.push_back({{"id", s.sous_competence->id},
                       {"intitule", s.sous_competence->intitule},
                       {"covered", !s.sequences.empty()},
                       {"sequences", s.sequences},
                       {"minutes", s.minutes},
                       {"duree", hours(s.minutes)}});
    nlohmann::json never = nlohmann::json::array();
    for (const Indicateur* i : c.never_worked) never.push_back({{"id", i->id}, {"texte", i->texte}});
    competences.push_back(
        {{"id", c.competence->id},
         {"intitule", c.competence->intitule},
         {"covered", c.covered()},
         {"sequences", c.sequences},
         {"minutes", c.minutes},
         {"duree", hours(c.minutes)},
         {"sous_competences", {{"covered", c.covered_sous()}, {"total", c.sous.size()}, {"items", items}}},
         {"indicateurs_jamais_travailles", never}});
  }
  nlohmann::json sequences = nlohmann::json::array();
  for (const Sequence& s : plan.sequences)
    sequences.push_back({{"id", s.id},
                         {"intitule", s.intitule},
                         {"semestre", s.semestre},
                         {"minutes", s.minutes},
                         {"duree", s.duree},
                         {"sous_competences", s.sous_competences},
                         {"indicateurs", s.indicateurs}});
  const std::vector<std::string> missing = missing_competences(cov);
  return {{"file", plan.source},
          {"status", missing.empty() ? "ok" : "incomplete"},
          {"bloc", {{"id", cov.bloc->id}, {"intitule", cov.bloc->intitule}}},
          {"minutes", cov.minutes},
          {"duree", hours(cov.minutes)},
          {"sequences", sequences},
          {"competences", competences},
          {"regle_toutes_competences_mobilisees", {{"respectee", missing.empty()}, {"non_mobilisees", missing}}}};
}

void print_plan(const SequencePlan& plan, const PlanCoverage& cov) {
  std::cout << wrapped_paragraph("",
                                 "Plan de séquences " + text::shown_name(plan.source) + " — " +
                                     std::to_string(plan.sequences.size()) + " séquence" +
                                     (plan.sequences.size() > 1 ? "s" : "") + ", " + hours(cov.minutes),
                                 kWidth);
  std::cout << wrapped_paragraph("", "Bloc " + std::to_string(cov.bloc->numero) + " : " + cov.bloc->intitule, kWidth);
  std::size_t covered = 0;
  for (const PlanCompetenceCoverage& c : cov.competences) covered += c.covered() ? 1 : 0;
  std::cout << "Compétences travaillées : " << covered << "/" << cov.competences.size() << "\n\n";
  for (const PlanCompetenceCoverage& c : cov.competences) {
    const std::string count = std::to_string(c.covered_sous()) + "/" + std::to_string(c.sous.size());
    std::cout << wrapped_paragraph(
        c.covered() ? "[X] " : "[ ] ",
        c.competence->id + " " + c.competence->intitule + " — " + count + " sous-compétences, " + hours(c.minutes),
        kWidth);
    std::cout << wrapped_paragraph("      séquences : ", c.sequences.empty() ? "aucune" : join(c.sequences), kWidth);
    for (const PlanSousCoverage& s : c.sous) {
      std::string line = s.sous_competence->id + " " + s.sous_competence->intitule;
      if (!s.sequences.empty()) line += " (" + join(s.sequences) + " ; " + hours(s.minutes) + ")";
      std::cout << wrapped_paragraph(s.sequences.empty() ? "      · " : "      ✓ ", line, kWidth);
    }
    if (c.covered() && !c.never_worked.empty()) {
      std::cout << "      indicateurs jamais travaillés :\n";
      for (const Indicateur* i : c.never_worked)
        std::cout << wrapped_paragraph("      ✗ ", i->id + " " + i->texte, kWidth);
    } else if (!c.covered()) {
      std::cout << "      indicateurs jamais travaillés : tous (" << c.never_worked.size() << ")\n";
    }
    std::cout << "\n";
  }
  const std::vector<std::string> missing = missing_competences(cov);
  if (missing.empty())
    std::cout << wrapped_paragraph("",
                                   "Règle de l’épreuve « toutes les compétences du bloc mobilisées » : respectée "
                                   "par le plan seul.",
                                   kWidth);
  else
    std::cout << wrapped_paragraph("",
                                   "Règle de l’épreuve « toutes les compétences du bloc mobilisées » : non "
                                   "respectée par le plan seul — aucune séquence ne travaille " +
                                       join(missing) + ".",
                                   kWidth);
  std::cout << "\n✓ sous-compétence travaillée   · non travaillée   ✗ indicateur jamais travaillé\n"
               "Heures : la durée entière de chaque séquence qui travaille la (sous-)compétence.\n";
}

int run_plan(const PlanOptions& opt, const GlobalOptions& global) {
  Diagnostics diagnostics;
  const Referentiel* ref = referentiel_from(global.referentiel, diagnostics);
  std::optional<SequencePlan> plan;
  if (ref) plan = load_sequences_file(opt.file, *ref, diagnostics);
  if (!plan) {
    if (opt.json)
      std::cout << nlohmann::json{{"file", opt.file}, {"status", "error"}, {"errors", diagnostics_json(diagnostics)}}
                       .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
    else
      print_diagnostics(diagnostics);
    return kInputError;
  }
  const PlanCoverage cov = compute_plan_coverage(*ref, *plan);
  if (!cov.bloc) return kInputError;  // the loader checked the bloc
  if (opt.json)
    std::cout << plan_json(*plan, cov).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  else
    print_plan(*plan, cov);
  return cov.every_competence_mobilised() ? kOk : kSomeFailed;
}

}  // namespace

Command add_plan_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<PlanOptions>();
  CLI::App* app = root.add_subcommand(
      "plan",
      "Ce que couvre un plan de séquences pédagogiques : compétences et sous-compétences travaillées, par "
      "quelles séquences, en combien d’heures ; code 1 si une compétence du bloc n’est travaillée par aucune");
  app->add_option("fichier", opt->file, "Plan de séquences (siofill-sequences/1) ; « - » pour l’entrée standard")
      ->required();
  app->add_flag("--json", opt->json, "Résultat en JSON sur la sortie standard (pour les scripts)");
  return Command{app, [opt, &global] { return run_plan(*opt, global); }};
}

}  // namespace siofill::cli
