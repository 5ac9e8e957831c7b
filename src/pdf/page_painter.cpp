#include "pdf/page_painter.hpp"

#include <hpdf_pages.h>

#include <algorithm>
#include <variant>

#include "document/writer_options.hpp"
#include "pdf/layout_style.hpp"
#include "pdf/winansi.hpp"

namespace siofill::pdf {
namespace {

constexpr double kCrossInset = 1.4;      // the cross of a ticked box stops short of its corners
constexpr double kStateTextWidth = 1.3;  // hidden "[X]" / "[ ]", in box widths

// What text_unicode() and tagged_glyphs() draw with an embedded font: the
// rest is standard Helvetica or a vector outline.
bool from_embedded_font(const GlyphSource& s) { return !s.standard && !s.as_outline; }

// Codes of libharu's UTF-8 CID fonts: the BMP code point, big-endian.
void append_utf16be(std::string& out, char32_t c) {
  out += static_cast<char>((c >> 8) & 0xFF);
  out += static_cast<char>(c & 0xFF);
}

}  // namespace

EmbeddedCharacters embedded_characters(const std::vector<PageContent>& pages, const DocumentFonts& fonts) {
  EmbeddedCharacters chars;
  if (fonts.encoding() != Encoding::Unicode) return chars;
  for (const PageContent& page : pages)
    for (const Element& element : page.elements)
      if (const auto* e = std::get_if<TextElement>(&element))
        for (char32_t c : e->text)
          if (const GlyphSource s = fonts.source(c, e->face); from_embedded_font(s))
            chars[static_cast<std::size_t>(s.font)].push_back(s.shown);
  for (std::vector<char32_t>& v : chars) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return chars;
}

HPDF_Page PagePainter::paint(HPDF_Doc pdf, const PageContent& content) {
  page_ = HPDF_AddPage(pdf);
  if (!page_) throw doc::WriteError("ajout d’une page impossible");
  HPDF_Page_SetWidth(page_, static_cast<HPDF_REAL>(content.width));
  HPDF_Page_SetHeight(page_, static_cast<HPDF_REAL>(content.height));
  height_ = content.height;
  out_.clear();
  font_names_.clear();
  form_names_.clear();
  if (!glyph_forms_) glyph_forms_.emplace(pdf, fonts_.catalog());
  gray_ = 0;
  line_width_ = 1;
  for (const Element& element : content.elements) {
    std::visit(
        [this](const auto& e) {
          using T = std::decay_t<decltype(e)>;
          if constexpr (std::is_same_v<T, FillElement>)
            fill(e);
          else if constexpr (std::is_same_v<T, BorderElement>)
            border(e);
          else if constexpr (std::is_same_v<T, CheckboxElement>)
            checkbox(e);
          else
            text(e);
        },
        element);
  }
  out_.end_text();
  // The page's content stream, where libharu's operator functions would write.
  auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
  const std::string& data = out_.data();
  if (HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                        static_cast<HPDF_UINT>(data.size())) != HPDF_OK)
    throw doc::WriteError("écriture du contenu de la page impossible");
  return page_;
}

void PagePainter::set_font(HPDF_Font font, double size) {
  const std::string* name = nullptr;
  for (const auto& [f, n] : font_names_)
    if (f == font) name = &n;
  if (!name) {
    // Registers the font in the page's resources.
    const char* local = HPDF_Page_GetLocalFontName(page_, font);
    if (!local) throw doc::WriteError("police non enregistrable dans la page");
    name = &font_names_.emplace_back(font, local).second;
  }
  out_.font(*name, size);
}

const std::string& PagePainter::form_name(HPDF_Dict form) {
  for (const auto& [f, n] : form_names_)
    if (f == form) return n;
  // Registers the form in the page's resources.
  const char* local = HPDF_Page_GetXObjectName(page_, form);
  if (!local) throw doc::WriteError("dessin de caractère non enregistrable dans la page");
  return form_names_.emplace_back(form, local).second;
}

void PagePainter::set_gray(double level) {
  if (level == gray_) return;
  out_.gray_fill(level);
  gray_ = level;
}

void PagePainter::set_line_width(double width) {
  if (width == line_width_) return;
  out_.line_width(width);
  line_width_ = width;
}

void PagePainter::fill(const FillElement& e) {
  out_.end_text();
  set_gray(style::kShadeGrey);
  out_.rectangle(e.x, y(e.y + e.height), e.width, e.height);
  out_.fill();
}

void PagePainter::border(const BorderElement& e) {
  out_.end_text();
  set_line_width(style::kBorderWidth);
  out_.rectangle(e.x, y(e.y + e.height), e.width, e.height);
  out_.stroke();
}

