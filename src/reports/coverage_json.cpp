#include "reports/coverage_json.hpp"

namespace siofill {
namespace {

nlohmann::json bloc_json(const Referentiel& ref, const Evidence& ev, const Bloc& b) {
  const EpreuveRule* e = ref.epreuve(b, ev.candidat.session);
  return {{"id", b.id},
          {"intitule", b.intitule},
          {"epreuve", exam_number(ref, ev, b)},
          {"epreuve_intitule", e ? e->intitule_for(ev.candidat.option) : ""}};
}

}  // namespace

std::string exam_number(const Referentiel& ref, const Evidence& ev, const Bloc& b) {
  const EpreuveRule* e = ref.epreuve(b, ev.candidat.session);
  return e ? e->numero : "";
}

nlohmann::json coverage_json(const Referentiel& ref, const Evidence& ev, const BlocCoverage& cov) {
  nlohmann::json competences = nlohmann::json::array();
  for (const CompetenceCoverage& cc : cov.competences) {
    nlohmann::json items = nlohmann::json::array();
    for (const SousCompetenceCoverage& s : cc.sous)
      items.push_back({{"id", s.sous_competence->id},
                       {"intitule", s.sous_competence->intitule},
                       {"covered", s.covered()},
                       {"lacune", s.lacune},
                       {"realisations", s.realisations}});
    competences.push_back(
        {{"id", cc.competence->id},
         {"intitule", cc.competence->intitule},
         {"covered", cc.covered()},
         {"lacune", cc.lacune},
         {"realisations", cc.realisations},
         {"indicateurs", cc.indicateurs},
         {"sous_competences", {{"covered", cc.covered_sous()}, {"total", cc.sous.size()}, {"items", items}}}});
  }
  return {{"file", ev.source},
          {"candidat",
           {{"nom", ev.candidat.nom},
            {"prenom", ev.candidat.prenom},
            {"numero", ev.candidat.numero},
            {"option", option_name(ev.candidat.option)},
            {"session", ev.candidat.session}}},
          {"bloc", bloc_json(ref, ev, *cov.bloc)},
          {"covered", cov.covered_count()},
          {"total", cov.competences.size()},
          {"competences", competences},
          {"transversal",
           {{"applicable", !cov.bloc->capacites_transversales.empty()},
            {"covered", cov.transversal},
            {"realisations", cov.transversal_realisations}}}};
}

}  // namespace siofill
