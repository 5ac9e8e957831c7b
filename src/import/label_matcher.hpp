#pragma once
// Finds which compétence or sous-compétence of the référentiel a line of notes
// names, by its wording: case, accents, apostrophes, punctuation, tabs, list
// bullets and trailing markers ("***", "(SLAM)") do not matter, and a few typos
// are forgiven (edit distance on the folded text).
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "referentiel/referentiel.hpp"

namespace siofill::import {

struct Label {
  std::string id;         // "B1.1" (compétence) or "B1.1.2" (sous-compétence)
  std::string intitule;   // as in the référentiel
  std::string folded;     // fold_label(intitule)
  std::u32string points;  // `folded` as code points, for distances
  const Bloc* bloc = nullptr;
  const Competence* competence = nullptr;  // the compétence itself, or the owner of the sous-compétence
  const SousCompetence* sous = nullptr;    // null for a compétence
  bool is_competence() const { return sous == nullptr; }
};

struct LabelMatch {
  const Label* label = nullptr;
  std::size_t distance = 0;  // edit distance between the folded wordings; 0 = same wording
};

// The wording of `text` as compared: fold() (lower case, no accents, punctuation
// and markers turned into spaces), without a trailing option annotation
// ("… et de son développement (SLAM)").
std::string fold_label(std::string_view text);

// Code points of valid UTF-8.
std::u32string code_points_of(std::string_view utf8);

// Edit distance between `a` and `b` when it is at most `limit`, else `limit + 1`
// (only a band of the table is computed, so unlikely pairs cost little).
std::size_t bounded_distance(std::u32string_view a, std::u32string_view b, std::size_t limit);

// Largest edit distance still read as the same label (typos): 2, or 1 in 10 characters for long labels.
std::size_t typo_tolerance(std::size_t folded_length);
// Largest edit distance for which a label is worth suggesting ("vouliez-vous dire").
std::size_t suggestion_tolerance(std::size_t folded_length);

class LabelMatcher {
 public:
  // Every compétence and sous-compétence a candidate of option `option` may cite, in référentiel order.
  LabelMatcher(const Referentiel& ref, Option option);

  const std::vector<Label>& labels() const { return labels_; }
  const Label* find(std::string_view id) const;

  // The label closest to `folded` among those `accept` keeps, when its distance is at
  // most `max_distance`. Equal distances go to the lowest `rank` (the label expected
  // where the line stands), then to référentiel order.
  std::optional<LabelMatch> closest(std::string_view folded, std::size_t max_distance,
                                    const std::function<bool(const Label&)>& accept = {},
                                    const std::function<int(const Label&)>& rank = {}) const;

 private:
  std::vector<Label> labels_;
  std::unordered_map<std::string, std::size_t> exact_;  // folded wording -> index
};

}  // namespace siofill::import
