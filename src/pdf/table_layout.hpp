#pragma once
// Tables on pages: rows grow with their text, a row that does not fit goes to
// the next page, a row taller than a page is split across pages, and the
// table's leading header rows are repeated at the top of every page it
// continues on.
#include "document/filled_form.hpp"
#include "pdf/layout_types.hpp"
#include "pdf/page_flow.hpp"

namespace siofill::pdf {

void lay_out_table(const doc::Table& table, PageFlow& flow, const TextMetrics& metrics);

}  // namespace siofill::pdf
