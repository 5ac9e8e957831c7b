#pragma once
// The JSON of `siofill check --json`, built once for the CLI and the web API.
#include <string>

#include <nlohmann/json.hpp>

#include "coverage/exam_rules.hpp"
#include "diagnostics/diagnostic.hpp"
#include "evidence/evidence.hpp"

namespace siofill {

// [{"file", "message", "pointer"?, "line"?, "column"?}, …]
nlohmann::json diagnostics_json(const Diagnostics& diagnostics);

// One entry of "students": a readable file with its status and findings…
nlohmann::ordered_json check_entry_json(const std::string& file, const Evidence& ev, const CheckResult& result);
// …or a file that could not be read, with the reasons.
nlohmann::ordered_json check_error_entry_json(const std::string& file, const Diagnostics& diagnostics);

// {"students": [...], "totals": {"ready", "warning", "blocked", "error"}}
nlohmann::ordered_json check_report_json(nlohmann::ordered_json students);

}  // namespace siofill
