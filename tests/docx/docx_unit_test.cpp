// The writer's pieces on their own: widths, dates, zip, errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <unistd.h>

#include "document/normalize_form.hpp"
#include "docx/checkbox_markup.hpp"
#include "docx/docx_writer.hpp"
#include "docx/package.hpp"
#include "docx/table_markup.hpp"
#include "docx/text_runs.hpp"
#include "docx/utc_time.hpp"
#include "docx/zip_archive.hpp"
#include "sample_forms.hpp"

using namespace siofill;

namespace {

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) ++n;
  return n;
}

std::string document_xml(const doc::FilledForm& form) {
  const docx::Package p = docx::build_package(form, doc::WriteOptions{});
  for (const docx::Part& part : p.parts)
    if (part.name == "word/document.xml") return docx::part_bytes(part);
  return {};
}

std::filesystem::path temp_dir() {
  auto d = std::filesystem::temp_directory_path() / ("siofill-docx-unit-" + std::to_string(::getpid()));
  std::filesystem::create_directories(d);
  return d;
}

// Rows of every table of the form, and those with a minimum height (the blank rows of the official tables).
std::pair<std::size_t, std::size_t> table_rows(const doc::FilledForm& form) {
  std::size_t rows = 0, tall = 0;
  for (const doc::Section& s : form.sections)
    for (const doc::Block& b : s.blocks)
      if (const auto* t = std::get_if<doc::Table>(&b))
        for (const doc::Row& r : t->rows) ++rows, tall += r.min_height > 0;
  return {rows, tall};
}

}  // namespace

TEST_CASE("the sample with control characters, normalised, is well formed and shows U+FFFD") {
  doc::FilledForm form = docx_test::control_chars_form();
  CHECK_THROWS_AS(docx::build_package(form, doc::WriteOptions{}), doc::WriteError);  // not normalised: refused
  doc::normalize_form(form);
  const docx::Package p = docx::build_package(form, doc::WriteOptions{});
  std::size_t replaced = 0;
  for (const docx::Part& part : p.parts) {
    const std::string bytes = docx::part_bytes(part);
    replaced += count(bytes, "\uFFFD");
    for (unsigned char c : bytes) CHECK((c >= 0x20 || c == '\t' || c == '\n' || c == '\r'));
    tinyxml2::XMLDocument reparsed;
    CHECK(reparsed.Parse(bytes.c_str(), bytes.size()) == tinyxml2::XML_SUCCESS);
  }
  CHECK(replaced == 13);  // 11 in the body, 1 in the title, 1 in the footer
}

TEST_CASE("column widths add up exactly to the usable width") {
  const auto w = docx::column_widths({44, 8, 48}, 10206);
  REQUIRE(w.size() == 3);
  CHECK(w[0] + w[1] + w[2] == 10206);
  CHECK(w[0] == 4491);
  CHECK(w[1] == 816);
  const auto odd = docx::column_widths({1, 1, 1}, 10000);
  CHECK(odd[0] + odd[1] + odd[2] == 10000);
}

TEST_CASE("only rows taller than a page may split") {
  const docx::PageGeometry page;
  const doc::FilledForm grid = docx_test::grid_form();
  const auto& table = std::get<doc::Table>(grid.sections[0].blocks.back());
  for (const doc::Row& r : table.rows) CHECK_FALSE(docx::row_may_exceed_page(r, {4491, 816, 4899}, page));
  doc::Row tall;
  tall.cells.push_back(doc::Cell{{doc::text_item(docx_test::long_text())}, 1, false, doc::VAlign::Top});
  CHECK(docx::row_may_exceed_page(tall, {7654}, page));
  doc::Row lines;  // few characters but many forced line breaks
  lines.cells.push_back(doc::Cell{{doc::text_item(std::string(80, '\n'))}, 1, false, doc::VAlign::Top});
  CHECK(docx::row_may_exceed_page(lines, {7654}, page));
  std::string han, latin;  // Chinese characters are twice as wide as Latin ones
  for (int i = 0; i < 600; ++i) han += "王", latin += "a";
  doc::Row wide, narrow;
  wide.cells.push_back(doc::Cell{{doc::text_item(han)}, 1, false, doc::VAlign::Top});
  narrow.cells.push_back(doc::Cell{{doc::text_item(latin)}, 1, false, doc::VAlign::Top});
  CHECK(docx::row_may_exceed_page(wide, {3000}, page));
  CHECK_FALSE(docx::row_may_exceed_page(narrow, {3000}, page));
}

