#pragma once
// From a student's notes as text to an evidence file that reads back: the
// whole of `siofill import` but the files, shared by the CLI and the web API.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "import/notes_importer.hpp"

namespace siofill::import {

// Notes larger than this are not a student's outline.
inline constexpr std::size_t kMaxNotesBytes = 4u << 20;

struct NotesTextImport {
  std::optional<LineReport> error;  // the notes cannot make an evidence file (line, French message)
  ImportResult result;              // when there is no error
  std::string json;                 // the evidence, as written (indented by 2, newline at the end)
  Diagnostics reread;               // the evidence did not read back: nothing is to be written
};

// `source` names the evidence in the messages of the read-back check.
NotesTextImport import_notes_text(std::string_view text, const std::string& source, const Referentiel& ref,
                                  const ImportSettings& settings);

// Every remark about the notes, in line order (ignored lines and notes).
struct NoteRemark {
  int line = 0;
  bool ignored = false;  // a line that could not be placed; else how a doubtful line was read
  std::string message;
};
std::vector<NoteRemark> remarks_in_line_order(const ImportResult& result);

}  // namespace siofill::import
