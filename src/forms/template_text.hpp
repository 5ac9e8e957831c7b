#pragma once
// Texts of form specs are templates: "{candidat.nom}" is replaced by the value
// the fill stage gives for that name. Unknown names are caught when the spec
// is loaded, not when a student's form is printed.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace siofill::forms {

using Variables = std::map<std::string, std::string, std::less<>>;

// Replaces every {name}; names missing from `vars` become "".
std::string render(std::string_view tmpl, const Variables& vars);

// The placeholder names used in `tmpl`, in order.
std::vector<std::string> placeholders(std::string_view tmpl);

// Every placeholder a form spec may use.
const std::vector<std::string>& known_placeholders();

}  // namespace siofill::forms
