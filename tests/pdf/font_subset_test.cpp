// The TrueType subsets embedded in PDFs, read back by FreeType: the glyphs
// asked for are there under their characters, with the original advance
// widths and outlines (composite glyphs included), and nothing else.
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_SFNT_NAMES_H

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "pdf/font_catalog.hpp"
#include "pdf/font_subset.hpp"

using namespace siofill;

namespace {

struct Library {
  FT_Library lib = nullptr;
  Library() { REQUIRE(FT_Init_FreeType(&lib) == 0); }
  ~Library() { FT_Done_FreeType(lib); }
};

struct Face {
  FT_Face face = nullptr;
  Face(FT_Library lib, const std::string& bytes) {
    REQUIRE(FT_New_Memory_Face(lib, reinterpret_cast<const FT_Byte*>(bytes.data()), static_cast<FT_Long>(bytes.size()),
                               0, &face) == 0);
  }
  Face(FT_Library lib, const char* path, int index) { REQUIRE(FT_New_Face(lib, path, index, &face) == 0); }
  ~Face() { FT_Done_Face(face); }
};

struct Glyph {
  FT_Pos advance = 0;
  short points = 0, contours = 0;
};

Glyph glyph_of(FT_Face face, char32_t c) {
  const FT_UInt gid = FT_Get_Char_Index(face, c);
  REQUIRE(gid != 0);
  REQUIRE(FT_Load_Glyph(face, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0);
  return Glyph{face->glyph->metrics.horiAdvance, face->glyph->outline.n_points, face->glyph->outline.n_contours};
}

const pdf::FontFileInfo& info(pdf::FontFile f) { return pdf::debian_font_files()[static_cast<std::size_t>(f)]; }

// Same glyphs as the original font for `chars`, and only those (plus .notdef, H and x).
void check_subset(pdf::FontFile file, const std::u32string& chars) {
  const std::string bytes =
      pdf::FontCatalog::instance().subset(file, std::vector<char32_t>(chars.begin(), chars.end()));
  REQUIRE(!bytes.empty());
  Library lib;
  Face cut(lib.lib, bytes), whole(lib.lib, info(file).path, info(file).face_index);
  CHECK(cut.face->num_glyphs < 40);
  CHECK(cut.face->units_per_EM == whole.face->units_per_EM);
  for (char32_t c : chars + U"Hx") {
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    const Glyph a = glyph_of(cut.face, c), b = glyph_of(whole.face, c);
    CHECK(a.advance == b.advance);
    CHECK(a.points == b.points);
    CHECK(a.contours == b.contours);
  }
  CHECK(FT_Get_Char_Index(cut.face, U'Q') == 0);  // not asked for
  // Names: the PostScript name and the other short ones, never the licence
  // text (15 KB in DejaVu Sans, in every PDF that embedded it).
  bool postscript_name = false;
  for (FT_UInt i = 0; i < FT_Get_Sfnt_Name_Count(cut.face); ++i) {
    FT_SfntName name{};
    REQUIRE(FT_Get_Sfnt_Name(cut.face, i, &name) == 0);
    CHECK(name.name_id <= 6);
    postscript_name = postscript_name || name.name_id == 6;
  }
  CHECK(postscript_name);
  CHECK(std::string(FT_Get_Postscript_Name(cut.face)) == FT_Get_Postscript_Name(whole.face));
}

}  // namespace

TEST_CASE("font subset: Liberation Sans, Polish letters") { check_subset(pdf::FontFile::LiberationRegular, U"ŁżźŚ"); }

TEST_CASE("font subset: DejaVu Sans, Vietnamese letters built from nested components") {
  check_subset(pdf::FontFile::DejaVuRegular, U"ễịảỄ");
  check_subset(pdf::FontFile::DejaVuBold, U"ДмитрийΓιώργος");
}

TEST_CASE("font subset: WenQuanYi Micro Hei, a face of a .ttc collection") {
  check_subset(pdf::FontFile::WenQuanYi, U"王伟李娜张");
}

TEST_CASE("font subset: what is not a TrueType font is left whole") {
  CHECK(pdf::subset_truetype("", 0, {1}, {{U'a', 1}}).empty());
  CHECK(pdf::subset_truetype("OTTO\0\0\0\0\0\0\0\0", 0, {1}, {{U'a', 1}}).empty());
  CHECK(pdf::subset_truetype(std::string(64, '\xff'), 0, {1}, {{U'a', 1}}).empty());
  // A glyph id the font does not have.
  std::ifstream in(info(pdf::FontFile::LiberationRegular).path, std::ios::binary);
  const std::string font((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(pdf::subset_truetype(font, 0, {65000}, {}).empty());
  // A truncated font.
  CHECK(pdf::subset_truetype(std::string_view(font).substr(0, 2000), 0, {36}, {{U'A', 36}}).empty());
}
