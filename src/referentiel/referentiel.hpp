#pragma once
// The BTS SIO référentiel as data: blocs -> compétences -> sous-compétences,
// with indicateurs de performance and savoirs. Ids are stable ("B1.3.2",
// "B1.3.i5"); bloc 2 and part of bloc 3 exist once per option, so an id is
// unique within what one option sees, and lookups take the option.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siofill {

enum class Option { SISR, SLAM };

std::string_view option_name(Option o);
std::optional<Option> parse_option(std::string_view s);

struct Exemples {
  std::string stage, ap, perso;
};

struct SousCompetence {
  std::string id;
  std::string intitule;
  std::string definition;
  std::string objectif;
  Exemples exemples;
};

struct Indicateur {
  std::string id;
  std::string texte;
};

struct Savoirs {
  std::vector<std::string> technologiques;
  std::vector<std::string> economiques_juridiques_manageriaux;
};

struct Competence {
  std::string id;
  std::string intitule;
  std::optional<Option> option;  // set when only one option has it (B3.5)
  std::vector<SousCompetence> sous_competences;
  std::vector<Indicateur> indicateurs;
  Savoirs savoirs;
};

struct CapaciteTransversale {
  std::string id;
  std::string intitule;
};

struct Bloc {
  std::string id;
  int numero = 0;
  std::string intitule;
  std::string epreuve;
  std::optional<Option> option;  // bloc 2 exists once per option
  std::vector<CapaciteTransversale> capacites_transversales;
  std::vector<Competence> competences;

  bool visible_to(Option o) const { return !option || *option == o; }
};

struct Referentiel {
  std::string id;
  std::string intitule;
  std::vector<Bloc> blocs;

  // The bloc with this id that a candidate of option `o` sits (B2 depends on it).
  const Bloc* bloc(std::string_view id, Option o) const;
  const Competence* competence(std::string_view id, Option o) const;
  // The compétence that owns sous-compétence `id`, and the sous-compétence.
  std::pair<const Competence*, const SousCompetence*> sous_competence(std::string_view id, Option o) const;
  // The compétences a candidate of option `o` may cite in bloc `b`.
  std::vector<const Competence*> competences_of(const Bloc& b, Option o) const;
  // Every compétence and sous-compétence id visible to option `o` (for did-you-mean).
  std::vector<std::string> codes_for(Option o) const;
  // The option for which `id` exists when it does not exist for `o`.
  std::optional<Option> other_option_having(std::string_view id, Option o) const;
  // The bloc that owns compétence `c`.
  const Bloc* bloc_of(const Competence& c) const;
};

}  // namespace siofill
