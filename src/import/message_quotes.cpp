#include "import/message_quotes.hpp"

#include "text/utf8.hpp"

namespace siofill::import {

std::string quote(std::string_view text) {
  constexpr std::size_t kMax = 70;
  std::size_t points = 0, cut = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points == kMax) {
      cut = i;
      break;
    }
    ++points;
  }
  std::string shown(text.substr(0, cut));
  if (cut < text.size()) shown = text::trim(shown) + "…";
  return "« " + shown + " »";
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

}  // namespace siofill::import
