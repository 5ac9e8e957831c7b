// siofill serve: the command line. The server itself runs in siofill-web
// (see serve_options.hpp for why).
#include <memory>

#include "cli/commands.hpp"
#include "cli/sequences_option.hpp"
#include "cli/serve_options.hpp"

namespace siofill::cli {

Command add_serve_command(CLI::App& root, const GlobalOptions& global) {
  auto opt = std::make_shared<ServeOptions>();
  CLI::App* app = root.add_subcommand(
      "serve", "Lance le serveur web local : pages de l’étudiant et du secrétariat, API HTTP (http://127.0.0.1:8080/)");
  add_sequences_option(*app, opt->sequences);
  app->add_option("--port", opt->port, "Port d’écoute (défaut : 8080 ; 0 : un port libre)")->type_name("PORT");
  app->add_option("--host", opt->host, "Adresse d’écoute (défaut : 127.0.0.1, cet ordinateur seulement)")
      ->type_name("ADRESSE");
  app->add_flag("--open", opt->open, "Ouvre la page dans le navigateur");
  app->add_option("--jobs", opt->jobs, "Traitements simultanés au plus (défaut : 4) ; au-delà, réponse 503")
      ->type_name("N");
  return Command{app, [opt, &global] { return run_serve(*opt, global); }};
}

}  // namespace siofill::cli
