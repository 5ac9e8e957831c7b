#pragma once
// UTF-8 text handling shared by every reader: validation, NFC normalisation,
// accent- and case-insensitive folding for matching, terminal width.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace siofill::text {

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
