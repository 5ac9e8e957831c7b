#include "pdf/pdf_fonts.hpp"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "document/writer_options.hpp"
#include "pdf/form_text.hpp"
#include "pdf/text_layout.hpp"
#include "pdf/to_unicode_cmap.hpp"
#include "pdf/winansi.hpp"

namespace siofill::pdf {

// Widths of the standard faces for each CP1252 byte, in thousandths of an em:
// libharu's own Adobe metrics, read once per process (they are what a viewer
// uses for these non-embedded fonts).
struct StandardWidths {
  int widths[4][256] = {};
};

namespace {

constexpr const char* kStandardNames[4] = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"};

struct DocDeleter {
  void operator()(HPDF_Doc pdf) const noexcept { HPDF_Free(pdf); }
};

StandardWidths read_standard_widths() {
  StandardWidths w;
  std::unique_ptr<_HPDF_Doc_Rec, DocDeleter> pdf(HPDF_New(nullptr, nullptr));
  if (!pdf) throw doc::WriteError("création du document PDF impossible (mémoire insuffisante)");
  for (int face = 0; face < 4; ++face) {
    HPDF_Font font = HPDF_GetFont(pdf.get(), kStandardNames[face], "WinAnsiEncoding");
    if (!font) throw doc::WriteError("police standard Helvetica indisponible dans libharu");
    // HPDF_Font_GetUnicodeWidth searches the face's ~315 widths linearly: 1 024
    // searches were 4 % of the instructions of a whole `siofill fill`. One pass
    // over the same array gives the same answers (its first entry for a code
    // point, else the font's missing width, as HPDF_Type1FontDef_GetWidth does).
    auto* font_attr = static_cast<HPDF_FontAttr>(font->attr);
    HPDF_FontDef def = font_attr ? font_attr->fontdef : nullptr;
    if (!def || def->type != HPDF_FONTDEF_TYPE_TYPE1 || !def->attr) {
      for (int b = 0; b < 256; ++b)  // not a Type 1 definition: ask libharu for each
        if (const char32_t c = from_cp1252(static_cast<unsigned char>(b)))
          w.widths[face][b] = HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(c));
      continue;
    }
    bool found[256] = {};
    const auto* t1 = static_cast<HPDF_Type1FontDefAttr>(def->attr);
    for (HPDF_UINT i = 0; i < t1->widths_count; ++i) {
      const char32_t c = t1->widths[i].unicode;
      const unsigned char b = c < 0x80 ? static_cast<unsigned char>(c) : to_cp1252(c);
      if (c == 0 || found[b] || from_cp1252(b) != c) continue;
      found[b] = true;
      w.widths[face][b] = t1->widths[i].width;
    }
    for (int b = 0; b < 256; ++b)
      if (!found[b] && from_cp1252(static_cast<unsigned char>(b))) w.widths[face][b] = def->missing_width;
  }
  return w;
}

const StandardWidths& standard_widths() {
  static const StandardWidths widths = read_standard_widths();
  return widths;
}

}  // namespace

Encoding choose_encoding(const doc::FilledForm& form) {
  bool fits = true;
  for_each_form_text(form, true, [&fits](std::string_view text, Face) {
    if (!fits) return;
    for_each_display_char(text, [&fits](char32_t c) {
      if (c >= 0x80 && to_cp1252(c) == 0) fits = false;
    });
  });
  return fits ? Encoding::WinAnsi : Encoding::Unicode;
}

DocumentFonts::DocumentFonts(Encoding encoding, FontCatalog& catalog)
    : encoding_(encoding), catalog_(&catalog), standard_(&standard_widths()) {}

double DocumentFonts::advance(char32_t c, Face face) const {
  const unsigned char b = c < 0x80 ? static_cast<unsigned char>(c) : to_cp1252(c);
  if (b != 0) return standard_->widths[static_cast<int>(face)][b];
  return source(c, face).width;
}

GlyphSource DocumentFonts::source(char32_t c, Face face) const {
  if (const unsigned char b = c < 0x80 ? static_cast<unsigned char>(c) : to_cp1252(c); b != 0) {
    GlyphSource s;
    s.shown = c;
    s.width = standard_->widths[static_cast<int>(face)][b];
    s.standard = true;
    return s;
  }
  const std::uint64_t key = (static_cast<std::uint64_t>(c) << 2) | static_cast<std::uint64_t>(face);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  const GlyphSource s = catalog_->find(c, face);
  cache_.emplace(key, s);
  return s;
}

HPDF_Font PdfFonts::standard(Face face) {
  HPDF_Font& font = standard_[static_cast<int>(face)];
  if (!font) {
    font = HPDF_GetFont(pdf_, kStandardNames[static_cast<int>(face)], "WinAnsiEncoding");
    if (!font)
      throw doc::WriteError(std::string("police standard ") + kStandardNames[static_cast<int>(face)] +
                            " indisponible dans libharu");
  }
  return font;
}

