#pragma once
// Printing diagnostics about inputs, to stderr for people and as JSON for scripts.
#include <nlohmann/json.hpp>

#include "diagnostics/diagnostic.hpp"

namespace siofill::cli {

void print_diagnostics(const Diagnostics& diagnostics);
nlohmann::json diagnostics_json(const Diagnostics& diagnostics);

}  // namespace siofill::cli
