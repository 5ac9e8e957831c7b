#pragma once
// The skeleton of a new student's evidence file ("siofill init"): JSON has no
// comments, so each value says what to write in it. It loads as it is (so an
// editor, `siofill check` and `siofill coverage` work on it at once) and holds
// one réalisation per rubrique (formation, stage-1, stage-2) with one example
// activity. Pure: no I/O.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "import/import_settings.hpp"

namespace siofill::import {

inline constexpr const char* kSchemaFileName = "siofill-evidence-1.schema.json";
inline constexpr const char* kEmbeddedSchema = "referentiel/siofill-evidence-1.schema.json";

struct SkeletonSettings {
  CandidatFields candidat;
  std::string schema = kSchemaFileName;  // value of "$schema"
};

nlohmann::ordered_json make_skeleton(const SkeletonSettings& settings);

// What the skeleton leaves for the student to write, as JSON pointers with a hint.
std::vector<std::string> skeleton_to_complete(const nlohmann::ordered_json& skeleton, const CandidatFields& given);

}  // namespace siofill::import
