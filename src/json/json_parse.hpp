#pragma once
// Parsing JSON text written by people: every failure becomes a French message
// with line and column; duplicate keys and excessive nesting are refused
// instead of being silently resolved.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diagnostics/diagnostic.hpp"

namespace siofill::json {

struct Limits {
  std::size_t max_bytes = 16u << 20;   // larger evidence is not a student's file
  std::size_t max_depth = 64;          // the formats nest 5 levels deep
  std::size_t max_string_bytes = 200000;
};

// Parses `text` (a UTF-8 BOM is allowed). On failure returns nullopt and adds
// at least one diagnostic; duplicate keys are reported but do not stop parsing.
std::optional<nlohmann::json> parse(std::string_view text, Reporter& report,
                                    const Limits& limits = {});

// "/a/b~1c" for the path {"a", "b/c"}.
std::string pointer_append(const std::string& pointer, std::string_view key);
std::string pointer_append(const std::string& pointer, std::size_t index);

// Reads a whole file (or standard input for "-") with a size limit.
// Returns nullopt and reports when it cannot be read.
std::optional<std::string> read_input_file(const std::string& path, Reporter& report,
                                           std::size_t max_bytes);

}  // namespace siofill::json
