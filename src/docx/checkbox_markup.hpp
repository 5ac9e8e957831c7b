#pragma once
// Checkbox items as real Word content controls (<w:sdt> with <w14:checkbox>):
// clicking them in Word toggles them.
#include "document/filled_form.hpp"
#include "docx/build_context.hpp"

namespace siofill::docx {

// Appends the content control of a Checkbox item to `paragraph`.
// Empty mark: a box, ☒ (U+2612) checked / ☐ (U+2610) unchecked, in MS Gothic as
// Word does. With a mark ("X"): the mark in bold when checked, a space when not,
// so the cell reads "X" or nothing and stays clickable.
void add_checkbox(BuildContext& ctx, XMLElement* paragraph, const doc::Item& item);

// "2612" for U+2612: the w14:val form of a state's character.
std::string checkbox_state_value(char32_t cp);

}  // namespace siofill::docx
