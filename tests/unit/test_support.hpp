#pragma once
// Builders for evidence used across the unit tests.
#include <string>

#include <nlohmann/json.hpp>

#include "diagnostics/diagnostic.hpp"
#include "evidence/evidence.hpp"

namespace siofill::test {

// A valid student covering every compétence of bloc 1 through réalisation R1.
nlohmann::json complete_evidence();

// Loads `doc` with the embedded référentiel; fails the test when it does not load.
Evidence load_ok(const nlohmann::json& doc);

// Loads `doc` expecting errors; returns every message formatted.
std::vector<std::string> load_errors(const nlohmann::json& doc);
std::vector<std::string> load_errors_text(const std::string& text);

// True when one of `messages` contains `part`.
bool any_contains(const std::vector<std::string>& messages, const std::string& part);

std::string read_file(const std::string& path);

// Checks `actual` against the file `expected_path`, line by line: every line of
// the file, in order, and nothing more. A differing line is shown with the bytes
// where it first differs (a no-break space and a space look alike in a log).
void check_same_lines(const std::string& actual, const std::string& expected_path);

}  // namespace siofill::test
