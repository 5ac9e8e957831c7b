#pragma once
// Which compétences a student's réalisations cover. Pure functions of
// (référentiel, evidence): no I/O, no formatting.
#include <string>
#include <vector>

#include "evidence/evidence.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill {

struct SousCompetenceCoverage {
  const SousCompetence* sous_competence = nullptr;
  std::vector<std::string> realisations;  // ids, in evidence order, each once
  bool lacune = false;                    // declared "à définir" by the student
  bool covered() const { return !realisations.empty(); }
};

struct CompetenceCoverage {
  const Competence* competence = nullptr;
  std::vector<SousCompetenceCoverage> sous;
  std::vector<std::string> realisations;  // directly or through a sous-compétence
  std::vector<std::string> indicateurs;   // cited ids, in référentiel order
  bool lacune = false;                    // the compétence itself declared "à définir"
  bool covered() const { return !realisations.empty(); }
  std::size_t covered_sous() const;
};

struct BlocCoverage {
  const Bloc* bloc = nullptr;
  std::vector<CompetenceCoverage> competences;
  // The transversal capacity: a réalisation "equipe" with a stated contribution.
  bool transversal = false;
  std::vector<std::string> transversal_realisations;
  std::size_t covered_count() const;
};

// Where an activity's code points in the référentiel (compétence, optional sous-compétence).
struct ResolvedCode {
  const Competence* competence = nullptr;
  const SousCompetence* sous_competence = nullptr;
};
ResolvedCode resolve_code(const Referentiel& ref, const std::string& code, Option option);

BlocCoverage compute_coverage(const Referentiel& ref, const Bloc& bloc, const Evidence& ev);

// For one réalisation: does it mobilise each compétence of `bloc` (in the
// order of Referentiel::competences_of)?
std::vector<bool> realisation_marks(const Referentiel& ref, const Bloc& bloc, const Realisation& r, Option option);

// True when the réalisation has an activity in `bloc`, or no activity at all
// (then it still belongs on the tables, with nothing ticked).
bool realisation_concerns(const Referentiel& ref, const Bloc& bloc, const Realisation& r, Option option);

bool shows_transversal_capacity(const Realisation& r);

}  // namespace siofill
