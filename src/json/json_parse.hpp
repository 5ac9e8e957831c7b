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
  std::size_t max_bytes = 16u << 20;  // larger evidence is not a student's file
  std::size_t max_depth = 64;         // the formats nest 5 levels deep
  std::size_t max_string_bytes = 200000;
};

// Parses `text` (a UTF-8 BOM is allowed). On failure returns nullopt and adds
// at least one diagnostic; duplicate keys are reported but do not stop parsing.
std::optional<nlohmann::json> parse(std::string_view text, Reporter& report, const Limits& limits = {});

}  // namespace siofill::json
