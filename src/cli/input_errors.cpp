#include "cli/input_errors.hpp"

#include <iostream>

namespace siofill::cli {

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) std::cerr << "erreur : " << format(d) << "\n";
}

nlohmann::json diagnostics_json(const Diagnostics& diagnostics) {
  nlohmann::json out = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) {
    nlohmann::json e = {{"file", d.file}, {"message", d.message}};
    if (!d.pointer.empty()) e["pointer"] = d.pointer;
    if (d.line > 0) {
      e["line"] = d.line;
      e["column"] = d.column;
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace siofill::cli
