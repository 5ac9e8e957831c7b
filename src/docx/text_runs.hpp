#pragma once
// Text into runs (<w:r>): what may reach the XML, line breaks and tabs,
// and the run properties of the layout conventions.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "document/filled_form.hpp"
#include "docx/wordml.hpp"

namespace siofill::docx {

// What the writer had to drop on its way (the loaders already refuse such
// text; the writer defends anyway because one such byte makes the whole
// document unreadable by Word).
struct TextStats {
  std::size_t stripped_characters = 0;
};

// `s` without what XML 1.0 forbids or the forms never hold: bytes that are not
// UTF-8, C0 controls other than tab and line feed, C1 controls, U+FFFE and
// U+FFFF. Each dropped character (or stray byte) adds one to `stripped`.
// Characters outside the BMP (emoji) are kept: UTF-8 XML holds them as they are.
std::string xml_safe_text(std::string_view s, std::size_t& stripped);

struct RunStyle {
  bool bold = false;
  bool italic = false;
  int size = 0;                  // half-points; 0 keeps the paragraph style's size
  const char* font = nullptr;    // nullptr keeps the document font
};

// <w:rPr> for `style`, added to `run` only when it sets something.
void add_run_properties(XMLElement* run, const RunStyle& style);

// One <w:r> holding `text` at the end of `paragraph`: '\n' becomes <w:br/>,
// '\t' <w:tab/>, the rest <w:t> with xml:space="preserve" where Word would
// otherwise trim spaces. Adds nothing for empty text.
void add_run(XMLElement* paragraph, std::string_view text, const RunStyle& style, TextStats& stats);

// The spans of an item, bold/italic from each span, size and weight from the item's style.
void add_spans(XMLElement* paragraph, const std::vector<doc::Span>& spans, doc::Style style, TextStats& stats);

// Base run style of an item style (Small: 8 pt, Label: bold).
RunStyle run_style_for(doc::Style style);

}  // namespace siofill::docx
