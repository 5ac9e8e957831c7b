#include "fixed_metrics.hpp"

#include <variant>

#include "text/utf8.hpp"

namespace siofill::pdf_test {

std::string to_utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) out += text::encode(c);
  return out;
}

std::string page_text(const pdf::PageContent& page) {
  std::string out;
  for (const pdf::Element& e : page.elements)
    if (const auto* t = std::get_if<pdf::TextElement>(&e)) out += to_utf8(t->text) + "\n";
  return out;
}

}  // namespace siofill::pdf_test
