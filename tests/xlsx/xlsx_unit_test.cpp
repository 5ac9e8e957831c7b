// The XLSX writer's pieces: text measuring and wrapping, the column grid,
// sheet names, the footer, shared-string escapes, and the writer's failures.
#include <sys/inotify.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "document/normalize_form.hpp"
#include "sample_forms.hpp"
#include "text/utf8.hpp"
#include "xlsx/cell_string.hpp"
#include "xlsx/column_grid.hpp"
#include "xlsx/font_metrics.hpp"
#include "xlsx/memory_parts.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/text_layout.hpp"
#include "xlsx/xlsx_writer.hpp"

using namespace siofill;
using namespace siofill::xlsx;

namespace {

Paragraph para(const std::string& s, Font f = {}) { return Paragraph{{Run{s, f}}}; }

double measured(const std::string& s, const Font& f) {
  double w = 0;
  for (std::size_t i = 0; i < s.size();) w += char_width(text::next_code_point(s, i), f);
  return w;
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) text::next_code_point(s, i);
  return n;
}

std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n') out += c;
  return out;
}

std::filesystem::path fresh_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("siofill-xlsx-unit-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

doc::Table table(std::vector<double> widths) {
  doc::Table t;
  t.widths = std::move(widths);
  return t;
}

}  // namespace

TEST_CASE("character widths follow Liberation Sans, generously") {
  const Font body{9, false, false};
  // 'a' is 1139/2048 em in Liberation Sans; the estimate adds a few per cent.
  CHECK(char_width('a', body) > 1139.0 / 2048 * 9);
  CHECK(char_width('a', body) < 1139.0 / 2048 * 9 * 1.1);
  CHECK(char_width('W', Font{9, true, false}) >= char_width('W', body));
  CHECK(char_width(U'王', body) >= 9);            // CJK: a full em
  CHECK(char_width(U'🎓', body) >= 9);             // emoji: at least an em
  CHECK(char_width(U'\u1EC5', body) >= 0.7 * 9);  // ễ, drawn from a fallback font
  CHECK(line_height(9) >= 12);                    // Excel's row height for Arial 9
}

TEST_CASE("wrapping breaks at spaces and never exceeds the width") {
  const std::string text =
      "Le recensement du patrimoine informatique est exhaustif et réalisé au moyen d’un outil de gestion des actifs "
      "informatiques.";
  const Paragraph p = para(text);
  const auto lines = wrap(p, 150);
  REQUIRE(lines.size() >= 3);
  for (const Line& l : lines) {
    CHECK(measured(text.substr(l.begin, l.end - l.begin), Font{}) <= 150);
    CHECK(text[l.begin] != ' ');
  }
  CHECK(wrap(p, 10000).size() == 1);
  CHECK(wrap(para(""), 100).size() == 1);
  CHECK(wrap(para("un\ndeux\n\ntrois"), 1000).size() == 4);
}

TEST_CASE("a word wider than the cell is broken between characters") {
  const std::string word(500, 'm');
  const auto lines = wrap(para(word), 100);
  REQUIRE(lines.size() > 10);
  std::size_t total = 0;
  for (const Line& l : lines) total += l.end - l.begin;
  CHECK(total == word.size());
}

TEST_CASE("runs keep their fonts across a wrap") {
  Paragraph p{{Run{"• ", Font{}}, Run{"B1.2.1 ", Font{9, true, false}}, Run{std::string(300, 'x') + " fin", Font{}}}};
  const auto lines = wrap(p, 120);
  CHECK(lines.size() >= 5);
  CHECK(lines.back().end == p.text().size());
}

TEST_CASE("a text too tall for one row is cut into pieces that lose nothing") {
  const std::string text = xlsx_test::long_text(5000);
  TextBlock block{{para(text)}};
  const double width = 200, max_height = 300;
  const auto pieces = split_block(block, width, max_height, 16000);
  REQUIRE(pieces.size() > 2);
  std::string joined;
  for (const BlockPiece& piece : pieces) {
    CHECK(piece.height <= max_height);
    CHECK(text_height(piece.text, width) == Approx(piece.height));
    for (const Paragraph& p : piece.text.paragraphs) joined += p.text() + " ";
  }
  CHECK(squeeze(joined) == squeeze(text));
}

