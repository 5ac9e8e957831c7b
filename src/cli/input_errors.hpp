#pragma once
// Printing diagnostics about inputs to stderr, for people.
#include "diagnostics/diagnostic.hpp"
#include "reports/check_json.hpp"  // diagnostics_json

namespace siofill::cli {

void print_diagnostics(const Diagnostics& diagnostics);

}  // namespace siofill::cli
