#include "import/notes_importer.hpp"

#include <algorithm>

#include "import/competence_mapping.hpp"
#include "import/evidence_builder.hpp"

namespace siofill::import {

ImportResult import_notes(const Outline& outline, const Referentiel& ref, const ImportSettings& settings) {
  MappedNotes mapped = map_notes(outline, ref, settings);
  ImportResult result;
  result.option = mapped.option;
  result.ignored = std::move(mapped.ignored);
  result.notes = std::move(mapped.notes);
  build_evidence(mapped, outline, settings, result);
  auto by_line = [](const LineReport& a, const LineReport& b) { return a.line < b.line; };
  std::stable_sort(result.ignored.begin(), result.ignored.end(), by_line);
  std::stable_sort(result.notes.begin(), result.notes.end(), by_line);
  return result;
}

}  // namespace siofill::import
