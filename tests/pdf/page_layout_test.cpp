// Tables and pages: rows that grow, move to the next page, split across
// pages; header rows repeated; footers numbered per section.
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "fixed_metrics.hpp"
#include "pdf/layout_style.hpp"
#include "pdf/page_layout.hpp"

using namespace siofill;
using pdf_test::FixedMetrics;
using pdf_test::page_text;

namespace {

doc::Row row_of(std::vector<std::string> texts, bool header = false) {
  doc::Row r;
  r.header = header;
  for (auto& t : texts) {
    doc::Cell c;
    c.items.push_back(doc::text_item(std::move(t)));
    r.cells.push_back(std::move(c));
  }
  return r;
}

doc::FilledForm one_table(doc::Table table, std::string footer = "pied") {
  doc::FilledForm form;
  doc::Section s;
  s.footer = std::move(footer);
  s.blocks.emplace_back(std::move(table));
  form.sections.push_back(std::move(s));
  return form;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

std::string words(int from, int to) {
  std::string s;
  for (int i = from; i < to; ++i) s += "w" + std::to_string(i) + " ";
  return s;
}

}  // namespace

TEST_CASE("rows grow with their text", "[pdf][table]") {
  FixedMetrics m;
  doc::Table t;
  t.widths = {1, 1};
  t.rows.push_back(row_of({"court", words(0, 200)}));
  const auto pages = pdf::lay_out_document(one_table(t), m);
  REQUIRE(pages.size() == 1);
  // Both cell borders share the row height, which holds every line.
  std::vector<double> heights;
  for (const auto& e : pages[0].elements)
    if (const auto* b = std::get_if<pdf::BorderElement>(&e)) heights.push_back(b->height);
  REQUIRE(heights.size() == 2);
  CHECK(heights[0] == Approx(heights[1]));
  const std::string text = page_text(pages[0]);
  for (int i = 0; i < 200; ++i)
    CHECK(count(text, "w" + std::to_string(i) + " ") + count(text, "w" + std::to_string(i) + "\n") == 1);
}

TEST_CASE("a table that overflows continues with its header rows repeated", "[pdf][table]") {
  FixedMetrics m;
  doc::Table t;
  t.widths = {2, 1};
  t.rows.push_back(row_of({"ENTETE-A", "ENTETE-B"}, true));
  for (int i = 0; i < 150; ++i) t.rows.push_back(row_of({"ligne" + std::to_string(i), "x"}));
  const auto pages = pdf::lay_out_document(one_table(t), m);
  REQUIRE(pages.size() >= 3);
  std::string all;
  for (const auto& p : pages) {
    CHECK(count(page_text(p), "ENTETE-A") == 1);
    all += page_text(p);
  }
  for (int i = 0; i < 150; ++i) CHECK(count(all, "ligne" + std::to_string(i) + "\n") == 1);
  // Footer numbered within the section.
  CHECK(count(page_text(pages[0]), "page 1 / " + std::to_string(pages.size())) == 1);
  CHECK(count(page_text(pages.back()), "page " + std::to_string(pages.size()) + " / " + std::to_string(pages.size())) ==
        1);
}

TEST_CASE("a row that does not fit what is left moves to the next page whole", "[pdf][table]") {
  FixedMetrics m;
  doc::FilledForm form;
  doc::Section s;
  for (int i = 0; i < 60; ++i) s.blocks.emplace_back(doc::text_item("paragraphe " + std::to_string(i)));
  doc::Table t;
  t.widths = {1};
  t.rows.push_back(row_of({"DEBUT " + words(0, 150) + " FIN"}));
  s.blocks.emplace_back(t);
  form.sections.push_back(s);
  const auto pages = pdf::lay_out_document(form, m);
  REQUIRE(pages.size() == 2);
  CHECK(count(page_text(pages[0]), "DEBUT") == 0);
  CHECK(count(page_text(pages[1]), "DEBUT") == 1);
  CHECK(count(page_text(pages[1]), "FIN") == 1);
}

TEST_CASE("a row taller than a page is split across pages, nothing lost", "[pdf][table]") {
  FixedMetrics m;
  doc::Table t;
  t.widths = {1, 3};
  t.rows.push_back(row_of({"TETE", "TETE2"}, true));
  doc::Row big = row_of({words(0, 1500), "voisin"});
  big.cells[0].shaded = true;
  t.rows.push_back(big);
  t.rows.push_back(row_of({"apres", "fin"}));
  const auto pages = pdf::lay_out_document(one_table(t), m);
  REQUIRE(pages.size() >= 3);
  std::string all;
  for (const auto& p : pages) {
    CHECK(count(page_text(p), "TETE\n") == 1);
    all += page_text(p);
    // The split row's parts reach the bottom of the content area.
    for (const auto& e : p.elements)
      if (const auto* b = std::get_if<pdf::BorderElement>(&e))
        CHECK(b->y + b->height <= p.height - pdf::style::kMargin);
  }
  for (int i = 0; i < 1500; ++i) {
    const std::string w = "w" + std::to_string(i);
    INFO(w);
    CHECK(count(all, w + " ") + count(all, w + "\n") == 1);
  }
  CHECK(count(all, "voisin") == 1);
  CHECK(count(page_text(pages.back()), "apres") == 1);
}

TEST_CASE("min_height keeps blank rows tall; a heading row stays with the next row", "[pdf][table]") {
  FixedMetrics m;
  doc::Table t;
  t.widths = {1};
  doc::Row blank = row_of({""});
  blank.min_height = 40;
  t.rows.push_back(blank);
  const auto pages = pdf::lay_out_document(one_table(t), m);
  bool found = false;
  for (const auto& e : pages[0].elements)
    if (const auto* b = std::get_if<pdf::BorderElement>(&e)) found = b->height == Approx(40);
  CHECK(found);

  // Fill a page so that only the rubrique row would fit at its bottom.
  doc::Table u;
  u.widths = {1};
  for (int i = 0; i < 200; ++i) {
    doc::Row r = row_of({"l" + std::to_string(i)});
    u.rows.push_back(r);
    const auto p = pdf::lay_out_document(one_table(u), m);
    if (p.size() > 1) {
      u.rows.pop_back();
      u.rows.pop_back();
      break;
    }
  }
  u.rows.push_back(row_of({"RUBRIQUE"}, true));
  u.rows.push_back(row_of({"suite"}));
  const auto kept = pdf::lay_out_document(one_table(u), m);
  REQUIRE(kept.size() == 2);
  CHECK(count(page_text(kept[1]), "RUBRIQUE") == 1);
  CHECK(count(page_text(kept[1]), "suite") == 1);
}

TEST_CASE("a rubrique heading moves with a tall next row rather than stay alone", "[pdf][table]") {
  // The next row fits a fresh page but not what is left: it moves whole, so
  // the heading must move with it (not keep a line's worth of room for it).
  FixedMetrics m;
  doc::Table u;
  u.widths = {1};
  u.rows.push_back(row_of({"Realisation"}, true));
  for (int i = 0; i < 200; ++i) {
    u.rows.push_back(row_of({"l" + std::to_string(i)}));
    if (pdf::lay_out_document(one_table(u), m).size() > 1) {
      for (int k = 0; k < 3; ++k) u.rows.pop_back();
      break;
    }
  }
  doc::Row heading = row_of({"RUBRIQUE"});
  heading.keep_with_next = true;
  u.rows.push_back(heading);
  u.rows.push_back(row_of({"DEBUT " + words(0, 60) + " FIN"}));
  const auto pages = pdf::lay_out_document(one_table(u), m);
  REQUIRE(pages.size() == 2);
  CHECK(count(page_text(pages[0]), "RUBRIQUE") == 0);
  CHECK(count(page_text(pages[1]), "RUBRIQUE") == 1);
  CHECK(count(page_text(pages[1]), "DEBUT") == 1);
  CHECK(count(page_text(pages[1]), "FIN") == 1);
  CHECK(count(page_text(pages[1]), "Realisation") == 1);  // the header still repeats
}

TEST_CASE("sections restart page numbers and keep their orientation; breaks add no blank page", "[pdf][page]") {
  FixedMetrics m;
  doc::FilledForm form;
  for (int k = 0; k < 2; ++k) {
    doc::Section s;
    s.orientation = k == 0 ? doc::Orientation::Portrait : doc::Orientation::Landscape;
    s.blocks.emplace_back(doc::Heading{"Titre", 1, doc::Align::Center});
    s.blocks.emplace_back(doc::PageBreak{});
    s.blocks.emplace_back(doc::text_item("deuxième page"));
    s.blocks.emplace_back(doc::PageBreak{});
    form.sections.push_back(s);
  }
  const auto pages = pdf::lay_out_document(form, m);
  REQUIRE(pages.size() == 4);
  CHECK(pages[0].width < pages[0].height);
  CHECK(pages[2].width > pages[2].height);
  CHECK(count(page_text(pages[1]), "page 2 / 2") == 1);
  CHECK(count(page_text(pages[2]), "page 1 / 2") == 1);
  CHECK(pdf::lay_out_document(doc::FilledForm{}, m).size() == 1);  // always one page
}

TEST_CASE("a long footer wraps and the content stays above it", "[pdf][page]") {
  FixedMetrics m;
  doc::Table t;
  t.widths = {1};
  for (int i = 0; i < 100; ++i) t.rows.push_back(row_of({"r" + std::to_string(i)}));
  const auto pages = pdf::lay_out_document(one_table(t, words(0, 120)), m);
  double lowest_border = 0, highest_footer = 1e9;
  for (const auto& e : pages[0].elements) {
    if (const auto* b = std::get_if<pdf::BorderElement>(&e)) lowest_border = std::max(lowest_border, b->y + b->height);
    if (const auto* x = std::get_if<pdf::TextElement>(&e))
      if (x->size == pdf::style::kFooterSize) highest_footer = std::min(highest_footer, x->baseline - x->size);
  }
  CHECK(lowest_border < highest_footer);
}
