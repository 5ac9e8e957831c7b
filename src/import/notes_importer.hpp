#pragma once
// Turns a student's indented notes into "siofill-evidence/1":
//   Bloc de compétences n°1 - …            bloc header: sets the context
//     Gérer le patrimoine informatique      compétence, matched by its wording
//       - Gérer des sauvegardes             sous-compétence, matched by its wording
//         # creation de backups (groupeCFR) activity, grouped by organisation
//       - Vérifier les conditions … ***
//         NON (à définir)                   gap -> "lacunes"
// Activities are grouped into one réalisation per organisation named in the
// parentheses ending the line; the others go to a réalisation to complete.
// What only the student knows (cadre, dates, modalité) is left out and listed in
// `to_complete`; every line that could not be placed is in `ignored`.
// Pure: no I/O.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "import/outline_reader.hpp"
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

struct ImportResult {
  nlohmann::ordered_json evidence;
  std::vector<LineReport> ignored;       // lines not placed: the command exits 1
  std::vector<LineReport> notes;         // how doubtful lines were read; informational
  std::vector<std::string> to_complete;  // JSON pointers with a hint, grouped one line per object
  Option option = Option::SISR;
  std::size_t activities = 0;  // activity lines read (an activity shared by two organisations counts once)
  std::vector<std::string> realisations;  // "R1 groupeCFR", … for the summary
  // Set when the notes cannot make an evidence file (more organisations than
  // réalisations allowed): `evidence` is then empty and nothing is to be written.
  std::optional<LineReport> refused;
};

ImportResult import_notes(const Outline& outline, const Referentiel& ref, const ImportSettings& settings);

// "Bloc de compétences n°2 option B …" -> 2; nullopt when `text` is not a bloc header.
// A header without a number gives 0.
std::optional<int> bloc_header_number(std::string_view text);

// The option a bloc header or a line names: "option A"/"SISR" -> SISR, "option B"/"SLAM" -> SLAM.
std::optional<Option> option_named(std::string_view text);

// "NON (à définir)", "à définir", "NON": a sous-compétence the student has not covered yet.
bool is_gap_marker(std::string_view text);

}  // namespace siofill::import
