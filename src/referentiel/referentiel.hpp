#pragma once
// The BTS SIO référentiel as data: blocs -> compétences -> sous-compétences,
// with indicateurs de performance and savoirs. Ids are stable ("B1.3.2",
// "B1.3.i5"); bloc 2 and part of bloc 3 exist once per option, so an id is
// unique within what one option sees, and lookups take the option.
#include <map>
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

  bool operator==(const Exemples&) const = default;
};

struct SousCompetence {
  std::string id;
  std::string intitule;
  std::string definition;
  std::string objectif;
  Exemples exemples;

  bool operator==(const SousCompetence&) const = default;
};

struct Indicateur {
  std::string id;
  std::string texte;

  bool operator==(const Indicateur&) const = default;
};

struct Savoirs {
  std::vector<std::string> technologiques;
  std::vector<std::string> economiques_juridiques_manageriaux;

  bool operator==(const Savoirs&) const = default;
};

struct Competence {
  std::string id;
  std::string intitule;
  std::optional<Option> option;  // set when only one option has it (B3.5)
  std::vector<SousCompetence> sous_competences;
  std::vector<Indicateur> indicateurs;
  Savoirs savoirs;

  bool operator==(const Competence&) const = default;
};

struct CapaciteTransversale {
  std::string id;
  std::string intitule;

  bool operator==(const CapaciteTransversale&) const = default;
};

struct Bloc {
  std::string id;
  int numero = 0;
  std::string intitule;
  std::optional<Option> option;  // bloc 2 exists once per option
  std::vector<CapaciteTransversale> capacites_transversales;
  std::vector<Competence> competences;

  bool visible_to(Option o) const { return !option || *option == o; }

  bool operator==(const Bloc&) const = default;
};

// A range of exam sessions; an absent bound is open ("up to 2024", "from 2025").
struct SessionRange {
  std::optional<int> de, a;

  bool contains(int session) const { return (!de || session >= *de) && (!a || session <= *a); }
  // "jusqu’à 2024", "à partir de 2025", "de 2021 à 2024", "toutes".
  std::string label() const;

  bool operator==(const SessionRange&) const = default;
};

// The exam that judges a bloc in some sessions: "E5", « Support et mise à … ».
// Bloc 2's title depends on the option.
struct EpreuveRule {
  std::string numero;
  std::string intitule;                               // when the same for every option
  std::map<Option, std::string> intitule_par_option;  // otherwise

  const std::string& intitule_for(Option o) const;

  bool operator==(const EpreuveRule&) const = default;
};

// Which exam judges which bloc, for a range of sessions, and on what authority.
// Data, not code: a school whose circular says otherwise passes --referentiel.
struct SessionRules {
  SessionRange sessions;
  std::string source;                           // the arrêté / circular these facts come from
  std::map<std::string, EpreuveRule> epreuves;  // bloc id -> exam
  std::map<std::string, std::string> annexes;   // form id -> annex label, only when known

  const EpreuveRule* epreuve(std::string_view bloc_id) const;
  // Empty when the annex number of that form is not known for these sessions.
  std::string annexe(std::string_view form_id) const;

  bool operator==(const SessionRules&) const = default;
};

struct Referentiel {
  std::string id;
  std::string intitule;
  std::vector<Bloc> blocs;
  std::vector<SessionRules> regles;  // sorted by session, ranges disjoint (checked at load)

  // The rules in force for `session`, or null when no range covers it.
  const SessionRules* rules_for(int session) const;
  // The exam judging bloc `b` in `session`; null when no rule covers the session.
  const EpreuveRule* epreuve(const Bloc& b, int session) const;
  // "jusqu’à 2024 ; à partir de 2025": the ranges the référentiel knows, for messages.
  std::string known_sessions() const;

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

  bool operator==(const Referentiel&) const = default;
};

}  // namespace siofill
