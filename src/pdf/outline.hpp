#pragma once
// The document outline (PDF bookmarks): one entry per PageBookmark, opening
// its page; level-2 entries nest under the level-1 entry before them.
#include <hpdf.h>

#include <vector>

#include "pdf/layout_types.hpp"
#include "pdf/pdf_fonts.hpp"

namespace siofill::pdf {

// `pages[i]` was painted as `handles[i]`. Does nothing when no page has a bookmark.
void add_outline(HPDF_Doc pdf, const std::vector<PageContent>& pages, const std::vector<HPDF_Page>& handles,
                 Encoding encoding);

}  // namespace siofill::pdf
