// Line breaking and item layout, with fixed widths (see fixed_metrics.hpp).
#include <catch2/catch.hpp>

#include <random>
#include <variant>

#include "fixed_metrics.hpp"
#include "pdf/text_layout.hpp"

using namespace siofill;
using pdf_test::fixed_advances;
using pdf_test::FixedMetrics;
using pdf_test::line_texts;

namespace {

std::vector<std::u32string> wrap(const std::u32string& text, double width) {
  return line_texts(text, pdf::break_lines(text, fixed_advances(text, 10), width));
}

}  // namespace

TEST_CASE("lines break at spaces, trailing spaces trimmed", "[pdf][text]") {
  // "aaa bbb" = 7 chars, 6 * 5 + 2.5 = 32.5 pt
  CHECK(wrap(U"aaa bbb ccc", 33) == std::vector<std::u32string>{U"aaa bbb", U"ccc"});
  CHECK(wrap(U"aaa bbb ccc", 32) == std::vector<std::u32string>{U"aaa", U"bbb", U"ccc"});
  CHECK(wrap(U"aaa   bbb", 16) == std::vector<std::u32string>{U"aaa", U"bbb"});
  CHECK(wrap(U"aaa bbb   ", 100) == std::vector<std::u32string>{U"aaa bbb"});
}

TEST_CASE("a word wider than the line is split where it overflows", "[pdf][text]") {
  CHECK(wrap(U"abcdefghij", 15) == std::vector<std::u32string>{U"abc", U"def", U"ghi", U"j"});
  // A short word before it stays on its own line; the long word starts a new one.
  CHECK(wrap(U"ab abcdefgh", 20) == std::vector<std::u32string>{U"ab", U"abcd", U"efgh"});
  // Narrower than one character: one character per line, nothing lost.
  CHECK(wrap(U"abc", 1) == std::vector<std::u32string>{U"a", U"b", U"c"});
}

TEST_CASE("combining marks stay with their base character", "[pdf][text]") {
  const std::u32string text = U"e\u0301e\u0301e\u0301";  // each pair 10 pt wide
  const auto lines = wrap(text, 12);
  for (const auto& l : lines) CHECK(l.front() != U'\u0301');
}

TEST_CASE("forced line breaks and empty paragraphs", "[pdf][text]") {
  CHECK(wrap(U"a\n\nb", 100) == std::vector<std::u32string>{U"a", U"", U"b"});
  CHECK(wrap(U"", 100) == std::vector<std::u32string>{U""});
  CHECK(wrap(U"a\n", 100) == std::vector<std::u32string>{U"a", U""});
}

TEST_CASE("hyphens inside words and ideographs give break points", "[pdf][text]") {
  CHECK(wrap(U"mise-à-jour", 30) == std::vector<std::u32string>{U"mise-", U"à-jour"});
  CHECK(wrap(U"mise-à-jour", 25) == std::vector<std::u32string>{U"mise-", U"à-", U"jour"});
  CHECK(wrap(U"- a", 5) == std::vector<std::u32string>{U"-", U"a"});  // a dash alone is not a word
  CHECK(wrap(U"王伟李娜", 10) == std::vector<std::u32string>{U"王伟", U"李娜"});
  CHECK(wrap(U"王伟，李娜", 10) == std::vector<std::u32string>{U"王", U"伟，", U"李娜"});  // no line starts with ，
}

TEST_CASE("French punctuation after a space never starts a line, « never ends one", "[pdf][text]") {
  // Characters 5 pt, spaces 2.5 pt. Before: "x ab" / ": cd" and "dit «" / "Nous »".
  CHECK(wrap(U"x ab : cd", 24) == std::vector<std::u32string>{U"x", U"ab :", U"cd"});
  CHECK(wrap(U"dit « Nous »", 36) == std::vector<std::u32string>{U"dit", U"« Nous »"});
}

TEST_CASE("a number stays whole after a hyphen; a path breaks after a slash", "[pdf][text]") {
  CHECK(wrap(U"le 2024-09-02", 55) == std::vector<std::u32string>{U"le", U"2024-09-02"});  // was "le 2024-09-" / "02"
  CHECK(wrap(U"git.example/lou/projet", 70) == std::vector<std::u32string>{U"git.example/", U"lou/projet"});
}

