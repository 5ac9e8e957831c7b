// The writer's edges: encodings, dates, fonts, and failures that must become
// doc::WriteError with a French reason and leave no file behind.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "pdf/document_info.hpp"
#include "pdf/font_catalog.hpp"
#include "pdf/pdf_fonts.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/winansi.hpp"
#include "sample_forms.hpp"

using namespace siofill;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir() {
  const fs::path dir = fs::temp_directory_path() / ("siofill-pdf-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("CP1252 covers French text and maps the 0x80 row", "[pdf][fonts]") {
  CHECK(pdf::to_cp1252(U'é') == 0xE9);
  CHECK(pdf::to_cp1252(U'’') == 0x92);
  CHECK(pdf::to_cp1252(U'œ') == 0x9C);
  CHECK(pdf::to_cp1252(U'€') == 0x80);
  CHECK(pdf::to_cp1252(U'•') == 0x95);
  CHECK(pdf::to_cp1252(U'Ł') == 0);
  CHECK(pdf::to_cp1252(0x81) == 0);
  for (int b = 0x20; b < 0x100; ++b) {
    const char32_t c = pdf::from_cp1252(static_cast<unsigned char>(b));
    if (c) CHECK(pdf::to_cp1252(c) == b);
  }
}

TEST_CASE("WinAnsi only when every character fits, properties included", "[pdf][fonts]") {
  CHECK(pdf::choose_encoding(pdf_test::grid_form()) == pdf::Encoding::WinAnsi);
  CHECK(pdf::choose_encoding(pdf_test::unicode_form()) == pdf::Encoding::Unicode);
  doc::FilledForm f = pdf_test::grid_form();
  f.meta.author = "Дмитрий";
  CHECK(pdf::choose_encoding(f) == pdf::Encoding::Unicode);
}

TEST_CASE("dates come from the timestamp, in UTC", "[pdf][info]") {
  const HPDF_Date d = pdf::pdf_date(1767225600);  // 2026-01-01T00:00:00Z
  CHECK(d.year == 2026);
  CHECK(d.month == 1);
  CHECK(d.day == 1);
  CHECK(d.hour == 0);
  const HPDF_Date leap = pdf::pdf_date(951827696);  // 2000-02-29T12:34:56Z
  CHECK(leap.year == 2000);
  CHECK(leap.month == 2);
  CHECK(leap.day == 29);
  CHECK(leap.hour == 12);
  CHECK(leap.minutes == 34);
  CHECK(leap.seconds == 56);
}

TEST_CASE("the font chain picks the first font that has the glyph", "[pdf][fonts]") {
  pdf::FontCatalog& catalog = pdf::FontCatalog::instance();
  CHECK(catalog.find(U'A', pdf::Face::Regular).font == pdf::FontFile::LiberationRegular);
  CHECK(catalog.find(U'A', pdf::Face::Bold).font == pdf::FontFile::LiberationBold);
  CHECK(catalog.find(U'A', pdf::Face::Regular).width == 666);  // Helvetica's 667, truncated as libharu does
  CHECK(catalog.find(U'Д', pdf::Face::Regular).font == pdf::FontFile::LiberationRegular);
  CHECK(catalog.find(U'王', pdf::Face::Regular).font == pdf::FontFile::WenQuanYi);
  const pdf::GlyphSource emoji = catalog.find(U'🎓', pdf::Face::Regular);
  CHECK(emoji.font == pdf::FontFile::Symbola);
  CHECK(emoji.as_outline);
  CHECK_FALSE(catalog.outline(emoji.font, U'🎓').empty());
  const pdf::GlyphSource none = catalog.find(0x10FFFD, pdf::Face::Regular);
  CHECK(none.missing);
  CHECK(none.shown == 0xFFFD);
  CHECK(pdf::unsupported_characters(pdf_test::unicode_form()) == U"\U0010FFFD");
  CHECK(pdf::unsupported_characters(pdf_test::grid_form()).empty());
}

TEST_CASE("a missing font file names the Debian package to install", "[pdf][fonts]") {
  auto files = pdf::debian_font_files();
  files[static_cast<std::size_t>(pdf::FontFile::WenQuanYi)].path = "/nonexistent/wqy-microhei.ttc";
  pdf::FontCatalog catalog(files);
  CHECK(catalog.find(U'A', pdf::Face::Regular).font == pdf::FontFile::LiberationRegular);  // not needed: fine
  CHECK_THROWS_WITH(catalog.find(U'王', pdf::Face::Regular),
                    Catch::Contains("fonts-wqy-microhei") && Catch::Contains("police introuvable"));
}

TEST_CASE("same form, same bytes", "[pdf][writer]") {
  const fs::path dir = temp_dir();
  for (const auto& [name, form] : pdf_test::all_sample_forms()) {
    INFO(name);
    pdf::write_pdf(form, dir / "a.pdf", {});
    pdf::write_pdf(form, dir / "b.pdf", {});
    CHECK(read_all(dir / "a.pdf") == read_all(dir / "b.pdf"));
  }
  doc::WriteOptions other;
  other.timestamp = 1700000000;
  pdf::write_pdf(pdf_test::grid_form(), dir / "c.pdf", other);
  CHECK(read_all(dir / "c.pdf").find("D:20231114221320Z00'00'") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("write failures are WriteError in French and leave no file", "[pdf][writer]") {
  const doc::FilledForm form = pdf_test::grid_form();
  if (fs::exists("/dev/full"))
    CHECK_THROWS_WITH(pdf::write_pdf(form, "/dev/full", {}), Catch::Contains("disque plein"));
  const fs::path missing = temp_dir() / "nope" / "out.pdf";
  CHECK_THROWS_WITH(pdf::write_pdf(form, missing, {}), Catch::Contains("n’existe pas"));
  CHECK_FALSE(fs::exists(missing));
  CHECK_THROWS_AS(pdf::write_pdf(form, temp_dir(), {}), doc::WriteError);  // a directory
  fs::remove_all(temp_dir());
}

TEST_CASE("documents written from several threads at once are the same as alone", "[pdf][writer]") {
  const fs::path dir = temp_dir();
  const std::vector<doc::FilledForm> forms = {pdf_test::unicode_form(), pdf_test::grid_form("王", "Łukasz 🎓"),
                                              pdf_test::synthesis_form(5), pdf_test::grid_form()};
  std::vector<std::string> alone;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    pdf::write_pdf(forms[i], dir / "alone.pdf", {});
    alone.push_back(read_all(dir / "alone.pdf"));
  }
  std::vector<std::thread> threads;
  std::vector<std::string> errors(8);
  for (std::size_t t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      try {
        const fs::path out = dir / ("t" + std::to_string(t) + ".pdf");
        pdf::write_pdf(forms[t % forms.size()], out, {});
      } catch (const std::exception& e) {
        errors[t] = e.what();
      }
    });
  for (auto& th : threads) th.join();
  for (std::size_t t = 0; t < 8; ++t) {
    INFO(t);
    CHECK(errors[t].empty());
    CHECK(read_all(dir / ("t" + std::to_string(t) + ".pdf")) == alone[t % forms.size()]);
  }
  fs::remove_all(dir);
}

TEST_CASE("standard faces: widths read once match libharu's own lookup for every CP1252 byte") {
  // DocumentFonts reads the widths from libharu's font definitions in one pass;
  // each must equal what HPDF_Font_GetUnicodeWidth answers for that character.
  const char* names[4] = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"};
  const pdf::Face faces[4] = {pdf::Face::Regular, pdf::Face::Bold, pdf::Face::Italic, pdf::Face::BoldItalic};
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  REQUIRE(doc);
  const pdf::DocumentFonts fonts(pdf::Encoding::WinAnsi);
  int compared = 0;
  for (int face = 0; face < 4; ++face) {
    HPDF_Font font = HPDF_GetFont(doc, names[face], "WinAnsiEncoding");
    REQUIRE(font);
    for (int b = 1; b < 256; ++b) {
      const char32_t c = pdf::from_cp1252(static_cast<unsigned char>(b));
      if (!c) continue;
      INFO("face " << face << ", byte " << b);
      CHECK(fonts.advance(c, faces[face]) == HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(c)));
      ++compared;
    }
  }
  HPDF_Free(doc);
  CHECK(compared > 4 * 200);
}
