#pragma once
// Candidate options shared by "import" and "init" (--nom, --prenom, --numero,
// --option, --session, --centre, --portfolio).
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "import/notes_importer.hpp"

namespace siofill::cli {

struct CandidatOptions {
  std::string nom, prenom, numero, option, centre, portfolio;
  int session = 0;
  CLI::Option *nom_opt = nullptr, *prenom_opt = nullptr, *numero_opt = nullptr, *option_opt = nullptr,
              *session_opt = nullptr, *centre_opt = nullptr, *portfolio_opt = nullptr;

  // The fields given on the command line.
  import::CandidatFields fields() const;
};

void add_candidat_options(CLI::App& app, CandidatOptions& opt);

}  // namespace siofill::cli
