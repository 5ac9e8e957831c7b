#include "cli/cli_errors.hpp"

#include <algorithm>
#include <iostream>

#include "cli/exit_codes.hpp"
#include "text/did_you_mean.hpp"

namespace siofill::cli {
namespace {

std::string french_message(const CLI::ParseError& e) {
  const std::string name = e.get_name();
  const std::string what = e.what();
  if (name == "RequiredError") {
    if (what.find("subcommand") != std::string::npos)
      return "une commande est attendue (check, coverage, referentiel, forms…) ; voir siofill --help";
    return "argument obligatoire manquant : " + what;
  }
  if (name == "ExtrasError") return "argument en trop ou inconnu : " + what.substr(what.find(':') + 1);
  if (name == "ArgumentMismatch") return "nombre d’arguments incorrect : " + what;
  if (name == "ConversionError") return "valeur invalide : " + what;
  if (name == "ValidationError") {
    if (what.find("File does not exist") != std::string::npos || what.find("does not exist") != std::string::npos)
      return "fichier introuvable : " + what.substr(what.rfind(':') + 1);
    return "valeur refusée : " + what;
  }
  if (name == "OptionNotFound") return "option inconnue : " + what;
  return what;
}

}  // namespace

int reject_unknown_command(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--referentiel") {  // the only global option taking a value
      ++i;
      continue;
    }
    if (!arg.empty() && arg[0] == '-') continue;
    if (std::find(names.begin(), names.end(), arg) != names.end()) return 0;
    std::cerr << "erreur : commande « " << arg << " » inconnue" << text::suggestion_suffix(arg, names)
              << "\nCommandes : ";
    for (std::size_t k = 0; k < names.size(); ++k) std::cerr << (k ? ", " : "") << names[k];
    std::cerr << "\n";
    return kInputError;
  }
  return 0;
}

int report_cli_error(const CLI::App& app, const CLI::ParseError& e) {
  const std::string name = e.get_name();
  if (name == "CallForHelp" || name == "CallForAllHelp" || name == "CallForVersion") {
    // CLI11 prints the help of the sub-command that asked for it.
    return app.exit(e) == 0 ? kOk : kInputError;
  }
  std::cerr << "erreur : " << french_message(e) << "\n"
            << "Pour l’aide : siofill --help, ou siofill COMMANDE --help\n";
  return kInputError;
}

}  // namespace siofill::cli
