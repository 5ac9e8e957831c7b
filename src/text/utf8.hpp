#pragma once
// UTF-8 text handling shared by every reader: validation, NFC normalisation,
// accent- and case-insensitive folding for matching, terminal width.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace siofill::text {

// The one UTF-8 decoder of the program (readers, the model's normalisation
// and the writers all decode through it).
struct DecodedChar {
  char32_t value = 0;
  std::size_t length = 1;  // bytes taken
  bool valid = true;
};

// The code point starting at s[i] (i < s.size()). A byte that does not start a
// valid sequence (stray continuation byte, truncated or overlong sequence,
// surrogate, past U+10FFFF) decodes alone: U+FFFD, length 1, valid false.
DecodedChar decode_at(std::string_view s, std::size_t i);

// The code point at s[i], advancing i past it (see decode_at).
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const DecodedChar d = decode_at(s, i);
  i += d.length;
  return d.value;
}

// The code points of `s` (invalid bytes as U+FFFD, see decode_at).
std::u32string decode(std::string_view s);

bool is_valid_utf8(std::string_view s);

// Length in bytes of the longest prefix of `s` that is valid UTF-8 (s.size() when all of it is).
std::size_t valid_utf8_prefix(std::string_view s);

// NFC form of valid UTF-8 (the form the référentiel and the forms are stored in).
std::string to_nfc(std::string_view s);

// Lower-case, accents stripped, apostrophes unified, punctuation turned into
// spaces and white space collapsed: "L’Organisation." -> "l organisation".
// Used to compare what people type with the référentiel's wording.
std::string fold(std::string_view s);

// Columns taken by the text in a terminal (combining marks take none, CJK two).
std::size_t display_width(std::string_view s);

// Number of code points (for length limits that people can understand).
std::size_t code_points(std::string_view s);

// The first code point that has no place in a form's text (C0/C1 controls other
// than tab and newline, U+FFFE/U+FFFF, private-use noncharacters), if any.
std::optional<char32_t> first_forbidden_control(std::string_view s);

// "U+0007" style name of a code point, for messages.
std::string code_point_name(char32_t c);

// Strips leading and trailing white space (ASCII and no-break space).
std::string trim(std::string_view s);

// Encodes one code point as UTF-8.
std::string encode(char32_t c);

}  // namespace siofill::text
