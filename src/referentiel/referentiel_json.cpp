#include "referentiel/referentiel_json.hpp"

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

}  // namespace

ordered_json referentiel_to_json(const Referentiel& ref, const std::vector<const Bloc*>& blocs) {
  ordered_json out = {{"format", "siofill-referentiel/1"}, {"id", ref.id}, {"intitule", ref.intitule}};
  ordered_json list = ordered_json::array();
  for (const Bloc* b : blocs) {
    ordered_json capacites = ordered_json::array();
    for (const CapaciteTransversale& t : b->capacites_transversales) capacites.push_back({{"id", t.id}, {"intitule", t.intitule}});
    ordered_json competences = ordered_json::array();
    for (const Competence& c : b->competences) competences.push_back(competence_json(c));
    list.push_back({{"id", b->id},
                    {"numero", b->numero},
                    {"intitule", b->intitule},
                    {"epreuve", b->epreuve},
                    {"option", option_json(b->option)},
                    {"capacites_transversales", capacites},
                    {"competences", competences}});
  }
  out["blocs"] = list;
  return out;
}

}  // namespace siofill
