#pragma once
// Texts of form specs are templates: "{candidat.nom}" is replaced by the value
// the fill stage gives for that name. Unknown names are caught when the spec
// is loaded, not when a student's form is printed.
//
// "{#name}…{/name}" keeps its content only when `name` is not empty, so that a
// fact we do not know prints nothing at all rather than a dangling label:
// "{#form.annexe}{form.annexe} : {/form.annexe}Tableau de synthèse" gives
// "ANNEXE 6-1 : Tableau de synthèse" or just "Tableau de synthèse".
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siofill::forms {

using Variables = std::map<std::string, std::string, std::less<>>;

// Replaces every {name}; names missing from `vars` become "".
std::string render(std::string_view tmpl, const Variables& vars);

// The placeholder names used in `tmpl`, in order (a section counts as its name).
std::vector<std::string> placeholders(std::string_view tmpl);

// Why the sections of `tmpl` are malformed (unclosed, nested, closed twice), in French.
std::optional<std::string> section_problem(std::string_view tmpl);

// Every placeholder a form spec may use.
const std::vector<std::string>& known_placeholders();

}  // namespace siofill::forms
