#pragma once
// The FilledForms the XLSX writer's tests lay out, each with what a reader must
// find in the workbook: the real grid and synthesis filled from samples/
// (tests/support/real_forms.hpp), and hand-built forms for the edge cases.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "document/filled_form.hpp"

namespace siofill::xlsx_test {

struct Sample {
  std::string name;  // file stem
  doc::FilledForm form;
  // What check_openpyxl.py looks for (see write_samples.cpp for the keys).
  nlohmann::json expected;
};

// grille: the real grille-b1 (compétences with bullets | box | indicateurs), identity on top
// synthese: the real synthese-b1, landscape, "X" marks, 40 réalisations over several pages
// long: a 5 000-character intitulé in a cell, a 40 000-character paragraph, a 3 000-character word
// names: Vietnamese, Polish, Cyrillic, Chinese, emoji, XML specials, formula-like and number-like text
// sections: three sections (portrait, landscape, portrait) whose names need cleaning
// edge: empty table, empty cells, page breaks first and twice, control characters, bad UTF-8
std::vector<Sample> all_samples();

// The 5 000-character text (words, so that it wraps).
std::string long_text(std::size_t chars);

}  // namespace siofill::xlsx_test