TEST_CASE("dates come from the timestamp, never from the local clock") {
  const auto t = docx::civil_from_unix(1767225600);
  CHECK((t.year == 2026 && t.month == 1 && t.day == 1 && t.hour == 0));
  CHECK(docx::w3cdtf_from_unix(951825599) == "2000-02-29T11:59:59Z");
  CHECK(docx::w3cdtf_from_unix(0) == "1970-01-01T00:00:00Z");
  CHECK(docx::w3cdtf_from_unix(-1) == "1969-12-31T23:59:59Z");
  const auto z = docx::zip_time_from_unix(1767225601);  // odd second: zip keeps 2-second steps
  CHECK(z.second == 0);
  CHECK(docx::zip_time_from_unix(0).year == 1980);  // zip dates start in 1980
  CHECK(docx::zip_time_from_unix(99999999999).year == 2107);
}

TEST_CASE("checkboxes are content controls with the right states") {
  const std::string xml = document_xml(docx_test::grid_form());
  CHECK(count(xml, "<w14:checkbox>") == 9);                // SISR, SLAM, capacity, six compétences
  CHECK(count(xml, "<w14:checked w14:val=\"1\"/>") == 6);  // SLAM, capacity, B1.1, B1.2, B1.4, B1.5
  CHECK(count(xml, "<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>") == 9);
  CHECK(count(xml, "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/>") == 9);
  CHECK(xml.find("mc:Ignorable=\"w14\"") != std::string::npos);

  const std::string marks = document_xml(docx_test::synthesis_form());
  CHECK(count(marks, "<w14:checkedState w14:val=\"0058\" w14:font=\"Arial\"/>") == 240);
  CHECK(count(marks, "<w14:uncheckedState w14:val=\"0020\" w14:font=\"Arial\"/>") == 240);
  CHECK(docx::checkbox_state_value(0x2612) == "2612");
  CHECK(docx::checkbox_state_value(0x58) == "0058");
}

TEST_CASE("tables carry widths, merges, shading, repeated headers and unsplittable rows") {
  const doc::FilledForm synthesis = docx_test::synthesis_form();
  const auto [rows, tall] = table_rows(synthesis);
  const std::string xml = document_xml(synthesis);
  CHECK(count(xml, "<w:tblHeader/>") == 1);
  CHECK(count(xml, "<w:gridSpan w:val=\"8\"/>") == 3);        // the three rubrique rows
  CHECK(count(xml, "<w:tblLayout w:type=\"fixed\"/>") == 2);  // identity and synthesis tables
  CHECK(tall > 0);
  CHECK(count(xml, "<w:trHeight w:val=\"360\" w:hRule=\"atLeast\"/>") == tall);  // 18 pt
  CHECK(xml.find("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6E6E6\"/>") != std::string::npos);
  CHECK(xml.find("w:orient=\"landscape\"") != std::string::npos);
  CHECK(count(xml, "<w:cantSplit/>") == rows);  // every row: none is taller than a page

  const std::string long_xml = document_xml(docx_test::long_text_form());
  CHECK(count(long_xml, "<w:cantSplit/>") == 2);  // the 5 000-character row may split
  CHECK(count(long_xml, "<w:br w:type=\"page\"/>") == 1);
  const std::string names_xml = document_xml(docx_test::names_form());
  CHECK(count(names_xml, "<w:tbl>") == 2);
  CHECK(names_xml.find("</w:tbl><w:tbl>") == std::string::npos);  // touching tables would merge
}

TEST_CASE("header rows: the opening ones repeat, later ones keep with the next row") {
  doc::FilledForm f;
  f.sections.emplace_back();
  doc::Table t;
  t.widths = {1, 1};
  auto r = [](const char* a, bool header) {
    doc::Row row;
    row.header = header;
    row.cells = {doc::Cell{{doc::text_item(a)}, 1, header, doc::VAlign::Top},
                 doc::Cell{{doc::text_item(a), doc::text_item(a)}, 1, header, doc::VAlign::Top}};
    return row;
  };
  t.rows = {r("h1", true), r("h2", true), r("body", false), r("mid", true), r("body", false)};
  f.sections[0].blocks.push_back(t);
  const std::string xml = document_xml(f);
  CHECK(count(xml, "<w:tblHeader/>") == 2);
  CHECK(count(xml, "<w:keepNext/>") == 3);  // every paragraph of the mid-table header row
}

