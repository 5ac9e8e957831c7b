#include "pdf/pdf_writer.hpp"

#include <string>
#include <unordered_set>
#include <vector>

#include "document/normalize_form.hpp"
#include "output/write_in_place.hpp"
#include "pdf/document_info.hpp"
#include "pdf/form_text.hpp"
#include "pdf/hpdf_document.hpp"
#include "pdf/outline.hpp"
#include "pdf/page_layout.hpp"
#include "pdf/page_painter.hpp"
#include "pdf/pdf_fonts.hpp"
#include "pdf/text_layout.hpp"
#include "pdf/winansi.hpp"

namespace siofill::pdf {

void write_pdf(const doc::FilledForm& form, const std::filesystem::path& out, const doc::WriteOptions& options) {
  doc::require_normalized(form);  // grids and text are settled: the layout trusts them
  // Lay out first, then draw: footers need each section's page count, and
  // a missing font package is reported before anything is written.
  const DocumentFonts fonts(choose_encoding(form));
  const std::vector<PageContent> pages = lay_out_document(form, fonts);

  HpdfDocument pdf;
  HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL);
  PdfFonts handles(pdf.get());
  if (fonts.encoding() == Encoding::Unicode) {
    handles.enable_utf8();
    handles.use_subsets(embedded_characters(pages, fonts), fonts.catalog());
  }
  set_document_info(pdf.get(), form.meta, fonts.encoding(), options.timestamp);
  pdf.check("écriture des propriétés du document");

  PagePainter painter(fonts, handles);
  std::vector<HPDF_Page> painted;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const std::string phase = "dessin de la page " + std::to_string(i + 1);
    try {
      painted.push_back(painter.paint(pdf.get(), pages[i]));
    } catch (const doc::WriteError&) {
      pdf.check(phase.c_str());  // a libharu error is the cause: report it first
      throw;
    }
    pdf.check(phase.c_str());
  }
  add_outline(pdf.get(), pages, painted, fonts.encoding());
  pdf.check("écriture des signets");
  output::write_file(out, pdf.save());
}

std::u32string unsupported_characters(const doc::FilledForm& form) {
  std::u32string missing;
  if (choose_encoding(form) == Encoding::WinAnsi) return missing;
  FontCatalog& catalog = FontCatalog::instance();
  std::unordered_set<char32_t> seen;
  for_each_form_text(form, false, [&](std::string_view text, Face face) {
    for (char32_t c : display_text(text))
      if (c != U'\n' && to_cp1252(c) == 0 && catalog.find(c, face).missing && seen.insert(c).second)
        missing.push_back(c);
  });
  return missing;
}

}  // namespace siofill::pdf
