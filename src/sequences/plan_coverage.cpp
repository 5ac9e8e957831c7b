#include "sequences/plan_coverage.hpp"

#include <algorithm>

#include "sequences/sequence_merge.hpp"

namespace siofill {
namespace {

// Every sequence as one formation réalisation citing it, merged the way a
// student's evidence is.
Evidence plan_as_evidence(const Referentiel& ref, const SequencePlan& plan, Option option) {
  Evidence ev;
  ev.source = plan.source;
  ev.candidat.option = option;
  for (const Sequence& s : plan.sequences) {
    Realisation r;
    r.id = s.id;
    r.cadre = Cadre::Formation;
    r.sequences = {s.id};
    r.pointer = s.pointer;
    ev.realisations.push_back(std::move(r));
  }
  Diagnostics ignored;  // the plan was loaded: every id it cites is its own
  Reporter report(plan.source, ignored);
  merge_sequences(ev, plan, ref, report);
  return ev;
}

}  // namespace

std::size_t PlanCompetenceCoverage::covered_sous() const {
  return static_cast<std::size_t>(
      std::count_if(sous.begin(), sous.end(), [](const PlanSousCoverage& s) { return !s.sequences.empty(); }));
}

bool PlanCoverage::every_competence_mobilised() const {
  return std::all_of(competences.begin(), competences.end(),
                     [](const PlanCompetenceCoverage& c) { return c.covered(); });
}

PlanCoverage compute_plan_coverage(const Referentiel& ref, const SequencePlan& plan) {
  PlanCoverage out;
  const Option option = plan.option.value_or(Option::SISR);
  out.bloc = ref.bloc(plan.bloc, option);
  if (!out.bloc) return out;
  auto minutes_of = [&](const std::vector<std::string>& ids) {
    int total = 0;
    for (const std::string& id : ids)
      if (const Sequence* s = plan.find(id)) total += s->minutes;
    return total;
  };
  for (const Sequence& s : plan.sequences) out.minutes += s.minutes;
  const Evidence ev = plan_as_evidence(ref, plan, option);
  for (const CompetenceCoverage& cc : compute_coverage(ref, *out.bloc, ev).competences) {
    PlanCompetenceCoverage pc;
    pc.competence = cc.competence;
    pc.sequences = cc.realisations;  // one réalisation per sequence, named by its id
    pc.minutes = minutes_of(pc.sequences);
    for (const SousCompetenceCoverage& sc : cc.sous)
      pc.sous.push_back(PlanSousCoverage{sc.sous_competence, sc.realisations, minutes_of(sc.realisations)});
    for (const Indicateur& i : cc.competence->indicateurs)
      if (std::find(cc.indicateurs.begin(), cc.indicateurs.end(), i.id) == cc.indicateurs.end())
        pc.never_worked.push_back(&i);
    out.competences.push_back(std::move(pc));
  }
  return out;
}

}  // namespace siofill
