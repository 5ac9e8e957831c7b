#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal_text.hpp"
#include "forms/form_spec.hpp"
#include "reports/forms_json.hpp"

namespace siofill::cli {

Command add_forms_command(CLI::App& root, const GlobalOptions&) {
  auto json = std::make_shared<bool>(false);
  CLI::App* app = root.add_subcommand("forms", "Liste les formulaires disponibles");
  app->add_flag("--json", *json, "La liste en JSON");
  return Command{app, [json] {
                   if (*json) {
                     std::cout << forms_json().dump(2) << "\n";
                     return static_cast<int>(kOk);
                   }
                   for (const forms::FormSpec& f : forms::builtin_forms())
                     std::cout << wrapped_paragraph(pad(f.id, 20), f.description);
                   return static_cast<int>(kOk);
                 }};
}

}  // namespace siofill::cli
