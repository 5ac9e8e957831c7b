#pragma once
// The fonts of one document. Every character of CP1252 (all of French) is
// drawn with the standard Helvetica faces: nothing embedded, small and fast
// files. Only the other characters come from embedded fonts: Liberation Sans
// (Helvetica's metrics and look) as UTF-8 CID fonts, with per-character
// fallback to DejaVu Sans, WenQuanYi Micro Hei and Symbola, each cut down to
// the glyphs the document draws (font_subset.hpp). libharu still builds a
// 65 536-entry table for each embedded face: a document pays only for the
// faces its non-CP1252 characters use.
#include <hpdf.h>

#include <array>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/filled_form.hpp"
#include "pdf/font_catalog.hpp"
#include "pdf/layout_types.hpp"

namespace siofill::pdf {

enum class Encoding { WinAnsi, Unicode };

// For each embedded font, the characters a document draws with it, sorted.
using EmbeddedCharacters = std::array<std::vector<char32_t>, kFontFileCount>;

struct StandardWidths;  // the Helvetica faces' widths by CP1252 byte

// WinAnsi when every character of the form's text and properties fits CP1252:
// no embedded font, and properties stored through the WinAnsi encoder.
Encoding choose_encoding(const doc::FilledForm& form);

// Advance widths and glyph sources for one document, as TextMetrics for the layout.
class DocumentFonts final : public TextMetrics {
 public:
  explicit DocumentFonts(Encoding encoding, FontCatalog& catalog = FontCatalog::instance());

  Encoding encoding() const { return encoding_; }
  double advance(char32_t c, Face face) const override;
  // Which font draws `c` (cached per document).
  GlyphSource source(char32_t c, Face face) const;
  FontCatalog& catalog() const { return *catalog_; }

 private:
  Encoding encoding_;
  FontCatalog* catalog_;
  const StandardWidths* standard_;
  mutable std::unordered_map<std::uint64_t, GlyphSource> cache_;
};

// The libharu font objects of one document, created on first use (libharu
// needs every document to load its own fonts).
class PdfFonts {
 public:
  explicit PdfFonts(HPDF_Doc pdf) : pdf_(pdf) {}

  // Helvetica family, WinAnsiEncoding.
  HPDF_Font standard(Face face);
  // An embedded TrueType font, UTF-8 encoded (Unicode documents).
  HPDF_Font embedded(FontFile font);
  // Registers libharu's UTF-8 encoder (once: a second registration is an error).
  void enable_utf8();
  // Makes sure the embedded subset of `font` holds every glyph `c` needs.
  void keep_glyphs(FontFile font, char32_t c, FontCatalog& catalog);
  // Before the first embedded(): the characters each font will draw (see
  // embedded_characters()). Each font is then cut down to them before libharu
  // loads it (font_subset.hpp); without this, or should the cut or the memory
  // file fail, libharu embeds the whole font minus unflagged outlines.
  void use_subsets(const EmbeddedCharacters& chars, FontCatalog& catalog);

 private:
  const char* load_subset(FontFile file);

  HPDF_Doc pdf_;
  HPDF_Font standard_[4] = {};
  HPDF_Font embedded_[kFontFileCount] = {};
  bool utf_encodings_ = false;
  std::unordered_set<char32_t> kept_[kFontFileCount];
  FontCatalog* catalog_ = nullptr;
  EmbeddedCharacters planned_;
  bool subset_[kFontFileCount] = {};
};

}  // namespace siofill::pdf
