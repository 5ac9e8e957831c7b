#include "import/note_lines.hpp"

#include <algorithm>
#include <set>

#include "text/utf8.hpp"

namespace siofill::import {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<std::string> words(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string without_urls(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find_first_of(" \t", i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    if (!(starts_with(word, "http://") || starts_with(word, "https://") || starts_with(word, "www.") ||
          word.find("://") != std::string_view::npos))
      out.append(word).push_back(' ');
    i = end + 1;
  }
  return out;
}

std::optional<std::string> leading_code(const std::string& text, std::string& rest) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == 'B' || text[i] == 'b')) ++i;
  const std::size_t digits_start = i;
  int dots = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || (text[i] == '.' && i > digits_start))) {
    if (text[i] == '.') ++dots;
    ++i;
  }
  std::string code = text.substr(digits_start, i - digits_start);
  while (!code.empty() && code.back() == '.') {
    code.pop_back();
    --dots;
  }
  if (dots < 1 || dots > 2 ||
      (i < text.size() && text[i] != ' ' && text[i] != ':' && text[i] != '-' && text[i] != '\t'))
    return std::nullopt;
  std::size_t j = i;
  while (j < text.size() && (text[j] == ' ' || text[j] == ':' || text[j] == '-' || text[j] == '\t')) ++j;
  rest = text.substr(j);
  return "B" + code;
}

std::pair<int, int> session_year(const Outline& outline) {
  int best = 0, best_line = 0;
  for (const OutlineLine& l : outline.lines) {
    const std::vector<std::string> w = words(text::fold(without_urls(l.text)));
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (w[i].size() != 4 || !all_digits(w[i])) continue;
      const int year = std::stoi(w[i]);
      if (year < 2020 || year > 2100) continue;
      if (i > 0 && w[i - 1] == "session") return {year, l.number};
      if (year > best) best = year, best_line = l.number;
    }
  }
  return {best, best_line};
}

std::optional<int> bloc_header_number(std::string_view text) {
  const std::vector<std::string> w = words(text::fold(text));
  if (w.empty() || !starts_with(w[0], "bloc")) return std::nullopt;
  const std::string tail = w[0].substr(4);
  if (!tail.empty()) {
    if (all_digits(tail) && tail.size() <= 3) return std::stoi(tail);
    return std::nullopt;  // "blocage", "bloquer"…
  }
  static const std::set<std::string> filler = {"de", "des", "du",     "competences", "competence",
                                               "n",  "no",  "numero", "num"};
  std::size_t i = 1;
  while (i < w.size() && filler.count(w[i])) ++i;
  if (i < w.size()) {
    std::string_view t = w[i];
    if (starts_with(t, "no") && all_digits(t.substr(2)))
      t.remove_prefix(2);
    else if (starts_with(t, "n") && all_digits(t.substr(1)))
      t.remove_prefix(1);
    if (all_digits(t) && t.size() <= 3) return std::stoi(std::string(t));
  }
  return 0;
}

std::optional<Option> option_named(std::string_view text) {
  const std::vector<std::string> w = words(text::fold(text));
  std::set<Option> found;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w[i] == "sisr") found.insert(Option::SISR);
    if (w[i] == "slam") found.insert(Option::SLAM);
    if (w[i] == "option" && i + 1 < w.size()) {
      if (w[i + 1] == "a") found.insert(Option::SISR);
      if (w[i + 1] == "b") found.insert(Option::SLAM);
    }
  }
  if (found.size() != 1) return std::nullopt;
  return *found.begin();
}

bool is_gap_marker(std::string_view text) {
  const std::string f = text::fold(text);
  if (f == "non" || f == "a definir" || f == "non defini" || f == "non definie") return true;
  if (starts_with(f, "non a definir") || starts_with(f, "a definir") || starts_with(f, "non a faire")) return true;
  return starts_with(f, "non ") && f.find("definir") != std::string::npos && f.size() < 40;
}

}  // namespace siofill::import
