#pragma once
// The whole document laid out on pages: sections in their orientation,
// headings kept with what follows, items, tables, page breaks, and the
// "page i / n" footer of each section (n known once the section is laid out).
#include <vector>

#include "document/filled_form.hpp"
#include "pdf/layout_types.hpp"

namespace siofill::pdf {

std::vector<PageContent> lay_out_document(const doc::FilledForm& form, const TextMetrics& metrics);

}  // namespace siofill::pdf
