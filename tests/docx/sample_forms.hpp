#pragma once
// The FilledForms the DOCX writer's tests lay out: the real grid and synthesis
// filled from samples/ (tests/support/real_forms.hpp), and small hand-made forms
// for what the samples do not reach: a 5 000-character text, names in many
// scripts, several sections, text the writer must clean.
#include <string>
#include <utility>
#include <vector>

#include "document/filled_form.hpp"

namespace siofill::docx_test {

doc::FilledForm grid_form();       // the real grille-b1, boxes ☒ ☒ ☐ ☒ ☒ ☐ (real_forms.hpp: grid_evidence)
doc::FilledForm synthesis_form();  // the real synthese-b1 with 40 réalisations: several landscape pages
doc::FilledForm long_text_form();  // a 5 000-character intitulé in a cell and in the body
doc::FilledForm names_form();      // Vietnamese, Polish, Cyrillic, Chinese, emoji, XML specials
doc::FilledForm multi_section_form();  // three sections (portrait, landscape, portrait), footers per section
doc::FilledForm control_chars_form();  // control characters and broken UTF-8 the writer must drop

// Every form above, by file stem.
std::vector<std::pair<std::string, doc::FilledForm>> all_sample_forms();

// The 5 000-character text (words, so it wraps).
std::string long_text();

}  // namespace siofill::docx_test
