#pragma once
// Reads "regles_sessions" of a référentiel file: for each range of exam
// sessions, the exam number and title of each bloc, the annex label of each
// form when known, and the text they come from. Strict like the rest of the
// loader: every bloc gets an exam in every range, ranges never overlap, annex
// keys are form ids.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostics/diagnostic.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill {

std::vector<SessionRules> read_session_rules(const nlohmann::json& array, const std::string& pointer,
                                             const std::vector<Bloc>& blocs, Reporter& report);

}  // namespace siofill
