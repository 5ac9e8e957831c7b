#pragma once
// A student's evidence file in a batch, named by a roster row or found in a
// folder. The roster comes from someone else: it may name /etc/shadow, a key,
// a named pipe or a device. Only what looks like an evidence file is read —
// a regular file (a symbolic link only to one), named *.json, at most the
// evidence size limit, starting with "{" — without ever blocking on open, and
// a JSON file that is not evidence is refused in one line, without quoting it.
#include <optional>
#include <string>

#include "diagnostics/diagnostic.hpp"
#include "evidence/evidence.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"

namespace siofill::batch {

// The evidence of `path`, or nullopt with the reasons in `diagnostics`
// (located in `path`). `sequences`: the plan its cited sequences come from,
// else the one it names (evidence/evidence_loader.hpp).
std::optional<Evidence> load_student_evidence(const std::string& path, const Referentiel& ref, Diagnostics& diagnostics,
                                              const SequencePlan* sequences = nullptr);

}  // namespace siofill::batch
