#pragma once
// Reads a student's indented notes (an outline: compétence, then sous-compétence,
// then one "# activity (organisation)" line per activity) into numbered lines
// with their indentation and their parent, the nearest earlier line indented
// less. Tabs or spaces, CRLF, CR or LF, UTF-8 with or without BOM.
// Pure: no I/O; the command reads the file.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siofill::import {

struct OutlineLine {
  int number = 0;          // 1-based line number in the file
  std::size_t indent = 0;  // leading white space in columns (a tab advances to the next multiple of 4)
  std::string text;        // NFC, without leading and trailing white space
  int parent = -1;         // index in Outline::lines of the nearest earlier line indented less, -1 if none
};

// Non-blank lines only, in file order: blank lines carry no structure.
struct Outline {
  std::vector<OutlineLine> lines;
};

struct OutlineError {
  int line = 0;
  std::string message;  // French
};

// Splits `text` into an outline; fails only when the text is not UTF-8 (with the
// first bad line) or holds a NUL byte (a binary file, not notes).
std::optional<Outline> read_outline(std::string_view text, OutlineError& error);

// Columns taken by the leading white space of `line` (tab = next multiple of 4,
// no-break space = 1).
std::size_t indentation(std::string_view line);

}  // namespace siofill::import
