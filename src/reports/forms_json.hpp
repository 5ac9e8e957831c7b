#pragma once
// The JSON of `siofill forms --json`, for the CLI and the web API.
#include <nlohmann/json.hpp>

namespace siofill {

// [{"id", "bloc", "description"}, …] in the order of forms::builtin_forms().
nlohmann::json forms_json();

}  // namespace siofill
