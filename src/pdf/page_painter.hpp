#pragma once
// Draws laid-out pages: text runs (split by the font that has each glyph),
// shading, borders, vector checkboxes with an invisible "[X]" / "[ ]" text
// layer so tools can read their state, and glyphs libharu cannot encode as
// vector outlines tagged with their real text (ActualText).
#include <hpdf.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pdf/content_stream.hpp"
#include "pdf/glyph_forms.hpp"
#include "pdf/layout_types.hpp"
#include "pdf/pdf_fonts.hpp"

namespace siofill::pdf {

// The characters that PagePainter takes from each embedded font on these
// pages (for PdfFonts::use_subsets), sorted; empty for a WinAnsi document.
EmbeddedCharacters embedded_characters(const std::vector<PageContent>& pages, const DocumentFonts& fonts);

class PagePainter {
 public:
  PagePainter(const DocumentFonts& fonts, PdfFonts& handles) : fonts_(fonts), handles_(handles) {}

  // Adds one page to `pdf` and draws its elements. Throws doc::WriteError when
  // libharu cannot take the content (its error handler has the details).
  // Returns the page, for the bookmarks that open it.
  HPDF_Page paint(HPDF_Doc pdf, const PageContent& content);

 private:
  void fill(const FillElement& e);
  void border(const BorderElement& e);
  void checkbox(const CheckboxElement& e);
  void text(const TextElement& e);
  void text_unicode(const TextElement& e);
  double tagged_glyphs(const TextElement& e, std::size_t begin, std::size_t end, double x);

  void set_font(HPDF_Font font, double size);
  const std::string& form_name(HPDF_Dict form);
  void set_gray(double level);
  void set_line_width(double width);
  double y(double top_down) const { return height_ - top_down; }

  const DocumentFonts& fonts_;
  PdfFonts& handles_;
  ContentStream out_;
  HPDF_Page page_ = nullptr;
  double height_ = 0;
  std::vector<std::pair<HPDF_Font, std::string>> font_names_;  // resource names on this page
  std::optional<GlyphForms> glyph_forms_;                      // the document's vector glyphs, drawn once
  std::vector<std::pair<HPDF_Dict, std::string>> form_names_;  // resource names on this page
  double gray_ = 0;
  double line_width_ = 1;  // PDF defaults
};

}  // namespace siofill::pdf
