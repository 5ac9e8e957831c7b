#include "import/notes_text.hpp"

#include "evidence/evidence_json_writer.hpp"
#include "evidence/evidence_loader.hpp"
#include "import/outline_reader.hpp"

namespace siofill::import {

NotesTextImport import_notes_text(std::string_view text, const std::string& source, const Referentiel& ref,
                                  const ImportSettings& settings) {
  NotesTextImport out;
  OutlineError outline_error;
  const std::optional<Outline> outline = read_outline(text, outline_error);
  if (!outline) {
    out.error = LineReport{outline_error.line, outline_error.message};
    return out;
  }
  out.result = import_notes(*outline, ref, settings);
  if (out.result.refused) {
    out.error = out.result.refused;
    return out;
  }
  out.json = evidence_json_text(out.result.evidence);
  // The result must be what the other commands read: check it as they will.
  if (!load_evidence(out.json, source, ref, out.reread)) out.json.clear();
  return out;
}

std::vector<NoteRemark> remarks_in_line_order(const ImportResult& result) {
  std::vector<NoteRemark> out;
  std::size_t ignored = 0, notes = 0;
  while (ignored < result.ignored.size() || notes < result.notes.size()) {
    const bool take_ignored =
        notes == result.notes.size() ||
        (ignored < result.ignored.size() && result.ignored[ignored].line <= result.notes[notes].line);
    const LineReport& r = take_ignored ? result.ignored[ignored++] : result.notes[notes++];
    out.push_back(NoteRemark{r.line, take_ignored, r.message});
  }
  return out;
}

}  // namespace siofill::import
