#pragma once
// Writes a référentiel back in its file format (siofill-referentiel/1).
#include <vector>

#include <nlohmann/json.hpp>

#include "referentiel/referentiel.hpp"

namespace siofill {

nlohmann::ordered_json referentiel_to_json(const Referentiel& ref, const std::vector<const Bloc*>& blocs);

}  // namespace siofill
