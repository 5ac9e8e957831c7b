#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_errors.hpp"
#include "cli/sequences_option.hpp"
#include "cli/terminal_text.hpp"
#include "coverage/exam_rules.hpp"
#include "evidence/evidence_loader.hpp"
#include "forms/form_spec.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "reports/check_json.hpp"
#include "reports/student_check.hpp"
#include "text/printable.hpp"

namespace siofill::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> files;
  bool json = false;
  std::string sequences;  // --sequences FILE
};

int run_check(const CheckOptions& opt, const GlobalOptions& global) {
  Diagnostics ref_errors;
  const Referentiel* ref = referentiel_from(global.referentiel, ref_errors);
  bool plan_ok = true;
  const std::optional<SequencePlan> plan =
      ref ? sequences_from(opt.sequences, *ref, ref_errors, plan_ok) : std::nullopt;
  if (!ref || !plan_ok) {
    print_diagnostics(ref_errors);
    return kInputError;
  }
  bool any_error = false, any_blocked = false;
  nlohmann::ordered_json report = nlohmann::ordered_json::array();
  std::map<std::string, int> totals{{"ready", 0}, {"warning", 0}, {"blocked", 0}, {"error", 0}};
  for (const std::string& file : opt.files) {
    Diagnostics diagnostics;
    std::optional<Evidence> ev = load_evidence_file(file, *ref, diagnostics, {}, plan ? &*plan : nullptr);
    if (!ev) {
      any_error = true;
      ++totals["error"];
      if (opt.json) {
        report.push_back(check_error_entry_json(file, diagnostics));
      } else {
        std::cout << text::shown_name(file) << " : invalide (error) — " << diagnostics.size() << " erreur"
                  << (diagnostics.size() > 1 ? "s" : "") << " (sur la sortie d’erreur)\n";
        print_diagnostics(diagnostics);
      }
      continue;
    }
    const CheckResult result = check_student(*ref, *ev);
    any_blocked = any_blocked || result.status == Status::Blocked;
    ++totals[std::string(status_name(result.status))];
    if (opt.json) {
      report.push_back(check_entry_json(file, *ev, result));
      continue;
    }
    std::cout << text::shown_name(file) << " — " << ev->candidat.nom << " " << ev->candidat.prenom << " (n° "
              << ev->candidat.numero << ", option " << option_name(ev->candidat.option)
              << ") : " << status_phrase(result.status) << " (" << status_name(result.status) << ")\n";
    for (const Finding& f : result.findings) std::cout << wrapped_paragraph(f.blocking ? "  ✗ " : "  ! ", f.message);
  }
  if (opt.json) {
    const nlohmann::ordered_json out = check_report_json(std::move(report));
    // A file name that is not UTF-8 cannot be told in JSON: U+FFFD stands for its bad bytes.
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else if (opt.files.size() > 1) {
    std::cout << "\nBilan : " << totals["ready"] << " prêt(s), " << totals["warning"] << " avec avertissements, "
              << totals["blocked"] << " bloqué(s), " << totals["error"] << " invalide(s)\n";
  }
  if (any_error) return kInputError;
  return any_blocked ? kSomeFailed : kOk;
}

}  // namespace

Command add_check_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<CheckOptions>();
  CLI::App* app = root.add_subcommand(
      "check", "Vérifie les preuves d’un ou plusieurs étudiants : prêt, avertissements ou bloqué, avec les raisons");
  app->add_option("fichiers", opt->files, "Fichiers de preuves (siofill-evidence/1) ; « - » pour l’entrée standard")
      ->required();
  app->add_flag("--json", opt->json, "Résultat en JSON sur la sortie standard (pour les scripts)");
  add_sequences_option(*app, opt->sequences);
  return Command{app, [opt, &global] { return run_check(*opt, global); }};
}

}  // namespace siofill::cli
