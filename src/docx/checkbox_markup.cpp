#include "docx/checkbox_markup.hpp"

#include <cstdio>

#include "text/utf8.hpp"

namespace siofill::docx {

namespace {

constexpr char32_t kBoxChecked = 0x2612;    // ☒
constexpr char32_t kBoxUnchecked = 0x2610;  // ☐
constexpr char32_t kSpace = 0x20;

void add_state(XMLElement* checkbox, const char* name, char32_t cp, const char* font) {
  XMLElement* state = add(checkbox, name);
  state->SetAttribute("w14:val", checkbox_state_value(cp).c_str());
  state->SetAttribute("w14:font", font);
}

}  // namespace

std::string checkbox_state_value(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  return buf;
}

void add_checkbox(BuildContext& ctx, XMLElement* paragraph, const doc::Item& item) {
  const std::string& mark = item.mark;
  const bool is_mark = !mark.empty();

  RunStyle content_style = run_style_for(item.style);
  char32_t checked_cp = kBoxChecked;
  char32_t unchecked_cp = kBoxUnchecked;
  const char* font = kBoxFont;
  std::string shown;
  if (is_mark) {
    // Word writes one character per state: the mark's first one (the forms use "X").
    checked_cp = text::decode_at(mark, 0).value;
    unchecked_cp = kSpace;
    font = kBodyFont;
    content_style.bold = true;
    shown = item.checked ? mark : " ";
  } else {
    content_style.bold = false;
    content_style.font = kBoxFont;
    // One point above the text: the box glyph is smaller than the em, and
    // about 8 pt square is what the other formats draw.
    content_style.size = (item.style == doc::Style::Small ? kSmallSize : kBodySize) + 2;
    shown = item.checked ? "\u2612" : "\u2610";
  }

  XMLElement* sdt = add(paragraph, "w:sdt");
  XMLElement* pr = add(sdt, "w:sdtPr");
  add_run_properties(pr, content_style);  // what Word gives the glyph it writes on a click
  add_val(pr, "w:id", ctx.next_sdt_id++);
  XMLElement* checkbox = add(pr, "w14:checkbox");
  add(checkbox, "w14:checked")->SetAttribute("w14:val", item.checked ? "1" : "0");
  add_state(checkbox, "w14:checkedState", checked_cp, font);
  add_state(checkbox, "w14:uncheckedState", unchecked_cp, font);

  XMLElement* content = add(sdt, "w:sdtContent");
  add_run(content, shown, content_style);
}

}  // namespace siofill::docx
