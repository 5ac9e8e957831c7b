#pragma once
// The FilledForms the PDF writer's tests lay out: the real forms filled from
// samples/ (tests/support/real_forms.hpp), and small hand-made ones for the
// edge cases the samples do not reach.
#include <string>
#include <utility>
#include <vector>

#include "document/filled_form.hpp"

namespace siofill::pdf_test {

// The real grille-b1 of the sample student, under another name.
doc::FilledForm grid_form(const std::string& nom = "LEFEBVRE", const std::string& prenom = "Théo");
// The real synthese-b1 (landscape, "X" columns) of the sample student with
// 10 + extra_rows réalisations "Réalisation N : refonte…": continues over pages.
doc::FilledForm synthesis_form(int extra_rows = 30);
// A 5 000-character text in one cell (a row taller than a page), a very long word, a long paragraph.
doc::FilledForm long_text_form();
// Non-Latin names, an emoji, XML specials, a formula-looking text, a character no font has.
doc::FilledForm unicode_form();
// Two sections (portrait then landscape) with page breaks, and a form with no section.
doc::FilledForm sections_form();
doc::FilledForm empty_form();

// The 5 000-character text of long_text_form(), for the tests that read it back.
std::string long_text();

// All of them, by file name stem.
std::vector<std::pair<std::string, doc::FilledForm>> all_sample_forms();

}  // namespace siofill::pdf_test
