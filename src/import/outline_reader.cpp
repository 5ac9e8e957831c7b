#include "import/outline_reader.hpp"

#include "text/utf8.hpp"

namespace siofill::import {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

// Splits on LF, CRLF or a lone CR (old Mac files), keeping empty lines so numbers stay right.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    out.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

}  // namespace

std::size_t indentation(std::string_view line) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ') {
      ++columns;
      ++i;
    } else if (line[i] == '\t') {
      columns = (columns / 4 + 1) * 4;
      ++i;
    } else if (line.substr(i, kNoBreakSpace.size()) == kNoBreakSpace) {
      ++columns;
      i += kNoBreakSpace.size();
    } else {
      break;
    }
  }
  return columns;
}

std::optional<Outline> read_outline(std::string_view text, OutlineError& error) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  Outline outline;
  const std::vector<std::string_view> raw = split_lines(text);
  // Indices of the lines that may still be parents, from shallow to deep.
  std::vector<int> open;
  for (std::size_t n = 0; n < raw.size(); ++n) {
    const std::string_view line = raw[n];
    const int number = static_cast<int>(n) + 1;
    if (line.find('\0') != std::string_view::npos) {
      error = {number, "caractère nul : ce fichier n’est pas un texte (enregistrez vos notes en texte brut, .txt)"};
      return std::nullopt;
    }
    if (!text::is_valid_utf8(line)) {
      error = {number,
               "texte qui n’est pas en UTF-8 : enregistrez le fichier en UTF-8 (dans le Bloc-notes : "
               "« Enregistrer sous », codage UTF-8)"};
      return std::nullopt;
    }
    std::string trimmed = text::trim(line);
    if (trimmed.empty()) continue;
    OutlineLine out;
    out.number = number;
    out.indent = indentation(line);
    out.text = text::to_nfc(trimmed);
    while (!open.empty() && outline.lines[static_cast<std::size_t>(open.back())].indent >= out.indent) open.pop_back();
    out.parent = open.empty() ? -1 : open.back();
    open.push_back(static_cast<int>(outline.lines.size()));
    outline.lines.push_back(std::move(out));
  }
  return outline;
}

}  // namespace siofill::import
