#pragma once
// What siofill prints about a file must not drive the terminal: a file name
// may hold an escape sequence (ESC [ 2 J clears the screen, ESC ] 0 ; … sets
// the window title) or bytes that are not UTF-8. Such characters are shown as
// visible escapes instead.
#include <string>
#include <string_view>

namespace siofill::text {

// A file name or path as it may be shown: control characters (C0, DEL, C1)
// become "\n", "\t", "\x1B", "\u0085"…, each byte that is not UTF-8 becomes
// "\xFF". Anything else, backslashes included, is kept as it is.
std::string shown_name(std::string_view name);

// The same for a whole message, which may span lines: newlines and tabs are kept.
std::string printable(std::string_view message);

}  // namespace siofill::text
