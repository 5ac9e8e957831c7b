#pragma once
// The exam's rules on a student's evidence: ready, warning or blocked, each
// finding with a precise French reason and the JSON pointer it concerns.
#include <string>
#include <vector>

#include "coverage/student_status.hpp"
#include "evidence/evidence.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill {

struct CheckResult {
  Status status = Status::Ready;
  std::vector<Finding> findings;
};

// One rubrique of the official synthesis table and its number of rows; the
// numbers are data of the form spec, not of this code.
struct Rubrique {
  Cadre cadre;
  std::string intitule;
  int capacite = 0;
  bool operator==(const Rubrique&) const = default;
};

struct ExamScope {
  const Bloc* bloc = nullptr;
  std::vector<Rubrique> rubriques;
};

// The blocs a student's evidence is judged on: bloc 1 always, and bloc 2 of the
// student's option when an activity cites it (their exam numbers depend on the
// session: Referentiel::epreuve).
std::vector<const Bloc*> blocs_to_check(const Referentiel& ref, const Evidence& ev);

CheckResult check_exam_rules(const Referentiel& ref, const Evidence& ev, const std::vector<ExamScope>& scopes);

}  // namespace siofill
