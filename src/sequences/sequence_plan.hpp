#pragma once
// A section's teaching plan (format "siofill-sequences/1", seed 001): the
// sequences taught for one bloc, what each works (sous-compétences,
// indicateurs, savoirs) and its séances. Texts are kept word for word;
// every element keeps its JSON pointer so later checks can name it.
#include <optional>
#include <string>
#include <vector>

#include "referentiel/referentiel.hpp"

namespace siofill {

struct Seance {
  std::string duree;  // as written: "2h", "30min"
  int minutes = 0;
  std::vector<std::string> taches;
  std::vector<std::string> ressources;
  std::vector<std::string> resultats;  // résultats attendus: the documents a student produces
};

struct Sequence {
  std::string id;  // "1.1-A1"
  std::string intitule;
  int semestre = 0;
  std::string duree;  // as written: "5.5h"
  int minutes = 0;
  std::vector<std::string> contexte;          // paragraphs
  std::vector<std::string> sous_competences;  // "B1.1.1", in the plan's order
  std::vector<std::string> indicateurs;       // "B1.1.i1"
  Savoirs savoirs;
  std::vector<std::string> prerequis;
  std::vector<Seance> seances;
  std::string pointer;
};

struct SequencePlan {
  std::string source;            // file name as given
  std::string bloc;              // "B1"
  std::optional<Option> option;  // needed only for bloc 2
  std::string intitule;
  std::vector<Sequence> sequences;

  const Sequence* find(std::string_view id) const;
  std::vector<std::string> ids() const;
};

}  // namespace siofill
