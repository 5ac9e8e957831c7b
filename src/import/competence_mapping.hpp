#pragma once
// The lines of a student's notes mapped to the référentiel: each line is a bloc
// header, a compétence or sous-compétence (matched by its wording or its code,
// typos allowed), an activity under one, a gap ("NON (à définir)"), a preamble,
// or a line that cannot be placed (with a did-you-mean). The option is read
// from the notes unless given. Pure: no I/O.
#include <string>
#include <vector>

#include "evidence/evidence.hpp"
#include "import/import_settings.hpp"
#include "import/outline_reader.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill::import {

struct MappedActivity {
  int line = 0;
  std::string competence;  // code of the compétence or sous-compétence it stands under
  std::string text;        // the activity line(s), cleaned; may end with "(organisation)"
};

struct MappedNotes {
  Option option = Option::SISR;
  int option_line = 0;                     // line the option was read from; 0 when given or by default
  std::vector<MappedActivity> activities;  // in line order
  std::vector<Lacune> lacunes;             // one per compétence, the first marker's text as note
  std::vector<LineReport> ignored;         // lines not placed
  std::vector<LineReport> notes;           // how doubtful lines were read
};

MappedNotes map_notes(const Outline& outline, const Referentiel& ref, const ImportSettings& settings);

}  // namespace siofill::import
