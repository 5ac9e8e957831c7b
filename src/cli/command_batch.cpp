#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <thread>

#include "batch/batch_inputs.hpp"
#include "batch/batch_report.hpp"
#include "batch/batch_runner.hpp"
#include "batch/shard_spec.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_errors.hpp"
#include "cli/run_inputs.hpp"
#include "cli/selection.hpp"
#include "cli/sequences_option.hpp"
#include "cli/stop_signals.hpp"
#include "cli/terminal_text.hpp"
#include "json/json_parse.hpp"
#include "output/output_folder.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "text/printable.hpp"
#include "text/system_errors.hpp"
#include "text/utf8.hpp"

namespace siofill::cli {
namespace {

namespace fs = std::filesystem;

// -o inside the folder of evidence files: the next run would read the
// report and the outputs as students.
std::optional<std::string> output_inside_input(const std::string& input, const std::string& out_dir) {
  std::error_code ec;
  if (!fs::is_directory(input, ec)) return std::nullopt;  // a roster names its files one by one
  const fs::path in = fs::weakly_canonical(input, ec);
  if (ec) return std::nullopt;
  const fs::path out = fs::weakly_canonical(out_dir, ec);
  if (ec) return std::nullopt;
  auto i = in.begin(), o = out.begin();
  for (; i != in.end() && o != out.end() && *i == *o; ++i, ++o) {
  }
  if (i != in.end() && !(std::next(i) == in.end() && i->empty())) return std::nullopt;
  return "le dossier de sortie « " + text::shown_name(out_dir) + " » est " +
         (o == out.end() ? "le dossier d’entrée" : "dans le dossier d’entrée « " + text::shown_name(input) + " »") +
         " : la prochaine exécution y lirait le rapport et les formulaires comme des fichiers de preuves ; "
         "choisissez un dossier de sortie en dehors (par exemple -o " +
         text::shown_name(input) + "-sortie)";
}

struct BatchOptions {
  std::string input;
  std::string out_dir;
  unsigned jobs = 0;
  std::string forms, formats;
  std::string name = output::kDefaultNameTemplate;
  std::string shard;
  std::optional<std::size_t> shard_count;  // --shard-count, when given
  std::size_t shard_count_value = 0;
  bool zip = false, json = false, quiet = false;
  std::string sequences;  // --sequences FILE
};

// The plan may sit in the class folder with the evidence files: it is not a student.
void drop_plan_file(const std::string& plan, std::vector<batch::StudentInput>& inputs) {
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(plan, ec);
  if (ec) return;
  inputs.erase(std::remove_if(inputs.begin(), inputs.end(),
                              [&](const batch::StudentInput& in) {
                                std::error_code e;
                                return fs::weakly_canonical(in.source, e) == target && !e;
                              }),
               inputs.end());
  for (std::size_t i = 0; i < inputs.size(); ++i) inputs[i].index = i;
}

void print_summary(const batch::BatchOutcome& outcome, const BatchOptions& opt) {
  for (const batch::ProblemStudent& p : outcome.problems)
    std::cout << wrapped_paragraph("✗ " + std::string(status_label(p.status)) + " : ",
                                   text::shown_name(p.source) +
                                       (text::trim(p.who).empty() ? "" : " (" + text::printable(p.who) + ")") + " — " +
                                       text::printable(p.first_message));
  for (const std::string& f : outcome.class_failures)
    std::cout << "✗ sortie de classe : " << text::printable(f) << "\n";
  const batch::BatchTotals& t = outcome.totals;
  std::cout << t.students << " étudiant(s) : " << t.ready << " prêt(s), " << t.warning << " avec avertissements, "
            << t.blocked << " bloqué(s), " << t.error << " en erreur ; " << t.files << " fichiers écrits dans "
            << text::shown_name(opt.out_dir) << " (détail : rapport.json)\n";
  if (outcome.interrupted) std::cout << "interrompu : seuls les fichiers complets ont été gardés\n";
}

int run_batch_command(const BatchOptions& opt, const GlobalOptions& global) {
  batch::BatchSettings settings;
  if (opt.shard_count && opt.shard != "auto") {
    std::cerr << "erreur : --shard-count ne sert qu’avec --shard auto (avec --shard I/N, le nombre de lots est N)\n";
    return kInputError;
  }
  if (opt.shard == "auto") {
    const batch::ShardFromEnvironment found =
        batch::shard_from_environment(opt.shard_count, [](const char* name) { return std::getenv(name); });
    if (!found.shard) {
      std::cerr << "erreur : " << text::printable(found.error) << "\n";
      return kInputError;
    }
    settings.shard = *found.shard;
    std::cerr << "lot " << settings.shard.index << "/" << settings.shard.count << " (" << text::printable(found.source)
              << ")\n";
  } else if (!opt.shard.empty()) {
    const std::optional<batch::Shard> shard = batch::parse_shard(opt.shard);
    if (!shard) {
      std::cerr << "erreur : --shard « " << text::shown_name(opt.shard)
                << " » invalide : attendu I/N avec 0 ≤ I < N (par exemple 0/4), ou auto\n";
      return kInputError;
    }
    settings.shard = *shard;
  }
  if (auto problem = output::check_name_template(opt.name)) {
    std::cerr << "erreur : --name : " << text::printable(*problem) << "\n";
    return kInputError;
  }
  const std::optional<RunInputs> run = read_run_inputs(global, opt.sequences);
  if (!run) return kInputError;
  batch::JobSettings& job = settings.job;
  job.ref = run->ref;
  job.sequences = run->sequences();
  if ((!opt.forms.empty() && !select_forms(opt.forms, {}, job.forms)) || !select_formats(opt.formats, job.formats))
    return kInputError;
  job.name_template = opt.name;
  job.out_dir = opt.out_dir;
  job.write_options = run->write_options;
  job.class_pdf_form = forms::find_form("synthese-b1");
  std::vector<batch::StudentInput> inputs;
  std::vector<std::string> input_errors;
  if (!batch::collect_inputs(opt.input, inputs, settings.input_problems, input_errors)) {
    for (const std::string& e : input_errors) std::cerr << "erreur : " << e << "\n";
    return kInputError;
  }
  if (run->plan) drop_plan_file(opt.sequences, inputs);
  if (inputs.empty()) {
    std::cerr << "erreur : aucun fichier de preuves (*.json) dans « " << text::shown_name(opt.input) << " »\n";
    return kInputError;
  }
  if (const auto problem = output_inside_input(opt.input, opt.out_dir)) {
    std::cerr << "erreur : " << *problem << "\n";
    return kInputError;
  }
  // Alone in the output folder until the end: another batch there would mix
  // its files and report with ours. The shards of one export are the
  // exception: they write disjoint students and class outputs suffixed with
  // their shard, so they share the folder with each other (on one machine
  // under GNU parallel, or on a shared volume), never with a whole batch.
  const auto access =
      settings.shard.count > 1 ? output::OutputFolder::Access::Shared : output::OutputFolder::Access::Exclusive;
  std::string folder_problem;
  const std::optional<output::OutputFolder> folder = output::OutputFolder::open(opt.out_dir, access, folder_problem);
  if (!folder) {
    std::cerr << "erreur : " << folder_problem << "\n";
    return kInputError;
  }
  for (const std::string& p : settings.input_problems) std::cerr << "attention : " << text::printable(p) << "\n";
  settings.threads = opt.jobs > 0 ? opt.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (settings.threads > batch::kMaxThreads) {
    std::cerr << "attention : --jobs " << settings.threads << " : au plus " << batch::kMaxThreads
              << " fils de calcul ; " << batch::kMaxThreads << " utilisés\n";
    settings.threads = batch::kMaxThreads;
  }
  settings.zip = opt.zip;
  settings.progress = !opt.quiet && !opt.json;
  settings.input_label = opt.input;
  settings.folder_locked = folder->locked() && access == output::OutputFolder::Access::Exclusive;

  // Running students finish their file, the report is written (stop_signals.hpp).
  std::stop_source stop;
  const batch::BatchOutcome outcome = [&] {
    const StopOnSignals signals(stop);
    return batch::run_batch(inputs, settings, stop.get_token());
  }();
  if (!outcome.thread_problem.empty()) std::cerr << "attention : " << outcome.thread_problem << "\n";
  if (outcome.stale_temporaries > 0)
    std::cerr << "note : " << outcome.stale_temporaries << " fichier(s) temporaire(s) laissé(s) par une exécution "
              << "interrompue supprimé(s) dans « " << text::shown_name(opt.out_dir) << " »\n";

  if (opt.json)
    batch::print_report(std::cout, outcome, settings);
  else if (!opt.quiet)
    print_summary(outcome, opt);
  if (outcome.interrupted) return kInterrupted;
  const bool some_failed = !settings.input_problems.empty() || !outcome.class_failures.empty() ||
                           outcome.totals.blocked > 0 || outcome.totals.error > 0;
  return some_failed ? kSomeFailed : kOk;
}

}  // namespace

Command add_batch_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<BatchOptions>();
  CLI::App* app =
      root.add_subcommand("batch", "Remplit les formulaires de toute une classe (dossier de preuves ou liste CSV)");
  app->add_option("entree", opt->input,
                  "Dossier de fichiers de preuves, ou liste de classe CSV (numero;nom;prenom;option;evidence)")
      ->required();
  app->add_option("-o,--output", opt->out_dir, "Dossier de sortie (créé si besoin)")->required()->type_name("DOSSIER");
  app->add_option("--jobs", opt->jobs, "Nombre de fils de calcul (par défaut : le nombre de cœurs)")->type_name("N");
  app->add_option("--form", opt->forms, "Formulaires (par défaut : ceux des blocs de chaque étudiant)")
      ->type_name("LISTE");
  app->add_option("--format", opt->formats, "Formats : pdf,xlsx,docx,xml (par défaut : tous)")->type_name("LISTE");
  add_sequences_option(*app, opt->sequences);
  app->add_option("--name", opt->name, "Modèle des noms de fichiers (défaut : {numero}_{nom}_{prenom}_{form}.{ext})")
      ->type_name("MODELE");
  app->add_option("--shard", opt->shard,
                  "Ne traiter que le lot I sur N (étudiants de rang ≡ I mod N) ; auto : le lot donné par "
                  "l’ordonnanceur (Kubernetes, Slurm, GNU parallel)")
      ->type_name("I/N|auto");
  CLI::Option* shard_count =
      app->add_option(
             "--shard-count", opt->shard_count_value,
             "Avec --shard auto : le nombre de lots, quand l’ordonnanceur ne le dit pas (Kubernetes, GNU parallel)")
          ->type_name("N");
  app->add_flag("--zip", opt->zip, "Ajouter une archive siofill-export.zip de tous les fichiers");
  app->add_flag("--json", opt->json, "Le rapport en JSON sur la sortie standard");
  app->add_flag("--quiet,-q", opt->quiet, "Rien sur la sortie standard (le rapport reste dans rapport.json)");
  return Command{app, [opt, &global, shard_count] {
                   if (shard_count->count() > 0) opt->shard_count = opt->shard_count_value;
                   return run_batch_command(*opt, global);
                 }};
}

}  // namespace siofill::cli
