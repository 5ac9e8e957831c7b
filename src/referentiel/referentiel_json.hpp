#pragma once
// Writes a référentiel back in its file format (siofill-referentiel/1).
#include <vector>

#include <nlohmann/json.hpp>

#include "referentiel/referentiel.hpp"

namespace siofill {

// `blocs` and `rules` select what is written (all of them: the file itself).
nlohmann::ordered_json referentiel_to_json(const Referentiel& ref, const std::vector<const Bloc*>& blocs,
                                           const std::vector<const SessionRules*>& rules);

}  // namespace siofill
