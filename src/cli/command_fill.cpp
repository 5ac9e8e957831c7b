#include <stdlib.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_errors.hpp"
#include "cli/selection.hpp"
#include "cli/sequences_option.hpp"
#include "cli/terminal_text.hpp"
#include "evidence/evidence_loader.hpp"
#include "fill/fill_form.hpp"
#include "forms/form_spec.hpp"
#include "job/student_job.hpp"
#include "output/output_folder.hpp"
#include "output/output_names.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "text/printable.hpp"
#include "text/utf8.hpp"
#include "writers/output_formats.hpp"

namespace siofill::cli {
namespace {

namespace fs = std::filesystem;

struct FillOptions {
  std::string file;
  std::string out_dir = ".";
  std::string forms;
  std::string formats;
  std::string name = output::kDefaultNameTemplate;
  std::string sequences;  // --sequences FILE
};

// Copies a finished temporary file to standard output (for "-o -").
void copy_to_stdout(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::cout << in.rdbuf();
  std::cout.flush();
}

// "pdf" -> "PDF", as a format is named in a sentence.
std::string shouted(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

fs::path* private_temp_dir() {
  std::error_code ec;
  std::string pattern = (fs::temp_directory_path(ec) / "siofill-XXXXXX").string();
  if (ec || !::mkdtemp(pattern.data())) return nullptr;
  return new fs::path(pattern);
}

void remove_temp_dir(fs::path* dir) {
  if (!dir) return;
  std::error_code ignored;
  fs::remove_all(*dir, ignored);
  delete dir;
}

int run_fill(const FillOptions& opt, const GlobalOptions& global) {
  if (auto problem = output::check_name_template(opt.name)) {
    std::cerr << "erreur : --name : " << text::printable(*problem) << "\n";
    return kInputError;
  }
  std::string epoch_problem;
  const std::optional<doc::WriteOptions> write_options = doc::write_options_from_environment(epoch_problem);
  if (!write_options) {
    std::cerr << "erreur : " << epoch_problem << "\n";
    return kInputError;
  }
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
  std::vector<const forms::FormSpec*> forms;
  std::vector<const writers::OutputFormat*> formats;
  if (!select_forms(opt.forms, fill::forms_for_student(*ref, *ev), forms) || !select_formats(opt.formats, formats))
    return kInputError;
  const bool to_stdout = opt.out_dir == "-";
  if (to_stdout && forms.size() * formats.size() != 1) {
    std::cerr << "erreur : -o - (sortie standard) demande exactement un formulaire (--form) et un format (--format)\n";
    return kInputError;
  }
  // Shared with other fills, never while a batch writes there (output_folder.hpp).
  std::string folder_problem;
  const std::optional<output::OutputFolder> folder =
      to_stdout ? std::nullopt
                : output::OutputFolder::open(opt.out_dir, output::OutputFolder::Access::Shared, folder_problem);
  if (!to_stdout && !folder) {
    std::cerr << "erreur : " << folder_problem << "\n";
    return kInputError;
  }

  // "-o -": the file is made in a private temporary folder, never in the current one.
  const std::unique_ptr<fs::path, void (*)(fs::path*)> stdout_dir(to_stdout ? private_temp_dir() : nullptr,
                                                                  remove_temp_dir);
  if (to_stdout && !stdout_dir) {
    std::cerr << "erreur : -o - : impossible de créer un dossier temporaire (voir TMPDIR)\n";
    return kSomeFailed;
  }
  job::StudentJob student{ref, &*ev, {}, to_stdout ? *stdout_dir : fs::path(opt.out_dir), *write_options, {}, {}};
  student.plan = job::plan_outputs(*ev, forms, formats, to_stdout ? "siofill-stdout.{ext}" : opt.name);

  // Told as the job goes: the verdict first, then each file once in place.
  job::JobEvents events;
  events.checked = [&](const CheckResult& check) {
    if (check.status != Status::Blocked) return;
    std::cerr << "attention : " << text::shown_name(opt.file)
              << " est bloqué ; les formulaires sont écrits pour relecture :\n";
    for (const Finding& f : check.findings)
      if (f.blocking) std::cerr << wrapped_paragraph("  ✗ ", f.message);
  };
  // A character no installed font can draw prints as a replacement sign in
  // the PDF (its text stays extractable): say so rather than let it pass.
  events.missing_characters = [](const forms::FormSpec& form, const writers::OutputFormat& format,
                                 const std::u32string& missing) {
    std::string list;
    for (char32_t c : missing) list += " " + text::encode(c) + " (" + text::code_point_name(c) + ")";
    std::cerr << "attention : " << form.id << " : aucune police installée ne dessine ces caractères, "
              << "le " << shouted(format.name) << " les montre comme « � » :" << list << "\n";
  };
  events.written = [&](const job::PlannedOutput& p) {
    const fs::path target = student.out_dir / p.path;
    if (!to_stdout) {
      std::cout << text::shown_name(target.string()) << "\n";
      return;
    }
    copy_to_stdout(target);
    std::error_code ignored;
    fs::remove(target, ignored);
  };
  events.failed = [&](const job::FailedOutput& f) {
    std::cerr << "erreur : " << text::shown_name((student.out_dir / f.path).string()) << " : "
              << text::printable(f.message) << "\n";
  };
  const job::StudentOutcome outcome = job::run_student_job(student, events);
  return outcome.status == Status::Blocked || outcome.status == Status::Error ? kSomeFailed : kOk;
}

}  // namespace

Command add_fill_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<FillOptions>();
  CLI::App* app = root.add_subcommand("fill", "Remplit les formulaires d’un étudiant (PDF, XLSX, DOCX, XML Word)");
  app->add_option("fichier", opt->file, "Fichier de preuves ; « - » pour l’entrée standard")->required();
  app->add_option("-o,--output", opt->out_dir, "Dossier de sortie (créé si besoin) ; « - » : sortie standard")
      ->type_name("DOSSIER");
  app->add_option("--form", opt->forms,
                  "Formulaires, séparés par des virgules (par défaut : ceux des blocs de l’étudiant)")
      ->type_name("LISTE");
  app->add_option("--format", opt->formats, "Formats, séparés par des virgules : pdf,xlsx,docx,xml (par défaut : tous)")
      ->type_name("LISTE");
  add_sequences_option(*app, opt->sequences);
  app->add_option("--name", opt->name, "Modèle des noms de fichiers (défaut : {numero}_{nom}_{prenom}_{form}.{ext})")
      ->type_name("MODELE");
  return Command{app, [opt, &global] { return run_fill(*opt, global); }};
}

}  // namespace siofill::cli
