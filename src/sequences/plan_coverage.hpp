#pragma once
// What a section's plan covers of its bloc, for the teacher: per compétence
// and sous-compétence, the sequences that work it and their hours, the
// indicateurs no sequence works, and the exam rule "every compétence of the
// bloc mobilised" judged on the plan alone. Pure function, no I/O.
#include <string>
#include <vector>

#include "coverage/coverage.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"

namespace siofill {

struct PlanSousCoverage {
  const SousCompetence* sous_competence = nullptr;
  std::vector<std::string> sequences;  // ids, in plan order
  int minutes = 0;                     // the whole duration of each of those sequences
};

struct PlanCompetenceCoverage {
  const Competence* competence = nullptr;
  std::vector<PlanSousCoverage> sous;
  std::vector<std::string> sequences;           // through any of its sous-compétences
  int minutes = 0;                              // each sequence counted once
  std::vector<const Indicateur*> never_worked;  // indicateurs no sequence cites
  bool covered() const { return !sequences.empty(); }
  std::size_t covered_sous() const;
};

struct PlanCoverage {
  const Bloc* bloc = nullptr;
  std::vector<PlanCompetenceCoverage> competences;
  int minutes = 0;  // the whole plan
  // The exam rule on the plan alone: every compétence of the bloc mobilised.
  bool every_competence_mobilised() const;
};

// The coverage is the one students get (coverage/coverage.hpp): the plan is
// read as a student who cites every sequence, one réalisation each.
PlanCoverage compute_plan_coverage(const Referentiel& ref, const SequencePlan& plan);

}  // namespace siofill