TEST_CASE("pieces respect the character limit of a cell") {
  const std::string text = xlsx_test::long_text(40000);
  const auto pieces = split_block(TextBlock{{para(text)}}, 100000, 1e9, 16000);
  REQUIRE(pieces.size() >= 3);
  std::string joined;
  for (const BlockPiece& piece : pieces) {
    std::string s;
    for (const Paragraph& p : piece.text.paragraphs) s += p.text();
    CHECK(code_points(s) <= 16000);
    joined += s + " ";
  }
  CHECK(squeeze(joined) == squeeze(text));
}

TEST_CASE("several paragraphs are cut between lines, in order") {
  TextBlock block;
  for (int i = 0; i < 100; ++i) block.paragraphs.push_back(para("ligne " + std::to_string(i)));
  const auto pieces = split_block(block, 300, 130, 16000);
  REQUIRE(pieces.size() > 5);
  int expected = 0;
  for (const BlockPiece& piece : pieces)
    for (const Paragraph& p : piece.text.paragraphs) CHECK(p.text() == "ligne " + std::to_string(expected++));
  CHECK(expected == 100);
}

TEST_CASE("one table gives its own columns") {
  doc::Section s;
  s.blocks.push_back(table({44, 8, 48}));
  const ColumnGrid g = make_column_grid(s, 680, 8);
  REQUIRE(g.columns() == 3);
  CHECK(g.pixels[0] + g.pixels[1] + g.pixels[2] == 680);
  CHECK(g.pixels[0] == 299);
  CHECK(g.table_boundaries[0] == std::vector<std::size_t>{0, 1, 2, 3});
}

TEST_CASE("tables with different columns share the union of their boundaries") {
  doc::Section s;
  s.blocks.push_back(doc::Heading{"titre", 1});
  s.blocks.push_back(table({28, 36, 36}));
  s.blocks.push_back(table({44, 8, 48}));
  const ColumnGrid g = make_column_grid(s, 680, 8);
  // 0.28, 0.44, 0.52, 0.64 -> five columns
  REQUIRE(g.columns() == 5);
  CHECK(g.table_boundaries[0] == std::vector<std::size_t>{0, 1, 4, 5});
  CHECK(g.table_boundaries[1] == std::vector<std::size_t>{0, 2, 3, 5});
}

TEST_CASE("nearly aligned boundaries share a grid line, a table's own never do") {
  doc::Section s;
  s.blocks.push_back(table({30, 70}));
  s.blocks.push_back(table({31, 69}));
  s.blocks.push_back(table({1, 0.001, 1}));
  const ColumnGrid g = make_column_grid(s, 680, 8);
  CHECK(g.table_boundaries[0][1] == g.table_boundaries[1][1]);
  CHECK(g.table_boundaries[2][1] < g.table_boundaries[2][2]);
  for (int px : g.pixels) CHECK(px >= 1);
}

TEST_CASE("a normalised table whose widths were unusable has equal columns, as many as its rows span") {
  doc::Section s;
  doc::Table t = table({0, -1});
  doc::Row r;
  r.cells.resize(3);
  t.rows.push_back(r);
  doc::normalize_table(t);
  s.blocks.push_back(t);
  const ColumnGrid g = make_column_grid(s, 600, 8);
  REQUIRE(g.columns() == 3);
  CHECK(g.pixels == std::vector<int>{200, 200, 200});
  CHECK(make_column_grid(doc::Section{}, 600, 8).columns() == 1);
}

TEST_CASE("sheet names are cleaned, shortened and unique") {
  SheetNames names;
  CHECK(names.make("grille-b1", "x") == "grille-b1");
  CHECK(names.make("Grille-B1", "x") == "Grille-B1 (2)");
  CHECK(names.make("a[b]c:d*e?f/g\\h", "x") == "a(b)c-def-g-h");
  CHECK(names.make("'citation'", "x") == "citation");
  CHECK(names.make("History", "x") == "History (2)");
  CHECK(names.make("", "repli") == "repli");
  CHECK(names.make("\x01\x02", "") == "Feuille");
  const std::string long_name = names.make(std::string(40, 'z'), "x");
  CHECK(long_name.size() == 31);
  const std::string again = names.make(std::string(40, 'z'), "x");
  CHECK(again == std::string(27, 'z') + " (2)");
  // An emoji counts two UTF-16 units in Excel's 31.
  const std::string emoji = names.make("🎓" + std::string(40, 'e'), "x");
  CHECK(emoji == "🎓" + std::string(29, 'e'));
  SheetNames accents;
  accents.make("Élève", "x");
  CHECK(accents.make("élève", "x") == "élève (2)");
}

