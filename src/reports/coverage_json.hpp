#pragma once
// The JSON of `siofill coverage --json` (one bloc), built once for the CLI and the web API.
#include <string>

#include <nlohmann/json.hpp>

#include "coverage/coverage.hpp"
#include "evidence/evidence.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill {

// The exam that judges bloc `b` in the candidate's session ("E5"), empty when no rule says.
std::string exam_number(const Referentiel& ref, const Evidence& ev, const Bloc& b);

nlohmann::json coverage_json(const Referentiel& ref, const Evidence& ev, const BlocCoverage& cov);

}  // namespace siofill
