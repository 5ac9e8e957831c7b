#pragma once
// The "format" field every siofill input file opens with ("siofill-evidence/1",
// "siofill-sequences/1"): one check and one pair of messages for all of them.
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "json/object_view.hpp"

namespace siofill::json {

// Reports a missing "format" at "/" and any other value than `expected` at
// "/format". Nothing when `root` is not an object (already reported).
void check_format_field(const ObjectView& root, std::string_view expected, Reporter& report);

}  // namespace siofill::json
