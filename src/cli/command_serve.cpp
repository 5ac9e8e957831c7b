// siofill serve: the student's and the secretariat's pages, and the HTTP API, on this computer.
#include <spawn.h>
#include <sys/wait.h>

#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/run_inputs.hpp"
#include "cli/input_errors.hpp"
#include "cli/sequences_option.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "text/printable.hpp"
#include "web/web_server.hpp"

extern char** environ;

namespace siofill::cli {
namespace {

struct ServeOptions {
  int port = 8080;
  std::string host = "127.0.0.1";
  bool open = false;
  unsigned jobs = 0;
  std::string sequences;  // --sequences FILE
};

bool is_loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// The desktop's browser, without a shell: the URL is passed as one argument.
void open_browser(const std::string& url) {
  const char* argv[] = {"xdg-open", url.c_str(), nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) {
    std::cerr << "note : navigateur introuvable (xdg-open) : ouvrez " << url << " vous-même\n";
    return;
  }
  std::thread([pid] { ::waitpid(pid, nullptr, 0); }).detach();
}

int run_serve(const ServeOptions& opt, const GlobalOptions& global) {
  if (opt.port < 0 || opt.port > 65535) {
    std::cerr << "erreur : --port " << opt.port << " : un numéro de 1 à 65535 est attendu (0 : un port libre au hasard)\n";
    return kInputError;
  }
  const std::optional<RunInputs> run = read_run_inputs(global, opt.sequences);
  if (!run) return kInputError;
  web::ServerSettings settings;
  settings.sequences = run->sequences();
  settings.host = opt.host == "localhost" ? "127.0.0.1" : opt.host;
  settings.port = opt.port;
  settings.ref = run->ref;
  settings.write_options = run->write_options;
  if (opt.jobs > 0) settings.limits.jobs = opt.jobs;
  if (!is_loopback(settings.host))
    std::cerr << "\n*** ATTENTION : siofill serve écoute sur « " << text::shown_name(settings.host) << " » : les autres "
              << "ordinateurs du réseau peuvent ouvrir la page et envoyer des fichiers d’étudiants, sans mot de passe. "
              << "Sans --host, seul cet ordinateur y a accès (127.0.0.1). ***\n\n";
  std::string problem;
  const bool ok = web::run_server(
      settings,
      [&opt](const std::string& url) {
        std::cout << "siofill serve : " << url << " (page de l’étudiant ; secrétariat : " << url
                  << "secretariat) — Ctrl-C pour arrêter" << std::endl;
        if (opt.open) open_browser(url);
      },
      problem);
  if (!ok) {
    std::cerr << "erreur : " << problem << "\n";
    return kInputError;
  }
  return kOk;
}

}  // namespace

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
