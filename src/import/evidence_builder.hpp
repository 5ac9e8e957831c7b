#pragma once
// From notes mapped to the référentiel to a student's Evidence: one réalisation
// per organisation named at the end of the activities ("(groupeCFR)") — a name
// counts as an organisation when two activities cite it or --organisation gives
// it — in order of first appearance; the other activities go to a réalisation
// to complete (A-COMPLETER). Candidate fields not given get placeholders, and
// what only the student knows (cadre, dates, modalité) is listed in
// `to_complete`. Pure: no I/O.
#include "import/competence_mapping.hpp"
#include "import/notes_importer.hpp"

namespace siofill::import {

// Fills result.evidence, to_complete, realisations and activities (or `refused`),
// and adds to result.notes how a group of names cited once was read.
void build_evidence(const MappedNotes& mapped, const Outline& outline, const ImportSettings& settings,
                    ImportResult& result);

}  // namespace siofill::import
