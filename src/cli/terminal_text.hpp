#pragma once
// Laying text out for an 80-column terminal, counting columns, not bytes.
#include <string>
#include <string_view>
#include <vector>

namespace siofill::cli {

// Splits `text` into lines of at most `width` columns, breaking at spaces
// (a word longer than the width gets a line of its own).
std::vector<std::string> wrap(std::string_view text, std::size_t width);

// `text` followed by spaces up to `width` columns.
std::string pad(std::string_view text, std::size_t width);

// Writes `first_prefix` + the wrapped text, continuation lines indented like the prefix.
std::string wrapped_paragraph(std::string_view first_prefix, std::string_view text, std::size_t width = 80);

}  // namespace siofill::cli
