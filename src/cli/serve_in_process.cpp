// siofill serve, run by siofill-web: the student's and the secretariat's pages, and the HTTP API, on this computer.
#include <spawn.h>
#include <sys/wait.h>

#include <iostream>
#include <optional>
#include <thread>

#include "cli/exit_codes.hpp"
#include "cli/run_inputs.hpp"
#include "cli/serve_options.hpp"
#include "text/printable.hpp"
#include "web/web_server.hpp"

extern char** environ;

namespace siofill::cli {
namespace {

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

}  // namespace

int run_serve(const ServeOptions& opt, const GlobalOptions& global) {
  if (opt.port < 0 || opt.port > 65535) {
    std::cerr << "erreur : --port " << opt.port
              << " : un numéro de 1 à 65535 est attendu (0 : un port libre au hasard)\n";
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
    std::cerr << "\n*** ATTENTION : siofill serve écoute sur « " << text::shown_name(settings.host)
              << " » : les autres "
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

}  // namespace siofill::cli
