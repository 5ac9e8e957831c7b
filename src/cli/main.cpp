// siofill: fills the official forms of the BTS SIO exam from a student's evidence.
#include <malloc.h>

#include <exception>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/cli_errors.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/version_text.hpp"
#include "xlsx/library_messages.hpp"

namespace {

void use_french_help(CLI::App& app) {
  auto fmt = std::make_shared<CLI::Formatter>();
  fmt->label("Usage", "Utilisation");
  fmt->label("OPTIONS", "OPTIONS");
  fmt->label("SUBCOMMAND", "COMMANDE");
  fmt->label("SUBCOMMANDS", "COMMANDES");
  fmt->label("Subcommands", "Commandes");
  fmt->label("Options", "Options");
  fmt->label("Positionals", "Arguments");
  fmt->label("REQUIRED", "OBLIGATOIRE");
  fmt->label("TEXT", "TEXTE");
  fmt->label("INT", "ENTIER");
  fmt->column_width(34);
  app.formatter(fmt);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace siofill::cli;
  // Writers allocate and free ~256 KB zip buffers for every part of every file;
  // with glibc's default thresholds the heap is trimmed and regrown each time,
  // which tripled the cost of an XLSX workbook (measured: 4.4 ms -> 1.4 ms).
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  siofill::xlsx::filter_library_messages();  // before any thread: see xlsx/library_messages.hpp
  try {
    CLI::App app{
        "siofill — remplit les formulaires officiels du BTS SIO (grille de compétences, tableau de "
        "synthèse, fiches de réalisation) à partir des preuves d’un étudiant.",
        "siofill"};
    use_french_help(app);
    app.set_help_flag("-h,--help", "Affiche cette aide et quitte");
    app.set_version_flag("--version", version_text,
                         "Affiche la version, le référentiel et les règles de session intégrés, et quitte");
    app.require_subcommand(1);
    app.footer(
        "Codes de retour : 0 tout va bien ; 1 au moins un étudiant bloqué ou en échec (les autres sont "
        "traités) ; 2 erreur d’utilisation ou fichier d’entrée invalide ; 130 interrompu (Ctrl-C, kill, "
        "fermeture du terminal : seuls les fichiers complets sont gardés).");
    GlobalOptions global;
    global.argv = argv;
    // No CLI::ExistingFile check: the référentiel's reader says in French what is wrong with the file.
    app.add_option("--referentiel", global.referentiel, "Référentiel à utiliser à la place du référentiel intégré")
        ->type_name("FICHIER");
    std::vector<Command> commands = {add_fill_command(app, global),        add_batch_command(app, global),
                                     add_check_command(app, global),       add_coverage_command(app, global),
                                     add_referentiel_command(app, global), add_forms_command(app, global),
                                     add_import_command(app, global),      add_init_command(app, global),
                                     add_serve_command(app, global),       add_plan_command(app, global)};
    for (Command& c : commands) {
      c.app->set_help_flag("-h,--help", "Affiche l’aide de cette commande");
      c.app->fallthrough();  // --referentiel may come after the command name
      c.app->group("Commandes");
    }
    if (const int rc = reject_unknown_command(app, argc, argv); rc != 0) return rc;
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return report_cli_error(app, e);
    }
    for (Command& c : commands)
      if (c.app->parsed()) return c.run();
    return kInputError;
  } catch (const std::exception& e) {
    std::cerr << "erreur interne : " << e.what() << "\n";
    return kInputError;
  }
}
