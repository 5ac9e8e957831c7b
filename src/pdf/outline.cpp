#include "pdf/outline.hpp"

#include <string>

#include "document/writer_options.hpp"
#include "pdf/document_info.hpp"

namespace siofill::pdf {

void add_outline(HPDF_Doc pdf, const std::vector<PageContent>& pages, const std::vector<HPDF_Page>& handles,
                 Encoding encoding) {
  // Titles go through the encoder the document properties use: UTF-16BE text
  // strings, so accents and any script read back as written.
  HPDF_Encoder encoder = HPDF_GetEncoder(pdf, encoding == Encoding::WinAnsi ? "WinAnsiEncoding" : "UTF-8");
  if (!encoder) throw doc::WriteError("signets : encodage du texte indisponible");
  HPDF_Outline parent = nullptr;  // the last level-1 entry
  std::size_t count = 0;
  for (std::size_t i = 0; i < pages.size() && i < handles.size(); ++i) {
    for (const PageBookmark& b : pages[i].bookmarks) {
      const std::string title = encoded_text_string(b.title, encoding);
      HPDF_Outline entry = HPDF_CreateOutline(pdf, b.level > 1 ? parent : nullptr, title.c_str(), encoder);
      if (!entry)
        throw doc::WriteError("signets : création de l’entrée « " + std::to_string(count + 1) + " » impossible");
      HPDF_Destination dest = HPDF_Page_CreateDestination(handles[i]);  // the whole page (/Fit)
      if (!dest || HPDF_Outline_SetDestination(entry, dest) != HPDF_OK)
        throw doc::WriteError("signets : destination de page impossible");
      if (b.level <= 1) {
        HPDF_Outline_SetOpened(entry, HPDF_TRUE);
        parent = entry;
      }
      ++count;
    }
  }
  // A document with more than its own title to navigate opens with the bookmarks shown.
  if (count > 1) HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
}

}  // namespace siofill::pdf
