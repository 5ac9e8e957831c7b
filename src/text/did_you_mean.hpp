#pragma once
// Suggestions for misspelt keys, codes and labels ("intitulé" -> "intitule").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siofill::text {

// Edit distance between two strings, counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `typed` once both are folded (case, accents and
// punctuation ignored), if it is close enough to be a plausible typo.
std::optional<std::string> did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

// " — vouliez-vous dire « x » ?" or "" when there is no suggestion.
std::string suggestion_suffix(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace siofill::text
