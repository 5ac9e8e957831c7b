#include "cli/import_options.hpp"

#include "text/printable.hpp"

namespace siofill::cli {

import::CandidatFields CandidatOptions::fields() const {import::CandidatFields f;
auto given = [](const CLI::Option* o) { return o && o->count() > 0; };
if (given(nom_opt)) f.nom = nom;
if (given(prenom_opt)) f.prenom = prenom;
if (given(numero_opt)) f.numero = numero;
if (given(option_opt)) f.option = parse_option(option);
if (given(session_opt)) f.session = session;
if (given(centre_opt)) f.centre = centre;
if (given(portfolio_opt)) f.portfolio = portfolio;
return f;
}  // namespace siofill::cli

void add_candidat_options(CLI::App& app, CandidatOptions& opt) {
  const char* group = "Candidat";
  auto not_empty = CLI::Validator(
      [](std::string& s) {
        return s.find_first_not_of(" \t") == std::string::npos ? std::string("valeur vide") : std::string();
      },
      "TEXTE", "non vide");
  // CLI::IsMember and CLI::Range would explain a refusal in English.
  auto option_name = CLI::Validator(
      [](std::string& s) {
        return s == "SISR" || s == "SLAM" ? std::string() : "« " + text::shown_name(s) + " » : SISR ou SLAM attendu";
      },
      "{SISR,SLAM}", "option");
  auto session_year = CLI::Validator(
      [](std::string& s) {
        const bool year =
            s.size() == 4 && s.find_first_not_of("0123456789") == std::string::npos && s >= "2020" && s <= "2100";
        return year ? std::string() : "« " + text::shown_name(s) + " » : une année de 2020 à 2100 est attendue";
      },
      "2020-2100", "session");
  opt.nom_opt = app.add_option("--nom", opt.nom, "Nom du candidat")->check(not_empty)->group(group);
  opt.prenom_opt = app.add_option("--prenom", opt.prenom, "Prénom du candidat")->check(not_empty)->group(group);
  opt.numero_opt = app.add_option("--numero", opt.numero, "Numéro de candidat (zéros en tête compris)")
                       ->check(not_empty)
                       ->group(group);
  opt.option_opt =
      app.add_option("--option", opt.option, "Option du candidat : SISR ou SLAM")->check(option_name)->group(group);
  opt.session_opt = app.add_option("--session", opt.session, "Année de la session d’examen (ex. : 2026)")
                        ->check(session_year)
                        ->group(group);
  opt.centre_opt = app.add_option("--centre", opt.centre, "Centre de formation")->group(group);
  opt.portfolio_opt = app.add_option("--portfolio", opt.portfolio, "Adresse URL du portfolio")->group(group);
}

}  // namespace siofill::cli