void PagePainter::checkbox(const CheckboxElement& e) {
  out_.end_text();
  set_gray(0);
  set_line_width(style::kCheckboxLineWidth);
  const double left = e.x, bottom = y(e.y + e.size), size = e.size;
  out_.rectangle(left, bottom, size, size);
  out_.stroke();
  if (e.checked) {  // ☒: two crossing lines
    out_.move_to(left + kCrossInset, bottom + kCrossInset);
    out_.line_to(left + size - kCrossInset, bottom + size - kCrossInset);
    out_.move_to(left + kCrossInset, bottom + size - kCrossInset);
    out_.line_to(left + size - kCrossInset, bottom + kCrossInset);
    out_.stroke();
  }
  // The state as invisible text over the box, so that `pdftotext` (and a
  // search for "[X]") reads it from the file itself. Squeezed or stretched to
  // 1.3 box widths, centred on the box: narrower, poppler drops the space of
  // "[ ]"; wider, it would run into the label 3 pt after the box.
  const std::u32string label = e.checked ? U"[X]" : U"[ ]";
  double natural = 0;
  for (char32_t c : label) natural += fonts_.advance(c, Face::Regular);
  natural *= size / 1000.0;
  const double width = kStateTextWidth * size;
  out_.begin_text();
  set_font(handles_.standard(Face::Regular), size);
  out_.render_mode(3);
  out_.horizontal_scale(100.0 * width / natural);
  out_.show_literal(left - (width - size) / 2, bottom + 0.15 * size, encode_cp1252(label));
  out_.horizontal_scale(100);
  out_.render_mode(0);
}

void PagePainter::text(const TextElement& e) {
  set_gray(0);
  if (fonts_.encoding() == Encoding::Unicode) return text_unicode(e);
  out_.begin_text();
  set_font(handles_.standard(e.face), e.size);
  out_.show_literal(e.x, y(e.baseline), encode_cp1252(e.text));
}

// Splits the run into pieces of one font each (standard Helvetica for CP1252
// characters, an embedded font for the others); glyphs that need tagging are
// drawn one by one.
void PagePainter::text_unicode(const TextElement& e) {
  double x = e.x;
  std::size_t i = 0;
  const std::size_t n = e.text.size();
  std::string bytes;
  while (i < n) {
    const GlyphSource first = fonts_.source(e.text[i], e.face);
    if (first.as_outline || first.missing) {
      std::size_t j = i + 1;
      while (j < n) {
        const GlyphSource s = fonts_.source(e.text[j], e.face);
        if (!s.as_outline && !s.missing) break;
        ++j;
      }
      x = tagged_glyphs(e, i, j, x);
      i = j;
      continue;
    }
    bytes.clear();
    double width = 0;
    std::size_t j = i;
    for (; j < n; ++j) {
      const GlyphSource s = j == i ? first : fonts_.source(e.text[j], e.face);
      if (s.standard != first.standard || s.as_outline || s.missing || (!s.standard && s.font != first.font)) break;
      if (s.standard) {
        bytes += static_cast<char>(to_cp1252(s.shown));
      } else {
        handles_.keep_glyphs(s.font, s.shown, fonts_.catalog());
        append_utf16be(bytes, s.shown);
      }
      width += s.width * e.size / 1000.0;
    }
    out_.begin_text();
    if (first.standard) {
      set_font(handles_.standard(e.face), e.size);
      out_.show_literal(x, y(e.baseline), bytes);
    } else {
      set_font(handles_.embedded(first.font), e.size);
      out_.show_hex(x, y(e.baseline), bytes);
    }
    x += width;
    i = j;
  }
}

// Glyphs tagged with the characters they stand for, as one span so that
// extraction gives "王伟", not "王 伟": vector outlines (past the BMP, or from
// an outline-only font) over invisible placeholders, or the replacement
// character when no font has the character. Returns the x after them.
double PagePainter::tagged_glyphs(const TextElement& e, std::size_t begin, std::size_t end, double x) {
  out_.end_text();
  out_.begin_actual_text(std::u32string_view(e.text).substr(begin, end - begin));
  const double base = y(e.baseline);
  const double scale = e.size / 1000.0;
  for (std::size_t k = begin; k < end; ++k) {
    const GlyphSource source = fonts_.source(e.text[k], e.face);
    if (source.as_outline) {
      out_.end_text();
      // Drawn once per document, placed here by reference (glyph_forms.hpp).
      if (HPDF_Dict form = glyph_forms_->form(source.font, source.shown))
        out_.place_form(form_name(form), e.size, x, base);
      // Extraction replaces the glyphs inside the span: it needs some.
      out_.begin_text();
      set_font(handles_.standard(Face::Regular), e.size);
      out_.render_mode(3);
      out_.show_literal(x, base, "?");
      out_.render_mode(0);
    } else {
      handles_.keep_glyphs(source.font, source.shown, fonts_.catalog());
      std::string codes;
      append_utf16be(codes, source.shown);
      out_.begin_text();
      set_font(handles_.embedded(source.font), e.size);
      out_.show_hex(x, base, codes);
    }
    x += source.width * scale;
  }
  out_.end_text();
  out_.end_marked_content();
  return x;
}

}  // namespace siofill::pdf
