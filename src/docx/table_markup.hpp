#pragma once
// Tables: fixed layout, column widths from the relative widths over the
// usable page width, header rows repeated on every page, rows kept whole
// unless they are taller than a page can hold.
#include <vector>

#include "document/filled_form.hpp"
#include "docx/build_context.hpp"

namespace siofill::docx {

void add_table(BuildContext& ctx, XMLElement* body, const doc::Table& table, const PageGeometry& page);

// Column widths in twips adding up exactly to `total` (cumulative rounding, so
// no drift), from the model's relative widths (normalised: all positive).
std::vector<int> column_widths(const std::vector<double>& relative, int total);

// Whether a row may need more than a page: estimated from the text of its
// fullest cell at that cell's width. Such a row may split across pages (Word
// would otherwise cut it at the page bottom); every other row is kept whole.
bool row_may_exceed_page(const doc::Row& row, const std::vector<int>& cell_widths, const PageGeometry& page);

// Cell padding (twips): 2 pt above and below, 2.85 pt left and right.
inline constexpr int kCellPaddingVertical = 40;
inline constexpr int kCellPaddingHorizontal = 57;

}  // namespace siofill::docx
