#pragma once
// Where the plan of the sequences a student cites comes from: given by the
// caller (--sequences FILE, a roster column), else the file the evidence names
// in "fichier_sequences" — read only when the evidence itself is a file, and
// found relative to its folder.
#include "diagnostics/diagnostic.hpp"
#include "evidence/evidence.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"

namespace siofill {

struct SequenceSource {
  const SequencePlan* plan = nullptr;  // wins over a file named in the evidence
  bool read_named_file = false;        // the evidence is a file: "fichier_sequences" may be read
};

// Merges the cited sequences into `ev` (sequence_merge.hpp), reporting a
// citation without a plan, a plan that cannot be read or a cited id it lacks
// (located in `file`, the evidence as the user named it).
void settle_sequences(Evidence& ev, const std::string& file, const SequenceSource& source, const Referentiel& ref,
                      Diagnostics& diagnostics);

}  // namespace siofill
