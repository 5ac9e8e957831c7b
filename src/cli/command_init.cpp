// siofill init -o preuves.json: the skeleton of a new student's evidence file.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/import_options.hpp"
#include "cli/input_errors.hpp"
#include "document/writer_options.hpp"
#include "embedded/embedded_files.hpp"
#include "evidence/evidence_loader.hpp"
#include "import/skeleton.hpp"
#include "output/atomic_file.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "text/printable.hpp"

namespace siofill::cli {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string output = "preuves.json";
  bool force = false;
  bool schema = false;
  CandidatOptions candidat;
};

void write_text(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw doc::WriteError("écriture impossible dans « " + path.string() + " »");
}

int run_init(const InitOptions& opt, const GlobalOptions& global) {
  const bool to_stdout = opt.output == "-";
  if (to_stdout && opt.schema) {
    std::cerr << "erreur : --schema écrit le schéma à côté du fichier produit : donnez un fichier avec -o\n";
    return kInputError;
  }
  std::error_code ec;
  if (!to_stdout && !opt.force && fs::exists(opt.output, ec)) {
    std::cerr << "erreur : " << text::shown_name(opt.output)
              << " existe déjà : choisissez un autre nom avec -o, ou ajoutez --force "
              << "pour le remplacer\n";
    return kInputError;
  }
  Diagnostics diagnostics;
  const Referentiel* ref = referentiel_from(global.referentiel, diagnostics);
  if (!ref) {
    print_diagnostics(diagnostics);
    return kInputError;
  }
  import::SkeletonSettings settings;
  settings.candidat = opt.candidat.fields();
  const nlohmann::ordered_json skeleton = import::make_skeleton(settings);
  const std::string json = skeleton.dump(2) + "\n";
  Diagnostics check;
  if (!load_evidence(json, opt.output, *ref, check)) {  // e.g. a --referentiel without B1.1.1
    std::cerr << "erreur : le squelette ne se relit pas avec ce référentiel ; rien n’est écrit :\n";
    print_diagnostics(check);
    return kInputError;
  }
  if (to_stdout) {
    std::cout << json;
    std::cout.flush();
    return kOk;
  }
  try {
    output::write_atomically(opt.output, [&](const fs::path& tmp) { write_text(tmp, json); });
    if (opt.schema) {
      const std::optional<std::string_view> schema = embedded_file(import::kEmbeddedSchema);
      if (!schema) throw doc::WriteError("schéma absent du programme");
      const fs::path schema_path = fs::path(opt.output).parent_path() / import::kSchemaFileName;
      output::write_atomically(schema_path, [&](const fs::path& tmp) { write_text(tmp, *schema); });
      std::cerr << "schéma écrit : " << text::shown_name(schema_path.string()) << "\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "erreur : " << text::printable(e.what()) << "\n";
    return kInputError;
  }
  std::cerr << text::shown_name(opt.output)
            << " écrit : une réalisation d’exemple par rubrique (formation, stage-1, stage-2), chaque "
            << "valeur dit quoi écrire.\n";
  for (const std::string& item : import::skeleton_to_complete(skeleton, settings.candidat))
    std::cerr << "à compléter : " << text::printable(item) << "\n";
  if (!opt.schema)
    std::cerr << "astuce : --schema écrit aussi " << import::kSchemaFileName
              << " à côté, pour que l’éditeur (VS Code…) complète et vérifie la saisie.\n";
  std::cerr << "ensuite : siofill check " << text::shown_name(opt.output) << "\n";
  return kOk;
}

}  // namespace

Command add_init_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<InitOptions>();
  CLI::App* app = root.add_subcommand("init", "Écrit le squelette commenté du fichier de preuves d’un nouvel étudiant");
  app->add_option("-o,--output", opt->output,
                  "Fichier à écrire (preuves.json par défaut) ; « - » pour la sortie standard")
      ->type_name("FICHIER");
  app->add_flag("--force", opt->force, "Remplace le fichier s’il existe déjà");
  app->add_flag("--schema", opt->schema,
                std::string("Écrit aussi le schéma JSON (") + import::kSchemaFileName + ") à côté du fichier");
  add_candidat_options(*app, opt->candidat);
  return Command{app, [opt, &global] { return run_init(*opt, global); }};
}

}  // namespace siofill::cli
