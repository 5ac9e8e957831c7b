#pragma once
// The fill stage: form spec + référentiel + a student's evidence -> the
// neutral FilledForm the writers lay out. Every word printed comes from the
// spec or from the data; nothing here is specific to a bloc.
#include <vector>

#include "document/filled_form.hpp"
#include "evidence/evidence.hpp"
#include "forms/form_spec.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill::fill {

// Fills `spec` for one student. The spec's bloc must exist for the student's
// option (see forms_for_student); otherwise the form holds its empty tables.
// A "dossier" spec gives the student's default forms joined in jury order.
// The form comes out normalised (doc::normalize_form): ready for any writer.
doc::FilledForm fill_form(const forms::FormSpec& spec, const Referentiel& ref, const Evidence& ev);

// The forms a student needs by default: those of the blocs the exam judges
// them on (bloc 1 always; bloc 2 of the option when the evidence cites it),
// never the dossier, which joins them.
std::vector<const forms::FormSpec*> forms_for_student(const Referentiel& ref, const Evidence& ev);

}  // namespace siofill::fill
