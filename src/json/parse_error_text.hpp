#pragma once
// nlohmann's English parse errors told in French to the person who typed the
// file, at the line and column of what they must fix (not where the parser
// happened to stop): "virgule manquante ?", "commentaire interdit", a leading
// zero read as an identifier, a stray BOM, an apostrophe for a quote…
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

namespace siofill::json {

struct PlacedMessage {
  int line = 1;
  int column = 1;
  std::string message;  // French, "JSON mal formé : …"
};

// `error` was raised while parsing `text`.
PlacedMessage parse_error_text(std::string_view text, const nlohmann::json::parse_error& error);

// A number too large for a double ("1e400"); nlohmann gives no position for it.
PlacedMessage number_overflow_text(std::string_view text, const nlohmann::json::out_of_range& error);

// Line and column (in characters, 1-based) of the 0-based byte offset; a
// leading UTF-8 BOM takes no column.
std::pair<int, int> position_of(std::string_view text, std::size_t offset);

}  // namespace siofill::json
