#include "docx/text_runs.hpp"

namespace siofill::docx {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when the bytes
// there are not UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool allowed_in_text(char32_t cp) {
  if (cp == '\t' || cp == '\n') return true;
  if (cp < 0x20) return false;                    // C0 controls: invalid in XML 1.0
  if (cp >= 0x7F && cp <= 0x9F) return false;      // DEL and C1 controls: legal XML, never text
  if (cp == 0xFFFE || cp == 0xFFFF) return false;  // noncharacters: invalid in XML 1.0
  return true;
}

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

std::string xml_safe_text(std::string_view s, std::size_t& stripped) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    const std::size_t len = decode_utf8(s, i, cp);
    if (len == 0) {  // not UTF-8: drop the byte
      ++stripped;
      ++i;
      continue;
    }
    if (allowed_in_text(cp)) {
      out.append(s.substr(i, len));
    } else {
      ++stripped;
    }
    i += len;
  }
  return out;
}

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

void add_run(XMLElement* paragraph, std::string_view text, const RunStyle& style, TextStats& stats) {
  const std::string clean = xml_safe_text(text, stats.stripped_characters);
  if (clean.empty()) return;
  XMLElement* run = add(paragraph, "w:r");
  add_run_properties(run, style);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= clean.size(); ++i) {
    if (i < clean.size() && clean[i] != '\n' && clean[i] != '\t') continue;
    if (i > start) add_text(run, std::string_view(clean).substr(start, i - start));
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

void add_spans(XMLElement* paragraph, const std::vector<doc::Span>& spans, doc::Style style, TextStats& stats) {
  const RunStyle base = run_style_for(style);
  for (const doc::Span& span : spans) {
    RunStyle rs = base;
    rs.bold = rs.bold || span.bold;
    rs.italic = span.italic;
    add_run(paragraph, span.text, rs, stats);
  }
}

}  // namespace siofill::docx
