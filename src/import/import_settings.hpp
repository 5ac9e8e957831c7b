#pragma once
// What `siofill import` is given besides the notes (candidate fields,
// organisations), and how it reports on a line: shared by the steps of the
// import (competence_mapping, evidence_builder) and by its callers.
#include <optional>
#include <string>
#include <vector>

#include "referentiel/referentiel.hpp"

namespace siofill::import {

// Candidate fields given on the command line; missing ones get placeholders.
struct CandidatFields {
  std::optional<std::string> nom, prenom, numero, centre, portfolio;
  std::optional<Option> option;
  std::optional<int> session;
};

struct ImportSettings {
  CandidatFields candidat;
  // Names read as organisations even when the notes cite them once.
  std::vector<std::string> organisations;
};

inline constexpr const char* kToCompleteId = "A-COMPLETER";
inline constexpr const char* kToCompleteTitle = "Activités sans organisation — à compléter";
inline constexpr int kDefaultSession = 2026;

struct LineReport {
  int line = 0;
  std::string message;  // French, without the location
};

}  // namespace siofill::import