// libharu 2.3.0 embeds only the glyphs it flagged as used, and its flagging
// of composite glyphs goes one level deep and reads component ids as signed
// 16-bit: nested components (DejaVu's Vietnamese letters) and components past
// glyph 32767 (WenQuanYi's CJK) went missing. FreeType knows the complete
// list; the flags live in the font definition that hpdf_fontdef.h describes.
void PdfFonts::keep_glyphs(FontFile file, char32_t c, FontCatalog& catalog) {
  if (!kept_[static_cast<std::size_t>(file)].insert(c).second) return;
  HPDF_Font font = embedded(file);
  if (subset_[static_cast<std::size_t>(file)]) {
    // Every glyph of a subset is flagged when it is loaded; a character left
    // out of it would silently come out as an empty box.
    const std::vector<char32_t>& planned = planned_[static_cast<std::size_t>(file)];
    if (!std::binary_search(planned.begin(), planned.end(), c)) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      throw doc::WriteError(std::string("PDF : caractère ") + code +
                            " absent de la police incorporée (erreur interne de siofill)");
    }
    return;
  }
  auto* font_attr = static_cast<HPDF_FontAttr>(font->attr);
  HPDF_FontDef def = font_attr ? font_attr->fontdef : nullptr;
  if (!def || def->type != HPDF_FONTDEF_TYPE_TRUETYPE) return;
  auto* tt = static_cast<HPDF_TTFontDefAttr>(def->attr);
  for (std::uint16_t gid : catalog.glyph_closure(file, c))
    if (gid < tt->num_glyphs) tt->glyph_tbl.flgs[gid] = 1;
}

void PdfFonts::enable_utf8() {
  if (utf_encodings_) return;
  HPDF_UseUTFEncodings(pdf_);
  utf_encodings_ = true;
}

void PdfFonts::use_subsets(const EmbeddedCharacters& chars, FontCatalog& catalog) {
  planned_ = chars;
  catalog_ = &catalog;
}

// libharu loads TrueType fonts from a path only: the subset goes to an
// anonymous memory file, named by /proc/self/fd. libharu opens it again and
// keeps it open until the document is freed, so ours can be closed at once.
const char* PdfFonts::load_subset(FontFile file) {
  const std::size_t i = static_cast<std::size_t>(file);
  if (!catalog_ || planned_[i].empty()) return nullptr;
  const std::string bytes = catalog_->subset(file, planned_[i]);
  if (bytes.empty()) return nullptr;
  const int fd = ::memfd_create("siofill-font", MFD_CLOEXEC);
  if (fd < 0) return nullptr;
  bool written = true;
  for (std::size_t done = 0; done < bytes.size() && written;) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    written = n > 0;
    if (written) done += static_cast<std::size_t>(n);
  }
  const std::string path = "/proc/self/fd/" + std::to_string(fd);
  const char* name =
      written && ::access(path.c_str(), R_OK) == 0 ? HPDF_LoadTTFontFromFile(pdf_, path.c_str(), HPDF_TRUE) : nullptr;
  ::close(fd);
  subset_[i] = name != nullptr;
  return name;
}

HPDF_Font PdfFonts::embedded(FontFile file) {
  HPDF_Font& font = embedded_[static_cast<std::size_t>(file)];
  if (font) return font;
  enable_utf8();
  const FontFileInfo& info = debian_font_files()[static_cast<std::size_t>(file)];
  const std::string_view path = info.path;
  // Loaded once per document, embedded (libharu keeps only the glyphs used).
  const char* name = load_subset(file);
  if (!name)
    name = path.size() > 4 && path.substr(path.size() - 4) == ".ttc"
               ? HPDF_LoadTTFontFromFile2(pdf_, info.path, info.face_index, HPDF_TRUE)
               : HPDF_LoadTTFontFromFile(pdf_, info.path, HPDF_TRUE);
  if (name) font = HPDF_GetFont(pdf_, name, "UTF-8");
  if (!font)
    throw doc::WriteError(std::string("chargement de la police ") + info.path + " impossible (paquet Debian " +
                          info.package + ")");
  // libharu's own ToUnicode CMap is invalid (to_unicode_cmap.hpp): text extraction gets a valid one.
  if (!replace_to_unicode(font)) throw doc::WriteError("PDF : table ToUnicode de la police introuvable");
  if (subset_[static_cast<std::size_t>(file)]) {
    auto* font_attr = static_cast<HPDF_FontAttr>(font->attr);
    HPDF_FontDef def = font_attr ? font_attr->fontdef : nullptr;
    if (def && def->type == HPDF_FONTDEF_TYPE_TRUETYPE) {
      auto* tt = static_cast<HPDF_TTFontDefAttr>(def->attr);
      std::fill(tt->glyph_tbl.flgs, tt->glyph_tbl.flgs + tt->num_glyphs, HPDF_BYTE{1});
    }
  }
  return font;
}

}  // namespace siofill::pdf
