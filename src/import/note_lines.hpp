#pragma once
// What a line of a student's notes says, read from its words: a bloc header, an
// option, a gap marker, a code written before a label, a session year.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "import/outline_reader.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill::import {

// "Bloc de compétences n°2 option B …" -> 2; nullopt when `text` is not a bloc header.
// A header without a number gives 0.
std::optional<int> bloc_header_number(std::string_view text);

// The option a bloc header or a line names: "option A"/"SISR" -> SISR, "option B"/"SLAM" -> SLAM.
std::optional<Option> option_named(std::string_view text);

// "NON (à définir)", "à définir", "NON": a sous-compétence the student has not covered yet.
bool is_gap_marker(std::string_view text);

// "B1.1", "1.1.2 -", "B2.1.10:" at the start of a label line: a code written by the
// student ("B1.1.2"); `rest` is the text after it.
std::optional<std::string> leading_code(const std::string& text, std::string& rest);

// The text without URLs, for looking for years and options in words only.
std::string without_urls(std::string_view text);

// The year of the session and its line: "session 2026" if written, else the latest
// plausible year (2020 to 2100); {0, 0} when the notes name none.
std::pair<int, int> session_year(const Outline& outline);

// The words of a folded text (text::fold), split on spaces.
std::vector<std::string> words(const std::string& folded);

bool starts_with(std::string_view s, std::string_view prefix);

}  // namespace siofill::import
