// The FilledForm is settled once, before any writer (document/normalize_form):
// the rules on their own, then a malformed form through the three writers,
// read back by real readers (pdftotext, python-docx, openpyxl).
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>

#include "document/normalize_form.hpp"
#include "docx/docx_writer.hpp"
#include "fill/fill_form.hpp"
#include "forms/form_spec.hpp"
#include "pdf/pdf_writer.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"
#include "xlsx/xlsx_writer.hpp"

using namespace siofill;

namespace {

doc::Cell text_cell(std::string text, int colspan = 1) {
  doc::Cell c;
  c.items.push_back(doc::text_item(std::move(text)));
  c.colspan = colspan;
  return c;
}

doc::Row row_of(std::vector<doc::Cell> cells) {
  doc::Row r;
  r.cells = std::move(cells);
  return r;
}

std::vector<int> spans(const doc::Row& r) {
  std::vector<int> out;
  for (const doc::Cell& c : r.cells) out.push_back(c.colspan);
  return out;
}

// A table no writer could lay out as it is: a zero width, colspans over the
// column count, a short row, colspans of 0 and -2; text with a byte that is
// not UTF-8 and a control character.
doc::FilledForm broken_form() {
  doc::FilledForm f;
  f.form_id = "grille-cassee";
  f.meta.title = std::string("titre\x01");
  doc::Section s;
  s.footer = "pied";
  doc::Table t;
  t.widths = {2, 0};
  t.rows.push_back(row_of({text_cell("a\xFF"
                                     "b"),
                           text_cell("x\x07y", 5)}));
  t.rows.push_back(row_of({text_cell("court")}));
  t.rows.push_back(row_of({text_cell("nul", 0), text_cell("neg", -2)}));
  s.blocks.push_back(std::move(t));
  f.sections.push_back(std::move(s));
  return f;
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "siofill-normalize-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

struct PipeCloser {
  void operator()(FILE* f) const noexcept { ::pclose(f); }
};

// Standard output of a reader run through the shell; the test fails if it fails.
// (Debian's python3 -I: the build's tests/docx folder must not hide the python-docx package.)
std::string run(const std::string& command) {
  std::unique_ptr<FILE, PipeCloser> pipe(::popen(command.c_str(), "r"));
  REQUIRE(pipe);
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe.get())) > 0;) out.append(buf, n);
  const int status = ::pclose(pipe.release());
  INFO(command);
  REQUIRE(status == 0);
  return out;
}

}  // namespace

