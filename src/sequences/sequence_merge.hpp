#pragma once
// A formation réalisation that cites sequences of the section's plan gets
// from the plan what the student did not write: its compétences (one activity
// per sous-compétence worked) and indicateurs, its intitulé and its documents
// (the résultats attendus). The student's own activities, intitulé and
// documents win where both speak. Done once, when the evidence is loaded, so
// that coverage, check, every form and batch see the same réalisation.
#include "diagnostics/diagnostic.hpp"
#include "evidence/evidence.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"

namespace siofill {

// Reports (in the evidence's file) a cited id the plan lacks, with a did-you-mean.
void merge_sequences(Evidence& ev, const SequencePlan& plan, const Referentiel& ref, Reporter& report);

// "Explorer le patrimoine… (séquence 1.1-A1)": how a sequence is named on the forms.
std::string sequence_label(const Sequence& s);

}  // namespace siofill
