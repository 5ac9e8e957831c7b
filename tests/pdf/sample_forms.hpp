#pragma once
// Hand-made FilledForms that exercise the PDF writer (until `siofill fill`
// builds real ones, and afterwards as edge cases the samples do not reach).
#include <string>
#include <utility>
#include <vector>

#include "document/filled_form.hpp"

namespace siofill::pdf_test {

// The seed-002 grid: identity, capacity row, one row per compétence.
doc::FilledForm grid_form(const std::string& nom = "LEFEBVRE", const std::string& prenom = "Théo");
// A landscape synthesis table with many rows of "X" columns: continues over pages.
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
