#include "text/did_you_mean.hpp"

#include <algorithm>
#include <limits>

#include "text/utf8.hpp"

namespace siofill::text {
std::size_t edit_distance(std::string_view a_utf8, std::string_view b_utf8) {
  const std::u32string a = decode(a_utf8), b = decode(b_utf8);
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
  // Long inputs are not typos of a key; comparing them would only cost time.
  if (typed.size() > 400) return std::nullopt;
  const std::string folded_typed = fold(typed);
  std::optional<std::string> best;
  std::string best_folded;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  bool tie = false;
  for (const std::string& candidate : candidates) {
    const std::string folded = fold(candidate);
    std::size_t d = edit_distance(folded_typed, folded);
    // Same letters once folded ("intitulé" vs "intitule"): the best possible hint.
    if (folded == folded_typed) d = 0;
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
      best_folded = folded;
      tie = false;
    } else if (d == best_distance && folded != best_folded) {
      tie = true;
    }
  }
  // Equally close candidates ("B1.7": B1.1 … B1.6): naming one of them would mislead.
  if (!best || tie) return std::nullopt;
  const std::size_t longest = std::max(code_points(folded_typed), code_points(fold(*best)));
  const std::size_t allowed = std::max<std::size_t>(2, longest / 3);
  if (best_distance > allowed) return std::nullopt;
  return best;
}

std::string suggestion_suffix(std::string_view typed, const std::vector<std::string>& candidates) {
  if (auto s = did_you_mean(typed, candidates)) return " — vouliez-vous dire « " + *s + " » ?";
  return "";
}

}  // namespace siofill::text