TEST_CASE("a rubrique heading row (keep_with_next) keeps with the next row and does not repeat") {
  doc::FilledForm f;
  f.sections.emplace_back();
  doc::Table t;
  t.widths = {1};
  doc::Row heading;
  heading.keep_with_next = true;
  heading.cells = {doc::Cell{{doc::text_item("rubrique")}, 1, true, doc::VAlign::Top}};
  doc::Row body;
  body.cells = {doc::Cell{{doc::text_item("body")}, 1, false, doc::VAlign::Top}};
  t.rows = {heading, body};
  f.sections[0].blocks.push_back(t);
  const std::string xml = document_xml(f);
  CHECK(count(xml, "<w:tblHeader/>") == 0);
  CHECK(count(xml, "<w:keepNext/>") == 1);
}

TEST_CASE("sections: one footer each, numbered within the section, no trailing empty page") {
  const docx::Package p = docx::build_package(docx_test::multi_section_form(), doc::WriteOptions{});
  std::vector<std::string> names;
  for (const docx::Part& part : p.parts) names.push_back(part.name);
  CHECK(names == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                          "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                                          "word/footer1.xml", "word/footer2.xml", "word/footer3.xml",
                                          "docProps/core.xml", "docProps/app.xml"});
  const std::string xml = document_xml(docx_test::multi_section_form());
  CHECK(count(xml, "<w:sectPr>") == 3);
  CHECK(count(xml, "<w:pgNumType w:start=\"1\"/>") == 3);
  CHECK(count(xml, "<w:br w:type=\"page\"/>") == 3);  // 0 + 1 + 2 inner breaks; trailing ones dropped
  CHECK(docx::part_bytes(p.parts[6]).find(" SECTIONPAGES ") != std::string::npos);
  const docx::Package single = docx::build_package(docx_test::grid_form(), doc::WriteOptions{});
  CHECK(docx::part_bytes(single.parts[6]).find(" NUMPAGES ") != std::string::npos);  // one section: the whole document
}

TEST_CASE("the same form gives the same bytes, the timestamp sets the zip dates") {
  const auto dir = temp_dir();
  const doc::FilledForm form = docx_test::names_form();
  doc::WriteOptions options;
  docx::write_docx(form, dir / "a.docx", options);
  docx::write_docx(form, dir / "b.docx", options);
  docx::write_flat_xml(form, dir / "a.xml", options);
  docx::write_flat_xml(form, dir / "b.xml", options);
  CHECK(read_all(dir / "a.docx") == read_all(dir / "b.docx"));
  CHECK(read_all(dir / "a.xml") == read_all(dir / "b.xml"));
  options.timestamp += 86400;
  docx::write_docx(form, dir / "c.docx", options);
  CHECK(read_all(dir / "a.docx") != read_all(dir / "c.docx"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("zip entries keep their order and a fixed DOS date") {
  const std::string zip = docx::zip_archive({{"b.xml", "<b/>"}, {"a.xml", "<a/>"}}, 1767225600);
  REQUIRE(zip.size() > 30);
  CHECK(zip.compare(0, 4, "PK\x03\x04") == 0);
  CHECK(zip.find("b.xml") < zip.find("a.xml"));
  // Local header: time at offset 10, date at 12 (2026-01-01 00:00:00).
  const auto u16 = [&](std::size_t o) {
    return static_cast<unsigned>(static_cast<unsigned char>(zip[o]) | static_cast<unsigned char>(zip[o + 1]) << 8);
  };
  CHECK(u16(10) == 0);
  CHECK(u16(12) == ((2026 - 1980) << 9 | 1 << 5 | 1));
}

TEST_CASE("write failures are reported in French and leave no file behind") {
  const doc::FilledForm form = docx_test::grid_form();
  const auto missing = std::filesystem::path("/nonexistent-siofill-dir/x.docx");
  CHECK_THROWS_WITH(docx::write_docx(form, missing, doc::WriteOptions{}), Catch::Contains("n’existe pas"));
  CHECK_THROWS_AS(docx::write_flat_xml(form, missing, doc::WriteOptions{}), doc::WriteError);
  if (std::filesystem::exists("/dev/full")) {
    CHECK_THROWS_WITH(docx::write_docx(form, "/dev/full", doc::WriteOptions{}), Catch::Contains("disque plein"));
  }
  const auto dir = temp_dir();
  std::filesystem::create_directories(dir / "is-a-dir.docx");
  CHECK_THROWS_AS(docx::write_docx(form, dir / "is-a-dir.docx", doc::WriteOptions{}), doc::WriteError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("an empty form still makes a valid document") {
  doc::FilledForm empty;
  const std::string xml = document_xml(empty);
  CHECK(xml.find("<w:sectPr>") != std::string::npos);
  doc::FilledForm no_rows;
  no_rows.sections.emplace_back();
  no_rows.sections[0].blocks.push_back(doc::Table{});
  doc::normalize_form(no_rows);
  CHECK(document_xml(no_rows).find("<w:tbl>") == std::string::npos);
}
