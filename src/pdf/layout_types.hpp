#pragma once
// What the layout produces and the painter draws: pages holding positioned
// text runs, shaded and bordered rectangles, and checkboxes. Pure data, no
// libharu, so the layout can be unit-tested and the painter stays dumb.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace siofill::pdf {

// The four faces of the family (Helvetica or Liberation Sans).
enum class Face : std::uint8_t { Regular, Bold, Italic, BoldItalic };

constexpr Face face_of(bool bold, bool italic) {
  if (bold) return italic ? Face::BoldItalic : Face::Bold;
  return italic ? Face::Italic : Face::Regular;
}

// Advance widths the layout needs. Implemented over the real PDF fonts in
// production and by fixed widths in the unit tests.
class TextMetrics {
 public:
  virtual ~TextMetrics() = default;
  // Advance of `c` in thousandths of the font size, exactly as the PDF font
  // declares it (so measured lines are the lines a viewer draws).
  virtual double advance(char32_t c, Face face) const = 0;
};

// Coordinates are points; y grows downward from the top edge of the page
// (the painter flips them into PDF space).
struct TextElement {
  double x = 0;         // left end of the run
  double baseline = 0;  // y of the baseline
  double size = 9;      // font size in points
  Face face = Face::Regular;
  std::u32string text;
};

// Light grey background of a shaded cell.
struct FillElement {
  double x = 0, y = 0, width = 0, height = 0;
};

// Thin black rectangle around a cell.
struct BorderElement {
  double x = 0, y = 0, width = 0, height = 0;
};

// A square box, crossed when checked; y is its top edge.
struct CheckboxElement {
  double x = 0, y = 0, size = 8;
  bool checked = false;
};

using Element = std::variant<FillElement, BorderElement, TextElement, CheckboxElement>;

// An outline entry (PDF bookmark) that opens its page.
struct PageBookmark {
  std::u32string title;
  int level = 1;
};

struct PageContent {
  double width = 0;
  double height = 0;
  std::vector<Element> elements;        // painted in this order
  std::vector<PageBookmark> bookmarks;  // in reading order
};

// Moves an element by (dx, dy).
void translate(Element& element, double dx, double dy);

}  // namespace siofill::pdf
