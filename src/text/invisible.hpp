#pragma once
// Characters that print nothing or change how the text around them is shown:
// format characters (Unicode category Cf: zero-width space and joiners, the
// bidirectional controls U+202A–U+202E and U+2066–U+2069, the byte-order
// mark…) and the other "default ignorable" code points (variation selectors,
// Hangul fillers). In a file name they hide or reverse what a person reads
// ("Léa\u202Efdp.exe" shows as "Léaexe.pdf"); a name made only of them looks empty.
#include <optional>
#include <string>
#include <string_view>

namespace siofill::text {

// True for a format or default-ignorable code point.
bool is_invisible(char32_t c);

// `s` (valid UTF-8) without its invisible code points.
std::string strip_invisible(std::string_view s);

// True when `s` (valid UTF-8) holds no character a person can see: only white
// space and invisible code points (or nothing).
bool has_no_visible_character(std::string_view s);

// The first bidirectional embedding, override or isolate control
// (U+202A–U+202E, U+2066–U+2069) in `s`, if any: they reorder the text after them.
std::optional<char32_t> first_bidi_control(std::string_view s);

}  // namespace siofill::text
