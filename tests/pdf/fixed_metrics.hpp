#pragma once
// Round-number widths for layout tests: every character 500/1000 em, spaces
// 250 (at 10 pt: 5 pt and 2.5 pt), so expected breaks can be worked out by hand.
#include <string>
#include <vector>

#include "pdf/layout_types.hpp"
#include "pdf/text_layout.hpp"

namespace siofill::pdf_test {

class FixedMetrics final : public pdf::TextMetrics {
 public:
  double advance(char32_t c, pdf::Face) const override { return c == U' ' ? 250 : 500; }
};

// Advances in points at `size` for `text`.
inline std::vector<double> fixed_advances(const std::u32string& text, double size) {
  FixedMetrics m;
  std::vector<double> out;
  for (char32_t c : text) out.push_back(m.advance(c, pdf::Face::Regular) * size / 1000.0);
  return out;
}

// The text of each line break, for readable assertions.
inline std::vector<std::u32string> line_texts(const std::u32string& text, const std::vector<pdf::LineBreak>& lines) {
  std::vector<std::u32string> out;
  for (const pdf::LineBreak& l : lines) out.push_back(text.substr(l.begin, l.end - l.begin));
  return out;
}

// All text elements of a page, in drawing order, as UTF-8.
std::string page_text(const pdf::PageContent& page);
std::string to_utf8(const std::u32string& s);

}  // namespace siofill::pdf_test
