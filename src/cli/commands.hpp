#pragma once
// Each sub-command registers its options on the CLI11 app and returns what to
// run once the command line is parsed.
#include <functional>
#include <string>

#include <CLI/CLI.hpp>

namespace siofill::cli {

struct GlobalOptions {
  std::string referentiel;  // --referentiel FILE, empty for the embedded one
  char** argv = nullptr;    // the whole command line, for `serve` to hand it to siofill-web
};

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command add_check_command(CLI::App& root, const GlobalOptions& global);
Command add_coverage_command(CLI::App& root, const GlobalOptions& global);
Command add_referentiel_command(CLI::App& root, const GlobalOptions& global);
Command add_forms_command(CLI::App& root, const GlobalOptions& global);
Command add_fill_command(CLI::App& root, const GlobalOptions& global);
Command add_batch_command(CLI::App& root, const GlobalOptions& global);
Command add_import_command(CLI::App& root, const GlobalOptions& global);
Command add_init_command(CLI::App& root, const GlobalOptions& global);
Command add_serve_command(CLI::App& root, const GlobalOptions& global);
Command add_plan_command(CLI::App& root, const GlobalOptions& global);

}  // namespace siofill::cli
