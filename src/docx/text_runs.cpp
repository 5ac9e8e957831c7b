#include "docx/text_runs.hpp"

namespace siofill::docx {

namespace {

// Word trims leading/trailing spaces of <w:t> and may fold runs of spaces
// unless told to keep them.
bool needs_preserve(std::string_view t) {
  return !t.empty() && (t.front() == ' ' || t.back() == ' ' || t.find("  ") != std::string_view::npos);
}

void add_text(XMLElement* run, std::string_view piece) {
  XMLElement* t = add(run, "w:t");
  if (needs_preserve(piece)) t->SetAttribute("xml:space", "preserve");
  t->SetText(std::string(piece).c_str());
}

}  // namespace

void add_run_properties(XMLElement* run, const RunStyle& style) {
  if (!style.bold && !style.italic && style.size == 0 && style.font == nullptr) return;
  XMLElement* rpr = add(run, "w:rPr");
  // Children in schema order: rFonts, b, i, sz.
  if (style.font) {
    XMLElement* fonts = add(rpr, "w:rFonts");
    fonts->SetAttribute("w:ascii", style.font);
    fonts->SetAttribute("w:eastAsia", style.font);
    fonts->SetAttribute("w:hAnsi", style.font);
  }
  if (style.bold) add(rpr, "w:b");
  if (style.italic) add(rpr, "w:i");
  if (style.size) add_val(rpr, "w:sz", style.size);
}

void add_run(XMLElement* paragraph, std::string_view clean, const RunStyle& style) {
  // The model's text is normalised (doc::normalize_form): valid UTF-8 whose
  // only control characters, tab and line feed, become <w:tab/> and <w:br/>.
  if (clean.empty()) return;
  XMLElement* run = add(paragraph, "w:r");
  add_run_properties(run, style);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= clean.size(); ++i) {
    if (i < clean.size() && clean[i] != '\n' && clean[i] != '\t') continue;
    if (i > start) add_text(run, clean.substr(start, i - start));
    if (i < clean.size()) add(run, clean[i] == '\n' ? "w:br" : "w:tab");
    start = i + 1;
  }
}

RunStyle run_style_for(doc::Style style) {
  RunStyle rs;
  if (style == doc::Style::Small) rs.size = kSmallSize;
  if (style == doc::Style::Label) rs.bold = true;
  return rs;
}

void add_spans(XMLElement* paragraph, const std::vector<doc::Span>& spans, doc::Style style) {
  const RunStyle base = run_style_for(style);
  for (const doc::Span& span : spans) {
    RunStyle rs = base;
    rs.bold = rs.bold || span.bold;
    rs.italic = span.italic;
    add_run(paragraph, span.text, rs);
  }
}

}  // namespace siofill::docx
