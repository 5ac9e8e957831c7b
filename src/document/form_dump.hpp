#pragma once
// A FilledForm as plain text, one line per block, table row, cell and item:
// what a form holds, readable in a terminal and in a diff. The tests keep
// these dumps of the real forms (tests/golden/): a change to a form spec, to
// the référentiel or to the fill stage shows there as a few changed lines.
//
// Stable: the same model gives the same bytes (UTF-8, '\n' line ends), and
// every field a writer reads is printed. Text is shown as
// text::shown_name does (control characters and invalid bytes escaped, so a
// line is always one line).
#include <string>

#include "document/filled_form.hpp"

namespace siofill::doc {

std::string dump_form(const FilledForm& form);

}  // namespace siofill::doc