TEST_CASE("every character lands on exactly one line, in order", "[pdf][text]") {
  std::mt19937 rng(42);
  const std::u32string alphabet = U"ab cd-ef  ghé\u0301王\n";
  for (int round = 0; round < 200; ++round) {
    std::u32string text;
    const int n = static_cast<int>(rng() % 80);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % alphabet.size()];
    const double width = 1 + rng() % 60;
    const auto breaks = pdf::break_lines(text, fixed_advances(text, 10), width);
    std::u32string rebuilt;
    std::size_t pos = 0;
    for (const pdf::LineBreak& b : breaks) {
      REQUIRE(b.begin >= pos);
      for (std::size_t k = pos; k < b.begin; ++k)  // skipped: only spaces and forced breaks
        REQUIRE((text[k] == U' ' || text[k] == U'\n'));
      rebuilt += text.substr(b.begin, b.end - b.begin);
      pos = b.end;
      // A line is never wider than asked unless it holds a single character (or a base and its marks).
      if (b.width > width + 1e-9) REQUIRE(b.end - b.begin <= 2);
    }
    for (std::size_t k = pos; k < text.size(); ++k) REQUIRE((text[k] == U' ' || text[k] == U'\n'));
    std::u32string expected;
    for (char32_t c : text)
      if (c != U' ' && c != U'\n') expected += c;
    std::u32string got;
    for (char32_t c : rebuilt)
      if (c != U' ') got += c;
    REQUIRE(got == expected);
  }
}

TEST_CASE("display text drops invisible code points and keeps line breaks", "[pdf][text]") {
  CHECK(pdf::display_text("a\tb\r\nc\xC2\xAD"
                          "d\xEF\xB8\x8F") == U"a b\ncd");
  CHECK(pdf::display_text("\xFF"
                          "x") == U"\uFFFDx");  // an invalid byte is shown, not dropped
}

TEST_CASE("bullets hang, checkboxes carry their box, marks show only when checked", "[pdf][text]") {
  FixedMetrics m;
  doc::Item bullet = doc::bullet_item("aaa bbb ccc ddd");
  const auto lines = pdf::lay_out_item(bullet, 50, m);
  REQUIRE(lines.size() >= 2);
  const auto& first = std::get<pdf::TextElement>(lines[0].elements[0]);
  CHECK(first.text == U"\u2022");
  const double text_x = std::get<pdf::TextElement>(lines[0].elements[1]).x;
  CHECK(std::get<pdf::TextElement>(lines[1].elements[0]).x == Approx(text_x));
  CHECK(text_x > first.x);

  const auto box = pdf::lay_out_item(doc::checkbox_item(true, "SLAM"), 100, m);
  REQUIRE(box.size() == 1);
  bool has_box = false;
  for (const auto& e : box[0].elements)
    if (const auto* c = std::get_if<pdf::CheckboxElement>(&e)) {
      has_box = true;
      CHECK(c->checked);
      CHECK(c->x == 0);
    }
  CHECK(has_box);

  const auto centred = pdf::lay_out_item(doc::checkbox_item(false, "", doc::Align::Center), 100, m);
  const auto& c = std::get<pdf::CheckboxElement>(centred[0].elements[0]);
  CHECK(c.x == Approx((100 - c.size) / 2));

  const auto mark_on = pdf::lay_out_item(doc::mark_item(true, "X"), 40, m);
  REQUIRE(mark_on.size() == 1);
  const auto& x = std::get<pdf::TextElement>(mark_on[0].elements[0]);
  CHECK(x.text == U"X");
  CHECK(x.face == pdf::Face::Bold);
  CHECK(x.x == Approx((40 - 4.5) / 2));  // 9 pt body: 4.5 pt wide, centred
  const auto mark_off = pdf::lay_out_item(doc::mark_item(false, "X"), 40, m);
  REQUIRE(mark_off.size() == 1);
  CHECK(mark_off[0].elements.empty());
  CHECK(mark_off[0].height == Approx(mark_on[0].height));
}

TEST_CASE("alignment moves each line by its own free space", "[pdf][text]") {
  FixedMetrics m;
  const auto right = pdf::lay_out_item(doc::text_item("ab", doc::Style::Body, doc::Align::Right), 100, m);
  CHECK(std::get<pdf::TextElement>(right[0].elements[0]).x == Approx(100 - 9));
  doc::Item mixed;
  mixed.spans = {{"gras ", true, false}, {"italique", false, true}};
  const auto runs = pdf::lay_out_item(mixed, 200, m);
  REQUIRE(runs[0].elements.size() == 2);
  CHECK(std::get<pdf::TextElement>(runs[0].elements[0]).face == pdf::Face::Bold);
  CHECK(std::get<pdf::TextElement>(runs[0].elements[1]).face == pdf::Face::Italic);
}
