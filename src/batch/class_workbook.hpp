#pragma once
// classe-synthese.xlsx: one row per student, one column per compétence of
// bloc 1 — the sheet a teacher sorts and filters to see who is missing what.
#include "batch/batch_runner.hpp"

namespace siofill::batch {

void write_class_workbook(BatchOutcome& outcome, const BatchSettings& settings);

}  // namespace siofill::batch