TEST_CASE("the footer escapes '&', keeps Excel's 255 characters and puts the page number right") {
  CHECK(footer_string("A & B") == "&L&8&\"Arial,Regular\"A && B&R&8&\"Arial,Regular\"page &P / &N");
  CHECK(footer_string("") == "&R&8&\"Arial,Regular\"page &P / &N");
  const std::string f = footer_string(std::string(400, 'x'));
  CHECK(code_points(f) <= 255);
  CHECK(f.find("\u2026&R") != std::string::npos);
  CHECK(code_points(footer_string(std::string(200, '&'))) <= 255);
}

TEST_CASE("literal _xHHHH_ escapes are themselves escaped in shared strings") {
  CHECK(cell_string("_x0041_") == "_x005F_x0041_");
  CHECK(cell_string("a_x00_b") == "a_x00_b");
  CHECK(cell_string("__x0041__") == "__x005F_x0041__");
}

TEST_CASE("a workbook is written with nothing else left in the directory") {
  const auto dir = fresh_dir("ok");
  const auto out = dir / "grille.xlsx";
  xlsx::write_xlsx(xlsx_test::all_samples().front().form, out, doc::WriteOptions{});
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
  const std::string bytes = read_all(out);
  CHECK(bytes.substr(0, 2) == "PK");
  // Same input, same bytes.
  xlsx::write_xlsx(xlsx_test::all_samples().front().form, dir / "again.xlsx", doc::WriteOptions{});
  CHECK(read_all(dir / "again.xlsx") == bytes);
  // Another timestamp changes the stored dates, and only through the options.
  xlsx::write_xlsx(xlsx_test::all_samples().front().form, dir / "other.xlsx", doc::WriteOptions{0});
  CHECK(read_all(dir / "other.xlsx") != bytes);
  std::filesystem::remove_all(dir);
}

TEST_CASE("an unwritable destination is a WriteError in French, leaving nothing behind") {
  const auto dir = fresh_dir("error");
  const auto form = xlsx_test::all_samples().front().form;
  std::ofstream(dir / "a-file") << "not a directory";
  std::filesystem::create_directory(dir / "a-directory");
  for (const auto& out : {dir / "missing" / "x.xlsx", dir / "a-file" / "x.xlsx", dir / "a-directory"}) {
    try {
      xlsx::write_xlsx(form, out, doc::WriteOptions{});
      FAIL("no error for " << out);
    } catch (const doc::WriteError& e) {
      CHECK(std::string(e.what()).rfind("écriture XLSX impossible", 0) == 0);
    }
  }
  // The file and the directory that were there, nothing else.
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 2);
  CHECK(std::filesystem::is_directory(dir / "a-directory"));
  std::filesystem::remove_all(dir);
}

// xlsx/memory_parts.hpp replaces two library functions by definitions of the
// same name (lxw_tmpfile, zipOpen). If a libxlsxwriter or minizip build stops
// calling them, workbooks are still written, through files again: only this
// test notices. It watches the folder libxlsxwriter is given as its tmpdir (the
// output's) and counts the replacements' uses.
TEST_CASE("libxlsxwriter's parts and zip stay in memory: the replacements take effect") {
  const auto dir = fresh_dir("in-memory");
  const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  REQUIRE(watch >= 0);
  REQUIRE(::inotify_add_watch(watch, dir.c_str(), IN_CREATE) >= 0);
  const xlsx::ReplacementCounts before = xlsx::replacement_counts();
  xlsx::write_xlsx(xlsx_test::all_samples().front().form, dir / "grille.xlsx", doc::WriteOptions{});
  const xlsx::ReplacementCounts after = xlsx::replacement_counts();

  std::vector<std::string> created;
  alignas(inotify_event) char buffer[64 * 1024];
  for (ssize_t n; (n = ::read(watch, buffer, sizeof buffer)) > 0;)
    for (char* p = buffer; p < buffer + n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(p);
      created.emplace_back(event->len ? event->name : "");
      p += sizeof(inotify_event) + event->len;
    }
  ::close(watch);
  // One file appeared in the folder: the workbook (a temporary part would show here, even unlinked at once).
  CHECK(created == std::vector<std::string>{"grille.xlsx"});
  // Every part of the workbook (workbook, styles, sheet, properties…: more than five) went through memory,
  CHECK(after.memory_parts - before.memory_parts > 5);
  // and the zip was built in memory, once.
  CHECK(after.memory_zips - before.memory_zips == 1);
  CHECK(read_all(dir / "grille.xlsx").substr(0, 2) == "PK");
  std::filesystem::remove_all(dir);
}
