#include "reports/student_check.hpp"

#include "forms/form_spec.hpp"

namespace siofill {

CheckResult check_student(const Referentiel& ref, const Evidence& ev) {
  std::vector<ExamScope> scopes;
  for (const Bloc* b : blocs_to_check(ref, ev)) scopes.push_back(ExamScope{b, forms::synthesis_rubriques(b->id)});
  return check_exam_rules(ref, ev, scopes);
}

}  // namespace siofill
