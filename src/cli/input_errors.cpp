#include "cli/input_errors.hpp"

#include <iostream>

namespace siofill::cli {

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) std::cerr << "erreur : " << format(d) << "\n";
}

}  // namespace siofill::cli
