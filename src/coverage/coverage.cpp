#include "coverage/coverage.hpp"

#include <algorithm>

namespace siofill {
namespace {

void add_once(std::vector<std::string>& list, const std::string& id) {
  if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
}

bool in_bloc(const Bloc& bloc, const Competence* c) {
  return c &&
         std::any_of(bloc.competences.begin(), bloc.competences.end(), [&](const Competence& x) { return &x == c; });
}

}  // namespace

std::size_t CompetenceCoverage::covered_sous() const {
  return static_cast<std::size_t>(std::count_if(sous.begin(), sous.end(), [](const auto& s) { return s.covered(); }));
}

std::size_t BlocCoverage::covered_count() const {
  return static_cast<std::size_t>(
      std::count_if(competences.begin(), competences.end(), [](const auto& c) { return c.covered(); }));
}

ResolvedCode resolve_code(const Referentiel& ref, const std::string& code, Option option) {
  if (const Competence* c = ref.competence(code, option)) return {c, nullptr};
  auto [c, s] = ref.sous_competence(code, option);
  return {c, s};
}

bool shows_transversal_capacity(const Realisation& r) {
  return r.modalite == Modalite::Equipe && !r.contribution.empty();
}

BlocCoverage compute_coverage(const Referentiel& ref, const Bloc& bloc, const Evidence& ev) {
  const Option option = ev.candidat.option;
  BlocCoverage out;
  out.bloc = &bloc;
  for (const Competence* c : ref.competences_of(bloc, option)) {
    CompetenceCoverage cc;
    cc.competence = c;
    for (const SousCompetence& s : c->sous_competences) cc.sous.push_back(SousCompetenceCoverage{&s, {}, false});
    out.competences.push_back(std::move(cc));
  }
  auto find = [&](const Competence* c) -> CompetenceCoverage* {
    for (CompetenceCoverage& cc : out.competences)
      if (cc.competence == c) return &cc;
    return nullptr;
  };
  auto find_sous = [](CompetenceCoverage& cc, const SousCompetence* s) -> SousCompetenceCoverage* {
    for (SousCompetenceCoverage& sc : cc.sous)
      if (sc.sous_competence == s) return &sc;
    return nullptr;
  };

  for (const Realisation& r : ev.realisations) {
    for (const Activite& a : r.activites) {
      const ResolvedCode code = resolve_code(ref, a.competence, option);
      CompetenceCoverage* cc = in_bloc(bloc, code.competence) ? find(code.competence) : nullptr;
      if (!cc) continue;
      add_once(cc->realisations, r.id);
      if (code.sous_competence)
        if (SousCompetenceCoverage* sc = find_sous(*cc, code.sous_competence)) add_once(sc->realisations, r.id);
      for (const std::string& i : a.indicateurs) add_once(cc->indicateurs, i);
    }
    if (!bloc.capacites_transversales.empty() && shows_transversal_capacity(r) &&
        realisation_concerns(ref, bloc, r, option)) {
      out.transversal = true;
      out.transversal_realisations.push_back(r.id);
    }
  }
  for (const Lacune& l : ev.lacunes) {
    const ResolvedCode code = resolve_code(ref, l.competence, option);
    CompetenceCoverage* cc = in_bloc(bloc, code.competence) ? find(code.competence) : nullptr;
    if (!cc) continue;
    if (!code.sous_competence)
      cc->lacune = true;
    else if (SousCompetenceCoverage* sc = find_sous(*cc, code.sous_competence))
      sc->lacune = true;
  }
  // Indicators in the référentiel's order, so every output lists them alike.
  for (CompetenceCoverage& cc : out.competences) {
    std::vector<std::string> ordered;
    for (const Indicateur& i : cc.competence->indicateurs)
      if (std::find(cc.indicateurs.begin(), cc.indicateurs.end(), i.id) != cc.indicateurs.end())
        ordered.push_back(i.id);
    cc.indicateurs = std::move(ordered);
  }
  return out;
}

std::vector<bool> realisation_marks(const Referentiel& ref, const Bloc& bloc, const Realisation& r, Option option) {
  const std::vector<const Competence*> competences = ref.competences_of(bloc, option);
  std::vector<bool> marks(competences.size(), false);
  for (const Activite& a : r.activites) {
    const ResolvedCode code = resolve_code(ref, a.competence, option);
    for (std::size_t i = 0; i < competences.size(); ++i)
      if (competences[i] == code.competence) marks[i] = true;
  }
  return marks;
}

bool realisation_concerns(const Referentiel& ref, const Bloc& bloc, const Realisation& r, Option option) {
  if (r.activites.empty()) return true;
  return std::any_of(r.activites.begin(), r.activites.end(), [&](const Activite& a) {
    return in_bloc(bloc, resolve_code(ref, a.competence, option).competence);
  });
}

}  // namespace siofill
