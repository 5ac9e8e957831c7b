#include "cli/cli_errors.hpp"

#include <algorithm>
#include <iostream>
#include <string_view>
#include <utility>

#include "cli/exit_codes.hpp"
#include "text/did_you_mean.hpp"
#include "text/printable.hpp"

namespace siofill::cli {
namespace {

// CLI11 2.1.2 only gives its errors as English sentences built from fixed
// patterns (CLI/Error.hpp). Each pattern siofill's command line can meet is
// recognised here and said again in French, naming the option and the value;
// anything else gets a French sentence without detail rather than English.

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string in_quotes(std::string_view value) { return "« " + text::shown_name(value) + " »"; }

// The sub-command being parsed when the error came (the deepest one), or the root.
const CLI::App* current_app(const CLI::App& app) {
  const CLI::App* current = &app;
  for (std::vector<CLI::App*> subs = app.get_subcommands(); !subs.empty(); subs = subs.front()->get_subcommands())
    current = subs.front();
  return current;
}

const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  if (const CLI::Option* o = current_app(app)->get_option_no_throw(name)) return o;
  return app.get_option_no_throw(name);
}

// "-o/--output" for an option, "fichier" for a positional argument.
std::string option_label(const CLI::Option* o, const std::string& fallback) {
  if (!o) return fallback;
  std::string label;
  for (const std::string& s : o->get_snames()) label += (label.empty() ? "-" : "/-") + s;
  for (const std::string& l : o->get_lnames()) label += (label.empty() ? "--" : "/--") + l;
  return label.empty() ? "« " + o->get_name() + " »" : label;
}

// What an option expects, from the type name shown in --help.
std::string expected_value(const CLI::Option* o) {
  if (!o) return "";
  const std::string type = o->get_type_name();
  if (type == "N") return " : un nombre entier positif est attendu (par exemple 4)";
  if (type == "ENTIER" || type == "INT") return " : un nombre entier est attendu";
  if (type == "LISTE") return " : une liste séparée par des virgules est attendue";
  if (type == "DOSSIER") return " : un dossier est attendu";
  if (type == "FICHIER") return " : un fichier est attendu";
  if (type == "MODELE") return " : un modèle de nom est attendu (par exemple {nom}_{form}.{ext})";
  if (type == "I/N") return " : un lot I/N est attendu (par exemple 0/4)";
  if (type == "TEXT" || type == "TEXTE") return " : un texte est attendu";
  if (type.empty()) return "";
  return " : " + type + " attendu";
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* a : {current_app(app), &app})
    for (const CLI::Option* o : a->get_options())
      for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// "argument en trop" / "option inconnue", one line per word CLI11 did not expect.
std::string extras_message(const CLI::App& app) {
  std::vector<std::string> extras = current_app(app)->remaining(false);
  if (extras.empty()) extras = app.remaining(false);
  const std::string command = current_app(app) == &app ? "siofill" : "siofill " + current_app(app)->get_name();
  std::string out;
  bool after_unknown_option = false;
  for (const std::string& extra : extras) {
    const bool option = extra.size() > 1 && extra[0] == '-';
    // The word after an unknown option is most likely its value: one message is enough.
    if (!option && std::exchange(after_unknown_option, false)) continue;
    if (!out.empty()) out += "\nerreur : ";
    if (option) {
      const std::string name = extra.substr(0, extra.find('='));
      // Suggestions for long options only: every one-letter option is one edit from another.
      out += "option " + in_quotes(name) + " inconnue pour « " + command + " »" +
             (starts_with(name, "--") ? text::suggestion_suffix(name, option_names(app)) : "");
      after_unknown_option = name.size() == extra.size();
    } else {
      out += "argument en trop : " + in_quotes(extra) + " (« " + command + " --help » donne les arguments attendus)";
    }
  }
  return out.empty() ? "argument en trop" : out;
}

std::string conversion_message(const CLI::App& app, const std::string& what) {
  // "Could not convert: --jobs = -1"
  if (starts_with(what, "Could not convert: ")) {
    const std::string rest = what.substr(19);
    const std::size_t eq = rest.find(" = ");
    if (eq != std::string::npos) {
      const std::string name = rest.substr(0, eq);
      const CLI::Option* o = find_option(app, name);
      return option_label(o, name) + " : valeur " + in_quotes(rest.substr(eq + 3)) + " invalide" + expected_value(o);
    }
  }
  // "The value X is not an allowed value for NAME"
  if (starts_with(what, "The value ")) {
    const std::size_t at = what.find(" is not an allowed value for ");
    if (at != std::string::npos) {
      const std::string name = what.substr(at + 29);
      return option_label(find_option(app, name), name) + " : valeur " + in_quotes(what.substr(10, at - 10)) +
             " non autorisée";
    }
  }
  // "--json: too many inputs for a flag", "--json: Should be true/false or a number"
  const std::string name = what.substr(0, what.find(':'));
  if (ends_with(what, "too many inputs for a flag") || ends_with(what, "Should be true/false or a number"))
    return option_label(find_option(app, name), name) + " ne prend pas de valeur";
  return "valeur invalide sur la ligne de commande";
}

std::string required_message(const CLI::App& app, const std::string& what) {
  if (what.find("subcommand") != std::string::npos)
    return "une commande est attendue (check, coverage, referentiel, forms…) ; voir siofill --help";
  if (ends_with(what, " is required")) {
    const std::string name = what.substr(0, what.size() - 12);
    const CLI::Option* o = find_option(app, name);
    const std::string description = o && !o->get_description().empty() ? " — " + o->get_description() : "";
    if (o && o->get_positional() && o->get_lnames().empty() && o->get_snames().empty())
      return "argument " + in_quotes(o->get_name()) + " manquant" + description;
    return "l’option " + option_label(o, name) + " est obligatoire" + description;
  }
  return "argument obligatoire manquant";
}

std::string mismatch_message(const CLI::App& app, const std::string& what) {
  // "--jobs: 1 required N missing": the option ends the line.
  if (ends_with(what, " missing")) {
    const std::string name = what.substr(0, what.find(':'));
    const CLI::Option* o = find_option(app, name);
    return option_label(o, name) + " : valeur manquante" + expected_value(o);
  }
  // "Expected exactly 1 arguments to --x, got 2"
  const std::size_t to = what.find(" arguments to ");
  if (to != std::string::npos) {
    const std::size_t comma = what.find(',', to);
    const std::string name = what.substr(to + 14, comma == std::string::npos ? std::string::npos : comma - to - 14);
    return option_label(find_option(app, name), name) + " : nombre de valeurs incorrect";
  }
  if (ends_with(what, "disallowed flag override")) {
    const std::string name = what.substr(0, what.find(' '));
    return option_label(find_option(app, name), name) + " ne prend pas de valeur";
  }
  const std::string name = what.substr(0, what.find(':'));
  return option_label(find_option(app, name), name) + " : nombre de valeurs incorrect";
}

std::string french_message(const CLI::App& app, const CLI::ParseError& e) {
  // By type: some errors carry the sub-command's name instead of their own.
  const std::string what = e.what();
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return required_message(app, what);
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return extras_message(app);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return mismatch_message(app, what);
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return conversion_message(app, what);
  if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    // "--session: <message of siofill's own validator, in French>"
    const std::size_t colon = what.find(": ");
    if (colon != std::string::npos) {
      const std::string option = what.substr(0, colon);
      return option_label(find_option(app, option), option) + " : " + text::printable(what.substr(colon + 2));
    }
  }
  return "ligne de commande invalide";
}

}  // namespace

int reject_unknown_command(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--referentiel") {  // the only global option taking a value
      ++i;
      continue;
    }
    if (!arg.empty() && arg[0] == '-') continue;
    if (std::find(names.begin(), names.end(), arg) != names.end()) return 0;
    std::cerr << "erreur : commande " << in_quotes(arg) << " inconnue" << text::suggestion_suffix(arg, names)
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
  std::cerr << "erreur : " << french_message(app, e) << "\n"
            << "Pour l’aide : siofill --help, ou siofill COMMANDE --help\n";
  return kInputError;
}

}  // namespace siofill::cli
