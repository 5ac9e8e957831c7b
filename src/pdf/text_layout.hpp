#pragma once
// Wrapping text into lines with real font metrics (libharu does not wrap):
// breaks at spaces, after hyphens inside words and around ideographs, and
// inside a word only when the word alone is wider than the line.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "document/filled_form.hpp"
#include "pdf/layout_types.hpp"
#include "text/utf8.hpp"

namespace siofill::pdf {

// Default-ignorable code points: invisible, and no font is expected to have them.
constexpr bool is_ignorable(char32_t c) {
  return c == 0x00AD || c == 0x034F || c == 0x061C || (c >= 0x180B && c <= 0x180E) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF ||
         (c >= 0xE0000 && c <= 0xE0FFF);
}

// Calls f(c) for each character of `utf8` as displayed: tabs become spaces,
// default-ignorable code points (variation selectors, zero-width joiners, soft
// hyphens, byte order marks) are invisible, '\n' stays a forced break. The
// model's text is normalised (doc::normalize_form: invalid bytes and control
// characters are U+FFFD there already); in text the writer makes itself, a
// '\r' is dropped and other control characters are shown as spaces.
template <typename F>
void for_each_display_char(std::string_view utf8, F&& f) {
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b >= 0x20 && b < 0x7F) {  // printable ASCII: the common case
      ++i;
      f(static_cast<char32_t>(b));
      continue;
    }
    const char32_t c = text::next_code_point(utf8, i);
    if (c == U'\n')
      f(c);
    else if (c == U'\r' || is_ignorable(c))
      continue;
    else if (c < 0x20 || (c >= 0x7F && c < 0xA0))
      f(U' ');
    else
      f(c);
  }
}

// The displayed characters of `utf8` (see for_each_display_char).
std::u32string display_text(std::string_view utf8);

// One line of a paragraph: characters [begin, end) of the text, trailing
// spaces excluded, and their width in points.
struct LineBreak {
  std::size_t begin = 0;
  std::size_t end = 0;
  double width = 0;
};

// Whether a line may end just before text[i] (0 < i < text.size()): after a
// space, after a hyphen or slash before a letter, around ideographs; never
// before closing punctuation nor after opening punctuation, spaces or not.
bool may_break_before(std::u32string_view text, std::size_t i);

// Greedy line breaking of `text` (advances[i] = width of text[i] in points)
// into lines at most `width` wide. '\n' forces a break; an empty paragraph
// still gives one (empty) line. A character wider than the line gets a line
// of its own: every character lands on some line.
std::vector<LineBreak> break_lines(std::u32string_view text, const std::vector<double>& advances, double width);

// A laid-out line, its elements positioned relative to the line's top-left corner.
struct PlacedLine {
  double gap_before = 0;  // space above; dropped at the top of a page or of a cell part
  double height = 0;
  std::vector<Element> elements;
};

double font_size(doc::Style style);
double line_height(double size);

// An item (paragraph, bullet, checkbox) laid out in a column `width` points wide.
std::vector<PlacedLine> lay_out_item(const doc::Item& item, double width, const TextMetrics& metrics);

// A heading (bold, size by level) laid out in a column `width` points wide.
std::vector<PlacedLine> lay_out_heading(const doc::Heading& heading, double width, const TextMetrics& metrics);

// Plain text in one face and size (the footer).
std::vector<PlacedLine> lay_out_plain(std::string_view utf8, double size, Face face, doc::Align align, double width,
                                      const TextMetrics& metrics);

// Width in points of a single-face string (no wrapping).
double text_width(std::u32string_view text, double size, Face face, const TextMetrics& metrics);

}  // namespace siofill::pdf
