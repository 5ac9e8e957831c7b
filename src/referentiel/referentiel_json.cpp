#include "referentiel/referentiel_json.hpp"

#include <algorithm>

namespace siofill {
namespace {

using nlohmann::ordered_json;

ordered_json option_json(const std::optional<Option>& o) {
  return o ? ordered_json(std::string(option_name(*o))) : ordered_json(nullptr);
}

ordered_json competence_json(const Competence& c) {
  ordered_json sous = ordered_json::array();
  for (const SousCompetence& s : c.sous_competences) {
    ordered_json j = {{"id", s.id}, {"intitule", s.intitule}};
    if (!s.definition.empty()) j["definition"] = s.definition;
    if (!s.objectif.empty()) j["objectif"] = s.objectif;
    if (!s.exemples.stage.empty() || !s.exemples.ap.empty() || !s.exemples.perso.empty())
      j["exemples"] = {{"stage", s.exemples.stage}, {"ap", s.exemples.ap}, {"perso", s.exemples.perso}};
    sous.push_back(std::move(j));
  }
  ordered_json indicateurs = ordered_json::array();
  for (const Indicateur& i : c.indicateurs) indicateurs.push_back({{"id", i.id}, {"texte", i.texte}});
  return {{"id", c.id},
          {"intitule", c.intitule},
          {"option", option_json(c.option)},
          {"sous_competences", sous},
          {"indicateurs", indicateurs},
          {"savoirs",
           {{"technologiques", c.savoirs.technologiques},
            {"economiques_juridiques_manageriaux", c.savoirs.economiques_juridiques_manageriaux}}}};
}

ordered_json bound_json(const std::optional<int>& year) { return year ? ordered_json(*year) : ordered_json(nullptr); }

// Only the exams of `blocs`, so that a filtered dump (--bloc B1) still loads.
ordered_json rules_json(const SessionRules& r, const std::vector<const Bloc*>& blocs) {
  ordered_json epreuves = ordered_json::object();
  for (const auto& [bloc_id, e] : r.epreuves) {
    // A named copy: clang 14 cannot capture a structured binding in a lambda.
    const std::string& wanted = bloc_id;
    if (std::none_of(blocs.begin(), blocs.end(), [&](const Bloc* b) { return b->id == wanted; })) continue;
    ordered_json intitule = e.intitule;
    if (!e.intitule_par_option.empty()) {
      intitule = ordered_json::object();
      for (const auto& [option, text] : e.intitule_par_option) intitule[std::string(option_name(option))] = text;
    }
    epreuves[bloc_id] = {{"numero", e.numero}, {"intitule", intitule}};
  }
  ordered_json annexes = ordered_json::object();
  for (const auto& [form, label] : r.annexes) annexes[form] = label;
  return {{"sessions", {{"de", bound_json(r.sessions.de)}, {"a", bound_json(r.sessions.a)}}},
          {"source", r.source},
          {"epreuves", epreuves},
          {"annexes", annexes}};
}

}  // namespace

ordered_json referentiel_to_json(const Referentiel& ref, const std::vector<const Bloc*>& blocs,
                                 const std::vector<const SessionRules*>& rules) {
  ordered_json out = {{"format", "siofill-referentiel/1"}, {"id", ref.id}, {"intitule", ref.intitule}};
  ordered_json regles = ordered_json::array();
  for (const SessionRules* r : rules) regles.push_back(rules_json(*r, blocs));
  out["regles_sessions"] = regles;
  ordered_json list = ordered_json::array();
  for (const Bloc* b : blocs) {
    ordered_json capacites = ordered_json::array();
    for (const CapaciteTransversale& t : b->capacites_transversales)
      capacites.push_back({{"id", t.id}, {"intitule", t.intitule}});
    ordered_json competences = ordered_json::array();
    for (const Competence& c : b->competences) competences.push_back(competence_json(c));
    list.push_back({{"id", b->id},
                    {"numero", b->numero},
                    {"intitule", b->intitule},
                    {"option", option_json(b->option)},
                    {"capacites_transversales", capacites},
                    {"competences", competences}});
  }
  out["blocs"] = list;
  return out;
}

}  // namespace siofill
