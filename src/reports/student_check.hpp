#pragma once
// The exam rules on one student's evidence, judged on the blocs it is judged
// on, with the rubriques of each bloc's synthesis form: one decision for the
// check command, fill, batch and the web API.
#include "coverage/exam_rules.hpp"

namespace siofill {

CheckResult check_student(const Referentiel& ref, const Evidence& ev);

}  // namespace siofill
