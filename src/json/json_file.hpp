#pragma once
// Reading a JSON file (or standard input) whole, with a size limit, every
// failure told in French.
#include <cstddef>
#include <optional>
#include <string>

#include "diagnostics/diagnostic.hpp"

namespace siofill::json {

// Reads a whole file (or standard input for "-") with a size limit.
// Returns nullopt and reports when it cannot be read.
std::optional<std::string> read_input_file(const std::string& path, Reporter& report, std::size_t max_bytes);

}  // namespace siofill::json
