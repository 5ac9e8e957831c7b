#pragma once
// Form ids before exam numbers moved into session rules: "synthese-e4" named
// the bloc 1 table when bloc 1 was always E4. Scripts written then keep working
// on the command line; everything written out uses the current ids.
#include <optional>
#include <string_view>

namespace siofill::forms {

// The current id of an old form name ("synthese-e4" -> "synthese-b1"), or nullopt.
std::optional<std::string_view> renamed_form(std::string_view old_id);

}  // namespace siofill::forms
