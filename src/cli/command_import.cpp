// siofill import notes.txt -o evidence.json: a student's indented notes -> evidence JSON.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/import_options.hpp"
#include "cli/input_errors.hpp"
#include "document/writer_options.hpp"
#include "evidence/evidence_loader.hpp"
#include "import/notes_importer.hpp"
#include "import/notes_text.hpp"
#include "output/atomic_file.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "text/printable.hpp"

namespace siofill::cli {
namespace {

namespace fs = std::filesystem;

using import::kMaxNotesBytes;

struct ImportOptions {
  std::string notes;
  std::string output;
  bool force = false;
  std::vector<std::string> organisations;
  CandidatOptions candidat;
};

// Reads the notes ("-": standard input); prints why and returns nullopt when it cannot.
std::optional<std::string> read_notes(const std::string& path) {
  std::string data;
  if (path == "-") {
    data.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::cerr << "erreur : " << text::shown_name(path) << " : c’est un dossier, pas un fichier de notes\n";
      return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "erreur : " << text::shown_name(path) << " : impossible d’ouvrir le fichier"
                << (fs::exists(path, ec) ? " : droits de lecture manquants ?"
                                         : " : il n’existe pas (vérifiez le nom et le dossier)")
                << "\n";
      return std::nullopt;
    }
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      std::cerr << "erreur : " << text::shown_name(path) << " : lecture du fichier impossible\n";
      return std::nullopt;
    }
  }
  if (data.size() > kMaxNotesBytes) {
    std::cerr << "erreur : " << text::shown_name(path) << " : fichier trop volumineux pour des notes (plus de "
              << kMaxNotesBytes << " octets)\n";
    return std::nullopt;
  }
  return data;
}

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw doc::WriteError("écriture impossible dans « " + path.string() + " »");
}

int run_import(const ImportOptions& opt, const GlobalOptions& global) {
  std::string output = opt.output;
  if (output.empty()) {
    if (opt.notes == "-") {
      std::cerr << "erreur : -o FICHIER est obligatoire quand les notes viennent de l’entrée standard (-o - pour "
                   "la sortie standard)\n";
      return kInputError;
    }
    output = fs::path(opt.notes).replace_extension(".json").string();
  }
  const bool to_stdout = output == "-";
  std::error_code ec;
  if (!to_stdout && opt.notes != "-" && fs::equivalent(opt.notes, output, ec)) {
    std::cerr << "erreur : le fichier de sortie " << text::shown_name(output)
              << " est le fichier de notes lui-même : choisissez "
              << "un autre nom avec -o\n";
    return kInputError;
  }
  if (!to_stdout && !opt.force && fs::exists(output, ec)) {
    std::cerr << "erreur : " << text::shown_name(output)
              << " existe déjà (des dates ou un cadre y ont peut-être été ajoutés) : "
              << "choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer\n";
    return kInputError;
  }

  Diagnostics diagnostics;
  const Referentiel* ref = referentiel_from(global.referentiel, diagnostics);
  if (!ref) {
    print_diagnostics(diagnostics);
    return kInputError;
  }
  const std::optional<std::string> text = read_notes(opt.notes);
  if (!text) return kInputError;
  import::ImportSettings settings;
  settings.candidat = opt.candidat.fields();
  settings.organisations = opt.organisations;
  const import::NotesTextImport imported = import::import_notes_text(*text, output, *ref, settings);
  if (imported.error) {
    std::cerr << "erreur : " << text::shown_name(opt.notes) << ":" << imported.error->line << ": "
              << text::printable(imported.error->message) << "\n";
    return kInputError;
  }
  if (!imported.reread.empty()) {
    std::cerr << "erreur : le fichier produit depuis " << text::shown_name(opt.notes)
              << " ne se relit pas ; rien n’est écrit :\n";
    print_diagnostics(imported.reread);
    return kInputError;
  }
  const import::ImportResult& result = imported.result;
  const std::string& json = imported.json;

  if (to_stdout) {
    std::cout << json;
    std::cout.flush();
  } else {
    try {
      output::write_atomically(output, [&](const fs::path& tmp) { write_text(tmp, json); });
    } catch (const std::exception& e) {
      std::cerr << "erreur : " << text::printable(e.what()) << "\n";
      return kInputError;
    }
  }

  // Everything about the notes, in line order, then what is left to fill in.
  for (const import::NoteRemark& r : import::remarks_in_line_order(result))
    std::cerr << text::shown_name(opt.notes) << ":" << r.line << (r.ignored ? ": ligne ignorée : " : ": note : ")
              << text::printable(r.message) << "\n";
  if (result.activities == 0 && result.evidence.realisations.empty() && result.evidence.lacunes.empty())
    std::cerr << "attention : aucune activité reconnue dans " << text::shown_name(opt.notes)
              << " (attendu : une compétence, ses sous-compétences en retrait, puis « # activité (organisation) »)\n";
  for (const std::string& item : result.to_complete) std::cerr << "à compléter : " << text::printable(item) << "\n";
  std::string realisations;
  for (const std::string& r : result.realisations) realisations += (realisations.empty() ? "" : ", ") + r;
  const std::size_t lacunes = result.evidence.lacunes.size();
  std::cerr << text::shown_name(opt.notes) << " : " << result.activities
            << (result.activities > 1 ? " activités" : " activité")
            << (realisations.empty() ? ", aucune réalisation" : " dans " + realisations) << ", " << lacunes
            << (lacunes > 1 ? " lacunes" : " lacune") << ", " << result.ignored.size()
            << (result.ignored.size() > 1 ? " lignes ignorées" : " ligne ignorée") << " -> "
            << (to_stdout ? std::string("sortie standard") : output) << "\n";
  return result.ignored.empty() ? kOk : kSomeFailed;
}

}  // namespace

Command add_import_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<ImportOptions>();
  CLI::App* app =
      root.add_subcommand("import",
                          "Convertit les notes d’un étudiant (plan indenté : compétence, sous-compétence, « # activité "
                          "(organisation) ») en fichier de preuves JSON");
  app->add_option("notes", opt->notes, "Fichier de notes (texte) ; « - » pour l’entrée standard")->required();
  app->add_option("-o,--output", opt->output,
                  "Fichier JSON à écrire (par défaut : le nom des notes en .json) ; « - » pour la sortie standard")
      ->type_name("FICHIER");
  app->add_flag("--force", opt->force, "Remplace le fichier de sortie s’il existe déjà");
  app->add_option("--organisation", opt->organisations,
                  "Organisation à reconnaître entre parenthèses même si les notes ne la citent qu’une fois "
                  "(répétable)")
      ->type_name("NOM")
      ->allow_extra_args(false);  // one name per --organisation: the notes file may follow
  add_candidat_options(*app, opt->candidat);
  return Command{app, [opt, &global] { return run_import(*opt, global); }};
}

}  // namespace siofill::cli
