#pragma once
// The one writer of "siofill-evidence/1": an Evidence (as load_evidence gives it,
// or as `siofill import` and `siofill init` build it) to the JSON a student edits.
// Keys come in the order of the format's description (format, candidat,
// realisations, lacunes); an empty text, list or unset choice is left out, so
// what the loader reads back is the same Evidence. A loaded Evidence whose
// réalisations cite sequences already holds their activities: written back, they
// would be there twice; the writer is for evidence built by the program (import,
// init). Pure: no I/O.
#include <string>

#include <nlohmann/json.hpp>

#include "evidence/evidence.hpp"

namespace siofill {

struct EvidenceJsonOptions {
  std::string schema;  // value of "$schema", written first when not empty
};

nlohmann::ordered_json evidence_json(const Evidence& evidence, const EvidenceJsonOptions& options = {});

// The file as written: indented by 2, one newline at the end.
std::string evidence_json_text(const Evidence& evidence, const EvidenceJsonOptions& options = {});

std::string_view modalite_name(Modalite m);  // "seul", "equipe"

}  // namespace siofill
