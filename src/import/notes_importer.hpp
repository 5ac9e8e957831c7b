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
// The steps, one file each: outline_reader (lines and indentation),
// competence_mapping (each line against the référentiel), evidence_builder
// (réalisations, placeholders, what is left to complete). Pure: no I/O.
#include <optional>
#include <string>
#include <vector>

#include "evidence/evidence.hpp"
#include "import/import_settings.hpp"
#include "import/outline_reader.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill::import {

struct ImportResult {
  Evidence evidence;                     // written by evidence_json (evidence/evidence_json_writer)
  std::vector<LineReport> ignored;       // lines not placed: the command exits 1
  std::vector<LineReport> notes;         // how doubtful lines were read; informational
  std::vector<std::string> to_complete;  // JSON pointers with a hint, grouped one line per object
  Option option = Option::SISR;
  std::size_t activities = 0;             // activity lines read (an activity shared by two organisations counts once)
  std::vector<std::string> realisations;  // "R1 groupeCFR", … for the summary
  // Set when the notes cannot make an evidence file (more organisations than
  // réalisations allowed): nothing is to be written.
  std::optional<LineReport> refused;
};

ImportResult import_notes(const Outline& outline, const Referentiel& ref, const ImportSettings& settings);

}  // namespace siofill::import
