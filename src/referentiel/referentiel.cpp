#include "referentiel/referentiel.hpp"

namespace siofill {

std::string_view option_name(Option o) { return o == Option::SISR ? "SISR" : "SLAM"; }

std::optional<Option> parse_option(std::string_view s) {
  if (s == "SISR") return Option::SISR;
  if (s == "SLAM") return Option::SLAM;
  return std::nullopt;
}

namespace {
bool visible(const std::optional<Option>& scope, Option o) { return !scope || *scope == o; }
}  // namespace

const Bloc* Referentiel::bloc(std::string_view id, Option o) const {
  for (const Bloc& b : blocs)
    if (b.id == id && b.visible_to(o)) return &b;
  return nullptr;
}

const Competence* Referentiel::competence(std::string_view id, Option o) const {
  for (const Bloc& b : blocs) {
    if (!b.visible_to(o)) continue;
    for (const Competence& c : b.competences)
      if (c.id == id && visible(c.option, o)) return &c;
  }
  return nullptr;
}

std::pair<const Competence*, const SousCompetence*> Referentiel::sous_competence(std::string_view id, Option o) const {
  for (const Bloc& b : blocs) {
    if (!b.visible_to(o)) continue;
    for (const Competence& c : b.competences) {
      if (!visible(c.option, o)) continue;
      for (const SousCompetence& s : c.sous_competences)
        if (s.id == id) return {&c, &s};
    }
  }
  return {nullptr, nullptr};
}

std::vector<const Competence*> Referentiel::competences_of(const Bloc& b, Option o) const {
  std::vector<const Competence*> out;
  for (const Competence& c : b.competences)
    if (visible(c.option, o)) out.push_back(&c);
  return out;
}

std::vector<std::string> Referentiel::codes_for(Option o) const {
  std::vector<std::string> out;
  for (const Bloc& b : blocs) {
    if (!b.visible_to(o)) continue;
    for (const Competence& c : b.competences) {
      if (!visible(c.option, o)) continue;
      out.push_back(c.id);
      for (const SousCompetence& s : c.sous_competences) out.push_back(s.id);
    }
  }
  return out;
}

std::optional<Option> Referentiel::other_option_having(std::string_view id, Option o) const {
  const Option other = o == Option::SISR ? Option::SLAM : Option::SISR;
  if (competence(id, other) || sous_competence(id, other).first) return other;
  return std::nullopt;
}

std::string SessionRange::label() const {
  if (de && a)
    return *de == *a ? "session " + std::to_string(*de) : "de " + std::to_string(*de) + " à " + std::to_string(*a);
  if (a) return "jusqu’à " + std::to_string(*a);
  if (de) return "à partir de " + std::to_string(*de);
  return "toutes les sessions";
}

const std::string& EpreuveRule::intitule_for(Option o) const {
  const auto it = intitule_par_option.find(o);
  return it == intitule_par_option.end() ? intitule : it->second;
}

const EpreuveRule* SessionRules::epreuve(std::string_view bloc_id) const {
  const auto it = epreuves.find(std::string(bloc_id));
  return it == epreuves.end() ? nullptr : &it->second;
}

std::string SessionRules::annexe(std::string_view form_id) const {
  const auto it = annexes.find(std::string(form_id));
  return it == annexes.end() ? std::string() : it->second;
}

const SessionRules* Referentiel::rules_for(int session) const {
  for (const SessionRules& r : regles)
    if (r.sessions.contains(session)) return &r;
  return nullptr;
}

const EpreuveRule* Referentiel::epreuve(const Bloc& b, int session) const {
  const SessionRules* rules = rules_for(session);
  return rules ? rules->epreuve(b.id) : nullptr;
}

std::string Referentiel::known_sessions() const {
  std::string out;
  for (const SessionRules& r : regles) out += (out.empty() ? "" : " ; ") + r.sessions.label();
  return out;
}

const Bloc* Referentiel::bloc_of(const Competence& c) const {
  for (const Bloc& b : blocs)
    for (const Competence& x : b.competences)
      if (&x == &c) return &b;
  return nullptr;
}

}  // namespace siofill
