#pragma once
// A cell's text as it goes into the shared strings. The text itself is the
// model's, already valid UTF-8 without control characters (doc::normalize_form).
#include <string>

namespace siofill::xlsx {

// A cell's text as stored in the shared strings: Excel and openpyxl read
// "_xHHHH_" there as the escape of U+HHHH, so a literal one gets its
// underscore escaped ("_x005F_") and reads back unchanged.
std::string cell_string(const std::string& s);

}  // namespace siofill::xlsx
