#pragma once
// Parsing of --form and --format lists ("grille-b1,synthese-b1"), with a
// did-you-mean for every unknown name.
#include <string>
#include <vector>

#include "forms/form_spec.hpp"
#include "writers/output_formats.hpp"

namespace siofill::cli {

// Empty `list`: `defaults`. Reports unknown names on stderr and returns false;
// an old name ("synthese-e4") selects its current form with a note on stderr.
bool select_forms(const std::string& list, const std::vector<const forms::FormSpec*>& defaults,
                  std::vector<const forms::FormSpec*>& out);
// Empty `list`: every format.
bool select_formats(const std::string& list, std::vector<const writers::OutputFormat*>& out);

}  // namespace siofill::cli
