#pragma once
// Text as it may go into the workbook's XML. The model promises NFC UTF-8,
// but a writer must not produce a file Excel refuses because of one bad byte:
// invalid UTF-8 becomes U+FFFD, characters XML 1.0 forbids are dropped.
#include <string>
#include <string_view>

namespace siofill::xlsx {

// Valid UTF-8 without C0 controls (tab and newline kept; "\r\n" and lone
// "\r" become "\n"), U+FFFE or U+FFFF.
std::string safe_text(std::string_view s);

// A cell's text as stored in the shared strings: Excel and openpyxl read
// "_xHHHH_" there as the escape of U+HHHH, so a literal one gets its
// underscore escaped ("_x005F_") and reads back unchanged.
std::string cell_string(const std::string& s);

}  // namespace siofill::xlsx
