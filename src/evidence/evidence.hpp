#pragma once
// A student's evidence (format "siofill-evidence/1"): identity, réalisations
// professionnelles and the activities done in each, plus declared gaps.
// Every element keeps its JSON pointer so later checks can name it.
#include <optional>
#include <string>
#include <vector>

#include "evidence/date.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill {

enum class Cadre { Formation, Stage1, Stage2 };
enum class Modalite { Seul, Equipe };

std::string_view cadre_name(Cadre c);  // "formation", "stage-1", "stage-2"
std::optional<Cadre> parse_cadre(std::string_view s);

struct Candidat {
  std::string nom;
  std::string prenom;
  std::string numero;  // text: leading zeros matter
  Option option = Option::SISR;
  int session = 0;
  std::string centre;
  std::string portfolio;
};

struct Activite {
  std::string competence;  // a compétence ("B1.5") or a sous-compétence ("B1.3.3")
  std::string description;
  std::vector<std::string> indicateurs;
  std::string pointer;
};

struct Realisation {
  std::string id;
  std::string intitule;
  std::optional<Cadre> cadre;
  std::string organisation;
  std::string lieu;
  std::optional<Date> debut, fin;
  std::optional<Modalite> modalite;
  std::string contribution;
  std::string conditions;
  std::string ressources;
  std::string acces_productions;
  std::vector<std::string> documents;
  std::vector<Activite> activites;
  std::vector<std::string> sequences;  // ids of the section's plan it cites (cadre formation)
  std::string pointer;
};

// A sous-compétence (or compétence) the student knows is not yet covered:
// the "NON (à définir)" of their notes, kept visible instead of dropped.
struct Lacune {
  std::string competence;
  std::string note;
  std::string pointer;
};

struct Evidence {
  std::string source;  // file name as given, "-" for stdin
  Candidat candidat;
  std::vector<Realisation> realisations;
  std::vector<Lacune> lacunes;
  std::string sequences_file;  // "fichier_sequences": the plan the cited sequences come from
};

}  // namespace siofill
