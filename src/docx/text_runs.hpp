#pragma once
// Text into runs (<w:r>): line breaks and tabs, and the run properties of
// the layout conventions. The text is the model's, normalised before any
// writer (doc::normalize_form), so nothing here needs cleaning.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "document/filled_form.hpp"
#include "docx/wordml.hpp"

namespace siofill::docx {

struct RunStyle {
  bool bold = false;
  bool italic = false;
  int size = 0;                // half-points; 0 keeps the paragraph style's size
  const char* font = nullptr;  // nullptr keeps the document font
};

// <w:rPr> for `style`, added to `run` only when it sets something.
void add_run_properties(XMLElement* run, const RunStyle& style);

// One <w:r> holding `text` at the end of `paragraph`: '\n' becomes <w:br/>,
// '\t' <w:tab/>, the rest <w:t> with xml:space="preserve" where Word would
// otherwise trim spaces. Adds nothing for empty text.
void add_run(XMLElement* paragraph, std::string_view text, const RunStyle& style);

// The spans of an item, bold/italic from each span, size and weight from the item's style.
void add_spans(XMLElement* paragraph, const std::vector<doc::Span>& spans, doc::Style style);

// Base run style of an item style (Small: 8 pt, Label: bold).
RunStyle run_style_for(doc::Style style);

}  // namespace siofill::docx
