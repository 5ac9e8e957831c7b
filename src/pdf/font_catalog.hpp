#pragma once
// The TrueType fonts siofill embeds for the characters WinAnsi (CP1252) lacks,
// found at their Debian paths, and which of them has a glyph for each
// character (asked to FreeType, not guessed from Unicode ranges).
// Process-wide and thread-safe: faces are opened once, answers are cached.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pdf/layout_types.hpp"

namespace siofill::pdf {

enum class FontFile : std::uint8_t {
  LiberationRegular,
  LiberationBold,
  LiberationItalic,
  LiberationBoldItalic,
  DejaVuRegular,
  DejaVuBold,
  DejaVuOblique,
  DejaVuBoldOblique,
  WenQuanYi,
  Symbola,
};
inline constexpr std::size_t kFontFileCount = 10;

struct FontFileInfo {
  const char* path;     // absolute Debian path
  int face_index;       // inside a collection (.ttc)
  const char* package;  // Debian package that installs it, for the error message
  // Drawn as vector outlines rather than embedded: Symbola is 3 MB and only
  // ever lends a few symbols.
  bool outline_only;
};
// The Debian fonts, indexed by FontFile.
const std::array<FontFileInfo, kFontFileCount>& debian_font_files();

// Where a character is drawn from.
struct GlyphSource {
  FontFile font = FontFile::LiberationRegular;
  char32_t shown = 0;       // the character drawn: the one asked for, or U+FFFD / '?' when no font has it
  int width = 0;            // advance in thousandths of an em, truncated as libharu does
  bool as_outline = false;  // drawn as a path: libharu 2.3.0 only encodes the BMP, and outline-only fonts
  bool missing = false;     // no font of the chain has the character
  // Drawn with the standard (non-embedded) Helvetica face: a character of
  // CP1252 in a document that needs embedded fonts for others. Set by
  // DocumentFonts, never by the catalog.
  bool standard = false;
};

// A glyph's outline in thousandths of an em, y up, origin on the baseline.
struct PathOp {
  enum Kind : std::uint8_t { Move, Line, Cubic, Close };
  Kind kind = Move;
  float points[6] = {};  // Move/Line: x y; Cubic: x1 y1 x2 y2 x y
};
using GlyphOutline = std::vector<PathOp>;

class FontCatalog {
 public:
  // The process-wide catalog of the Debian fonts.
  static FontCatalog& instance();

  // A catalog of other files (tests: a missing font).
  explicit FontCatalog(const std::array<FontFileInfo, kFontFileCount>& files);

  // The first font of `face`'s chain (Liberation Sans, DejaVu Sans, WenQuanYi
  // Micro Hei, Symbola) that has `c`. Throws doc::WriteError naming the Debian
  // package when a font file the search needs is not installed.
  GlyphSource find(char32_t c, Face face);

  // Outline of `c` in `font` (which must have it). The reference stays valid.
  const GlyphOutline& outline(FontFile font, char32_t c);

  // Glyph ids drawing `c` in `font`: its glyph and, for a composite glyph
  // (accented letters, many CJK characters), every component, recursively.
  // The reference stays valid.
  const std::vector<std::uint16_t>& glyph_closure(FontFile font, char32_t c);

  // `font` cut down to the glyphs of `chars` (font_subset.hpp), as the bytes
  // of a .ttf; empty when the file cannot be cut (embed it whole then). The
  // font file is read once per process.
  std::string subset(FontFile font, const std::vector<char32_t>& chars);

  FontCatalog(const FontCatalog&) = delete;
  FontCatalog& operator=(const FontCatalog&) = delete;
  ~FontCatalog();

 private:
  struct Impl;  // FreeType handles and caches, kept out of this header
  std::unique_ptr<Impl> impl_;
};

}  // namespace siofill::pdf
