#pragma once
// The forms the writers' tests lay out, filled the way `siofill fill` fills
// them: a form spec from forms/*.json (built in), the built-in référentiel and a
// sample evidence file from samples/, through fill::fill_form. Nothing here
// retypes the référentiel: a change to a form shows in every writer's tests.
#include <string>
#include <utility>
#include <vector>

#include "document/filled_form.hpp"
#include "evidence/evidence.hpp"

namespace siofill::test_support {

// The project's sample student (samples/etudiant-groupecfr.json).
inline constexpr const char* kSampleStudent = "etudiant-groupecfr.json";

// A sample evidence file under samples/, loaded and checked as `siofill fill`
// loads it; a test may change it (another name, more réalisations) before filling.
// Throws std::runtime_error naming the file when the evidence is refused.
Evidence sample_evidence(const std::string& sample = kSampleStudent);

// The sample student without their B1.3 and B1.6 activities: grille-b1's boxes
// read ☒ ☒ ☐ ☒ ☒ ☐ (as seed 002), so a reader can tell ticked from empty.
Evidence grid_evidence();

// The sample student's first réalisation `count` times, as "Réalisation N : refonte
// du site web de groupeCFR" (N from 1): synthese-b1 runs over several pages.
Evidence many_realisations_evidence(int count);

// Form `form_id` filled for `ev` by fill::fill_form.
doc::FilledForm real_form(const std::string& form_id, const Evidence& ev);

// Form `form_id` (grille-b1, synthese-b1, synthese-b2, fiche-realisation,
// dossier) filled for `sample`, a file under samples/ ("classe/etudiant-004.json").
doc::FilledForm real_form(const std::string& form_id, const std::string& sample = kSampleStudent);

// Every built-in form filled for `sample`, by form id, in the order of forms/.
std::vector<std::pair<std::string, doc::FilledForm>> real_forms(const std::string& sample = kSampleStudent);

// The built-in form ids.
std::vector<std::string> real_form_ids();

}  // namespace siofill::test_support
