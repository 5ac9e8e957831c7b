#include "cli/terminal_text.hpp"

#include "text/utf8.hpp"

namespace siofill::cli {

namespace {

// French typography puts a space before » : ; ! ? and after «; those marks
// must stay on the line of the word they belong to.
bool sticks_to_previous(std::string_view w) {
  return w.rfind("»", 0) == 0 || w == ":" || w == ";" || w == "!" || w == "?" || w == "—";
}
bool sticks_to_next(std::string_view w) { return w.size() >= 2 && w.substr(w.size() - 2) == "«"; }

std::vector<std::string> words_of(std::string_view paragraph) {
  std::vector<std::string> words;
  bool glue_next = false;
  std::size_t pos = 0;
  while (pos <= paragraph.size()) {
    std::size_t space = paragraph.find(' ', pos);
    if (space == std::string_view::npos) space = paragraph.size();
    const std::string_view w = paragraph.substr(pos, space - pos);
    if (!w.empty()) {
      if (!words.empty() && (glue_next || sticks_to_previous(w)))
        words.back() += " " + std::string(w);
      else
        words.emplace_back(w);
      glue_next = sticks_to_next(w);
    }
    pos = space + 1;
  }
  return words;
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line;
    std::size_t line_width = 0;
    for (const std::string& word : words_of(text.substr(start, nl - start))) {
      const std::size_t w = text::display_width(word);
      if (!line.empty() && line_width + 1 + w > width) {
        lines.push_back(line);
        line.clear();
        line_width = 0;
      }
      if (!line.empty()) {
        line += ' ';
        ++line_width;
      }
      line += word;
      line_width += w;
    }
    lines.push_back(line);
    start = nl + 1;
  }
  return lines;
}

std::string pad(std::string_view text, std::size_t width) {
  std::string out(text);
  for (std::size_t w = text::display_width(text); w < width; ++w) out += ' ';
  return out;
}

std::string wrapped_paragraph(std::string_view first_prefix, std::string_view text, std::size_t width) {
  const std::size_t indent = text::display_width(first_prefix);
  const std::size_t room = width > indent + 20 ? width - indent : 20;
  std::string out;
  bool first = true;
  for (const std::string& line : wrap(text, room)) {
    out += first ? std::string(first_prefix) : std::string(indent, ' ');
    out += line + "\n";
    first = false;
  }
  return out;
}

}  // namespace siofill::cli
