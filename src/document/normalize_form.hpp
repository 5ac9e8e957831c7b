#pragma once
// The one place where a FilledForm is settled before any writer sees it (as
// pandoc's builder settles tables): every form the fill stage produces goes
// through normalize_form once, and the writers trust what it promises instead
// of each repairing a bad grid or bad text its own way.
//
// After normalize_form:
// - text (spans, marks, headings, footers, bookmarks, parts, metadata) is
//   valid UTF-8 holding no control character but tab and line feed: see
//   normalized_text;
// - every table has between 1 and kMaxColumns columns, one width per column,
//   each finite and positive (their sum is finite and positive);
// - every cell's colspan is at least 1 and the colspans of every row add up
//   to exactly the column count;
// - heading levels are 1, 2 or 3.
// A form that already keeps these promises (every built-in one) is unchanged.
#include <cstddef>
#include <string>
#include <string_view>

#include "document/filled_form.hpp"
#include "document/writer_options.hpp"

namespace siofill::doc {

// The most columns a table may have: Word refuses more than 63.
inline constexpr std::size_t kMaxColumns = 63;

// The rule for text, one for every writer ("writers never drop text"):
// - a byte that is not UTF-8 becomes U+FFFD, one per byte, where it was;
// - "\r\n" and a lone '\r' become '\n' (a line break, as the author meant);
// - any other control character (C0 but tab and line feed, DEL, C1) and the
//   noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…), which XML 1.0 forbids or
//   no reader shows, become U+FFFD: the reader sees that something was there.
std::string normalized_text(std::string_view s);

// A table's grid settled (see the promises above). The rule, chosen so that no
// text is lost:
// - columns: the most of the widths given and of the widest row's colspans
//   (a colspan below 1 counts as 1), at least 1, at most kMaxColumns;
// - widths: missing, zero, negative or non-finite ones take the mean of the
//   usable ones (all 1 when none is usable); extra widths past kMaxColumns are
//   dropped; widths so large their sum overflows are scaled down together;
// - a row short of the column count ends with one empty, unshaded cell
//   spanning the rest; a colspan running past the last column is cut there,
//   and the items of cells starting past it move into the row's last cell.
void normalize_table(Table& table);

// Settles the whole form in place.
void normalize_form(FilledForm& form);

// Whether `form` keeps every promise of normalize_form.
bool is_normalized(const FilledForm& form);

// What each writer checks first: a form that skipped normalize_form is a bug
// in the program, refused with doc::WriteError rather than laid out wrong.
void require_normalized(const FilledForm& form);

}  // namespace siofill::doc
