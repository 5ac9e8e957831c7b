#include "docx/paragraph_markup.hpp"

#include <algorithm>

#include "docx/checkbox_markup.hpp"

namespace siofill::docx {

namespace {

const char* jc_value(doc::Align align) {
  switch (align) {
    case doc::Align::Center:
      return "center";
    case doc::Align::Right:
      return "right";
    case doc::Align::Left:
      break;
  }
  return "left";
}

// Body-level paragraphs (identity lines, free text) get 3 pt after them;
// inside cells the padding separates them already.
constexpr int kBodyParagraphSpacing = 60;

}  // namespace

void add_item(BuildContext& ctx, XMLElement* container, const doc::Item& item, const ParagraphPlace& place) {
  XMLElement* p = add(container, "w:p");
  XMLElement* ppr = add(p, "w:pPr");
  // Children in schema order: pStyle, keepNext, spacing, jc, rPr.
  if (item.kind == doc::Item::Kind::Bullet) add_val(ppr, "w:pStyle", kBulletStyle);
  if (place.keep_next) add(ppr, "w:keepNext");
  if (!place.in_cell) add(ppr, "w:spacing")->SetAttribute("w:after", kBodyParagraphSpacing);
  if (item.align != doc::Align::Left) add_val(ppr, "w:jc", jc_value(item.align));
  if (item.style == doc::Style::Small) add_val(add(ppr, "w:rPr"), "w:sz", kSmallSize);  // the empty line's height
  if (ppr->NoChildren()) p->DeleteChild(ppr);

  switch (item.kind) {
    case doc::Item::Kind::Bullet: {
      // "•" then a tab: the hanging indent is an implicit tab stop, so wrapped
      // lines and the first line's text start at the same place.
      RunStyle bullet = run_style_for(item.style);
      bullet.bold = false;
      add_run(p, "\u2022\t", bullet);
      add_spans(p, item.spans, item.style);
      break;
    }
    case doc::Item::Kind::Checkbox:
      add_checkbox(ctx, p, item);
      if (!item.spans.empty()) {
        add_run(p, " ", run_style_for(item.style));
        add_spans(p, item.spans, item.style);
      }
      break;
    case doc::Item::Kind::Text:
      add_spans(p, item.spans, item.style);
      break;
  }
}

void add_heading(XMLElement* body, const doc::Heading& heading) {
  const int level = std::clamp(heading.level, 1, 3);
  XMLElement* p = add(body, "w:p");
  XMLElement* ppr = add(p, "w:pPr");
  add_val(ppr, "w:pStyle", kHeadingStyles[level - 1]);
  // Always explicit: the style's alignment is the usual one, not necessarily this heading's.
  add_val(ppr, "w:jc", jc_value(heading.align));
  add_run(p, heading.text, RunStyle{});
}

XMLElement* add_hairline_paragraph(XMLElement* container, int height_twips) {
  XMLElement* p = add(container, "w:p");
  XMLElement* ppr = add(p, "w:pPr");
  XMLElement* spacing = add(ppr, "w:spacing");
  spacing->SetAttribute("w:before", 0);
  spacing->SetAttribute("w:after", 0);
  spacing->SetAttribute("w:line", height_twips);
  spacing->SetAttribute("w:lineRule", "exact");
  add_val(add(ppr, "w:rPr"), "w:sz", 2);
  return ppr;
}

void add_page_break(XMLElement* body) {
  XMLElement* ppr = add_hairline_paragraph(body);
  XMLElement* run = add(ppr->Parent()->ToElement(), "w:r");
  add_val(add(run, "w:rPr"), "w:sz", 2);
  add(run, "w:br")->SetAttribute("w:type", "page");
}

}  // namespace siofill::docx
