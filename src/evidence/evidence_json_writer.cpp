#include "evidence/evidence_json_writer.hpp"

namespace siofill {
namespace {

using Json = nlohmann::ordered_json;

void put_text(Json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

void put_list(Json& j, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) j[key] = values;
}

Json candidat_json(const Candidat& c) {
  Json j;
  j["nom"] = c.nom;
  j["prenom"] = c.prenom;
  j["numero"] = c.numero;
  j["option"] = std::string(option_name(c.option));
  j["session"] = c.session;
  put_text(j, "centre", c.centre);
  put_text(j, "portfolio", c.portfolio);
  return j;
}

Json activite_json(const Activite& a) {
  Json j;
  j["competence"] = a.competence;
  put_text(j, "description", a.description);
  put_list(j, "indicateurs", a.indicateurs);
  return j;
}

Json realisation_json(const Realisation& r) {
  Json j;
  j["id"] = r.id;
  j["intitule"] = r.intitule;
  if (r.cadre) j["cadre"] = std::string(cadre_name(*r.cadre));
  put_text(j, "organisation", r.organisation);
  put_text(j, "lieu", r.lieu);
  if (r.debut) j["debut"] = r.debut->iso();
  if (r.fin) j["fin"] = r.fin->iso();
  if (r.modalite) j["modalite"] = std::string(modalite_name(*r.modalite));
  put_text(j, "contribution", r.contribution);
  put_text(j, "conditions", r.conditions);
  put_text(j, "ressources", r.ressources);
  put_text(j, "acces_productions", r.acces_productions);
  put_list(j, "documents", r.documents);
  j["activites"] = Json::array();
  for (const Activite& a : r.activites) j["activites"].push_back(activite_json(a));
  put_list(j, "sequences", r.sequences);
  return j;
}

}  // namespace

std::string_view modalite_name(Modalite m) { return m == Modalite::Seul ? "seul" : "equipe"; }

Json evidence_json(const Evidence& evidence, const EvidenceJsonOptions& options) {
  Json j;
  put_text(j, "$schema", options.schema);
  j["format"] = "siofill-evidence/1";
  j["candidat"] = candidat_json(evidence.candidat);
  j["realisations"] = Json::array();
  for (const Realisation& r : evidence.realisations) j["realisations"].push_back(realisation_json(r));
  if (!evidence.lacunes.empty()) {
    Json& list = j["lacunes"] = Json::array();
    for (const Lacune& l : evidence.lacunes) {
      Json x;
      x["competence"] = l.competence;
      put_text(x, "note", l.note);
      list.push_back(std::move(x));
    }
  }
  put_text(j, "fichier_sequences", evidence.sequences_file);
  return j;
}

std::string evidence_json_text(const Evidence& evidence, const EvidenceJsonOptions& options) {
  return evidence_json(evidence, options).dump(2) + "\n";
}

}  // namespace siofill
