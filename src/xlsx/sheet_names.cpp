#include "xlsx/sheet_names.hpp"

#include <algorithm>

#include "text/utf8.hpp"
#include "xlsx/font_metrics.hpp"

namespace siofill::xlsx {
namespace {

constexpr std::size_t kMaxChars = 31;  // Excel counts UTF-16 units

// Code points of `s`, forbidden characters replaced by the closest allowed
// ones ("[1]" -> "(1)", ":" "/" "\\" -> "-", "*" "?" dropped), controls
// dropped, white space collapsed.
std::vector<std::string> cleaned_chars(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    const std::size_t start = i;
    const char32_t c = text::next_code_point(s, i);
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == ' ' || c == 0xA0) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(" ");
    space = false;
    if (c == '[')
      out.push_back("(");
    else if (c == ']')
      out.push_back(")");
    else if (c == ':' || c == '/' || c == '\\')
      out.push_back("-");
    else if (c != '*' && c != '?')
      out.push_back(std::string(s.substr(start, i - start)));
  }
  return out;
}

std::size_t units_of(const std::string& ch) {
  std::size_t i = 0;
  return utf16_units(text::next_code_point(ch, i));
}

// The first code points of `chars` that fit in `limit` UTF-16 units, without
// apostrophes or spaces at the ends.
std::string fit(const std::vector<std::string>& chars, std::size_t limit) {
  std::vector<std::string> kept;
  std::size_t units = 0;
  for (const std::string& ch : chars) {
    if (units + units_of(ch) > limit) break;
    units += units_of(ch);
    kept.push_back(ch);
  }
  while (!kept.empty() && (kept.back() == "'" || kept.back() == " ")) kept.pop_back();
  std::size_t first = 0;
  while (first < kept.size() && kept[first] == "'") ++first;
  std::string out;
  for (std::size_t k = first; k < kept.size(); ++k) out += kept[k];
  return out;
}

}  // namespace

// Excel compares names without regard to case, accented capitals included;
// text::fold() merges more than that (accents, punctuation), which only costs
// a needless suffix now and then.
bool SheetNames::taken(const std::string& name) const {
  const std::string key = text::fold(name);
  return key == "history" || std::find(used_.begin(), used_.end(), key) != used_.end();
}

std::string SheetNames::make(std::string_view wanted, std::string_view fallback) {
  std::vector<std::string> chars = cleaned_chars(wanted);
  std::string base = fit(chars, kMaxChars);
  if (base.empty()) {
    chars = cleaned_chars(fallback);
    base = fit(chars, kMaxChars);
  }
  if (base.empty()) {
    chars = {"F", "e", "u", "i", "l", "l", "e"};
    base = "Feuille";
  }
  std::string name = base;
  for (int n = 2; taken(name); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    name = fit(chars, kMaxChars - suffix.size()) + suffix;
  }
  used_.push_back(text::fold(name));
  return name;
}

}  // namespace siofill::xlsx