TEST_CASE("text: invalid bytes and control characters become U+FFFD where they were") {
  CHECK(doc::normalized_text("a\xFF"
                             "b") == "a\uFFFDb");
  CHECK(doc::normalized_text("x\xC3") == "x\uFFFD");                    // truncated sequence
  CHECK(doc::normalized_text("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD");  // an encoded surrogate, byte by byte
  CHECK(doc::normalized_text("\xC0\xAF") == "\uFFFD\uFFFD");            // overlong '/'
  CHECK(doc::normalized_text("a\x01"
                             "b\x1F"
                             "c\x7F"
                             "d") == "a\uFFFDb\uFFFDc\uFFFDd");
  CHECK(doc::normalized_text("C1 \xC2\x85|\xEF\xBF\xBE|\xEF\xBF\xBF") == "C1 \uFFFD|\uFFFD|\uFFFD");
  CHECK(doc::normalized_text("r\r\nn\rx") == "r\nn\nx");  // carriage returns are line breaks
  const std::string kept = "tab\tnl\n🎓 王伟 Дмитрий Nguyễn Łukasz <&\"'> \u00A0 \uFFFD";
  CHECK(doc::normalized_text(kept) == kept);
  CHECK(doc::normalized_text("") == "");
}

TEST_CASE("grid: a short row ends with one empty cell spanning the rest") {
  doc::Table t;
  t.widths = {1, 2, 3};
  t.rows.push_back(row_of({text_cell("a")}));
  t.rows.push_back(row_of({}));
  doc::normalize_table(t);
  CHECK(t.widths == std::vector<double>{1, 2, 3});
  CHECK(spans(t.rows[0]) == std::vector<int>{1, 2});
  CHECK(t.rows[0].cells[1].items.empty());
  CHECK_FALSE(t.rows[0].cells[1].shaded);
  CHECK(spans(t.rows[1]) == std::vector<int>{3});
}

TEST_CASE("grid: colspans over the widths widen the table, missing or unusable widths take the mean") {
  doc::Table t;
  t.widths = {2, 0, -1, std::numeric_limits<double>::quiet_NaN()};
  t.rows.push_back(row_of({text_cell("a", 0), text_cell("b", 5)}));
  t.rows.push_back(row_of({text_cell("c", -3)}));
  doc::normalize_table(t);
  CHECK(t.widths == std::vector<double>{2, 2, 2, 2, 2, 2});
  CHECK(spans(t.rows[0]) == std::vector<int>{1, 5});
  CHECK(spans(t.rows[1]) == std::vector<int>{1, 5});

  doc::Table none;  // no widths, no rows: one column
  doc::normalize_table(none);
  CHECK(none.widths == std::vector<double>{1});

  doc::Table huge;  // widths whose sum overflows keep their shares
  huge.widths = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
  doc::normalize_table(huge);
  CHECK(huge.widths == std::vector<double>{1, 1});
}

TEST_CASE("grid: past the most columns a table may have, text moves into the last cell") {
  doc::Table t;
  doc::Row r;
  for (std::size_t i = 0; i < doc::kMaxColumns + 2; ++i) r.cells.push_back(text_cell("c" + std::to_string(i)));
  t.rows.push_back(r);
  t.rows.push_back(row_of({text_cell("large", 1000000)}));
  doc::normalize_table(t);
  CHECK(t.widths.size() == doc::kMaxColumns);
  REQUIRE(t.rows[0].cells.size() == doc::kMaxColumns);
  const doc::Cell& last = t.rows[0].cells.back();
  REQUIRE(last.items.size() == 3);  // c62, c63, c64: nothing dropped
  CHECK(last.items[2].spans[0].text == "c64");
  CHECK(spans(t.rows[1]) == std::vector<int>{static_cast<int>(doc::kMaxColumns)});
}

TEST_CASE("a normalised form is normalised, again unchanged; a valid form is left as it is") {
  doc::FilledForm f = broken_form();
  CHECK_FALSE(doc::is_normalized(f));
  doc::normalize_form(f);
  CHECK(doc::is_normalized(f));
  const doc::FilledForm once = f;
  doc::normalize_form(f);
  CHECK(std::get<doc::Table>(f.sections[0].blocks[0]).widths ==
        std::get<doc::Table>(once.sections[0].blocks[0]).widths);
  CHECK(f.meta.title == "titre\uFFFD");

  doc::Heading deep{"titre", 7, doc::Align::Left};
  doc::FilledForm h;
  h.sections.emplace_back();
  h.sections[0].blocks.push_back(deep);
  doc::normalize_form(h);
  CHECK(std::get<doc::Heading>(h.sections[0].blocks[0]).level == 3);
}

TEST_CASE("every built-in form comes out of fill_form normalised") {
  const Evidence ev = test::load_ok(test::complete_evidence());
  for (const forms::FormSpec& spec : forms::builtin_forms()) {
    INFO(spec.id);
    CHECK(doc::is_normalized(fill::fill_form(spec, default_referentiel(), ev)));
  }
}

TEST_CASE("writers refuse a form that skipped the normalisation") {
  const TempDir dir;
  const doc::FilledForm raw = broken_form();
  CHECK_THROWS_AS(pdf::write_pdf(raw, dir.path / "f.pdf", {}), doc::WriteError);
  CHECK_THROWS_AS(docx::write_docx(raw, dir.path / "f.docx", {}), doc::WriteError);
  CHECK_THROWS_AS(xlsx::write_xlsx(raw, dir.path / "f.xlsx", {}), doc::WriteError);
  CHECK_FALSE(std::filesystem::exists(dir.path / "f.pdf"));
}

TEST_CASE("a malformed form, normalised once, reads the same in PDF, DOCX and XLSX", "[readers]") {
  const TempDir dir;
  doc::FilledForm form = broken_form();
  doc::normalize_form(form);
  const std::string pdf = (dir.path / "f.pdf").string(), docx = (dir.path / "f.docx").string(),
                    xlsx = (dir.path / "f.xlsx").string();
  pdf::write_pdf(form, pdf, {});
  docx::write_docx(form, docx, {});
  xlsx::write_xlsx(form, xlsx, {});

  const std::string pdf_text = run("pdftotext -enc UTF-8 '" + pdf + "' -");
  const std::string docx_text = run(std::string(SIOFILL_PYTHON3) +
                                    " -I -c 'import sys, docx\n"
                                    "t = docx.Document(sys.argv[1]).tables[0]\n"
                                    "print(len(t.columns))\n"
                                    "for r in t.rows:\n"
                                    "    print(\"|\".join(c.text for c in r.cells))' '" +
                                    docx + "'");
  const std::string xlsx_text =
      run(std::string(SIOFILL_PYTHON3) +
          " -I -c 'import sys, openpyxl\n"
          "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
          "print(\"|\".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None))' '" +
          xlsx + "'");

  for (const std::string* out : {&pdf_text, &docx_text, &xlsx_text}) {
    INFO(*out);
    CHECK(out->find("a\uFFFDb") != std::string::npos);  // the byte that is not UTF-8
    CHECK(out->find("x\uFFFDy") != std::string::npos);  // the control character
    for (const char* kept : {"court", "nul", "neg"}) CHECK(out->find(kept) != std::string::npos);
  }
  // Six columns (2 widths, but a row spans 1 + 5), in every row, as Word reads them.
  CHECK(docx_text.rfind("6\n", 0) == 0);
  CHECK(docx_text.find("court|||||\n") != std::string::npos);  // the short row, completed
}
