#include "import/skeleton.hpp"

#include "evidence/evidence_json_writer.hpp"

namespace siofill::import {
namespace {

using Json = nlohmann::ordered_json;

struct Example {
  Cadre cadre;
  const char* intitule;
  const char* organisation;
  Modalite modalite;
  const char* competence;
  const char* activite;
  const char* document;
};

constexpr Example kExamples[] = {
    {Cadre::Formation, "Intitulé de la réalisation en formation (ex. : Déploiement d’un serveur GLPI)",
     "Organisation (ex. : le centre de formation, ou le client d’un atelier de professionnalisation)", Modalite::Equipe,
     "B1.1.1", "Ce que vous avez fait, pour la sous-compétence citée (ex. : inventaire du parc avec GLPI)",
     "Document ou production associé (ex. : procédure d’installation)"},
    {Cadre::Stage1, "Intitulé d’une réalisation du stage de 1re année (ex. : Sauvegarde automatique des postes)",
     "Entreprise ou organisation du stage de 1re année", Modalite::Seul, "B1.1.5",
     "Ce que vous avez fait (ex. : planification des sauvegardes et test de restauration)",
     "Document ou production associé (ex. : procédure de restauration)"},
    {Cadre::Stage2, "Intitulé d’une réalisation du stage de 2e année (ex. : Refonte du site web de l’entreprise)",
     "Entreprise ou organisation du stage de 2e année", Modalite::Seul, "B1.3.3",
     "Ce que vous avez fait (ex. : base de données SQL pour le contenu du site)",
     "Document ou production associé (ex. : cahier des charges)"},
};

}  // namespace

Json make_skeleton(const SkeletonSettings& settings) {
  const CandidatFields& c = settings.candidat;
  Evidence ev;
  ev.candidat.nom = c.nom.value_or("NOM (en majuscules, comme sur la convocation)");
  ev.candidat.prenom = c.prenom.value_or("Prénom");
  ev.candidat.numero = c.numero.value_or("Numéro de candidat (convocation)");
  ev.candidat.option = c.option.value_or(Option::SISR);
  ev.candidat.session = c.session.value_or(kDefaultSession);
  ev.candidat.centre = c.centre.value_or("Nom et ville du centre de formation (ex. : Lycée Exemple, Rennes)");
  ev.candidat.portfolio = c.portfolio.value_or("Adresse URL du portfolio (ex. : https://prenom-nom.example/portfolio)");

  int n = 0;
  for (const Example& e : kExamples) {
    Realisation r;
    r.id = "R" + std::to_string(++n);
    r.intitule = e.intitule;
    r.cadre = e.cadre;
    r.organisation = e.organisation;
    r.lieu = "Ville, ou « À distance »";
    r.modalite = e.modalite;
    if (e.modalite == Modalite::Equipe)
      r.contribution =
          "Votre contribution personnelle au travail de l’équipe (ex. : installation et paramétrage "
          "du serveur) ; pour un travail seul, mettez \"modalite\": \"seul\" et supprimez ce champ";
    r.conditions = "Conditions de réalisation : contexte, contraintes, durée";
    r.ressources = "Ressources documentaires, matérielles et logicielles utilisées";
    r.acces_productions = "Où voir les productions (ex. : adresse du dépôt ou de la page du portfolio)";
    r.documents = {e.document};
    Activite activite;
    activite.competence = e.competence;
    activite.description = std::string(e.activite) +
                           " ; une activité par compétence mobilisée : code d’une compétence (B1.1 à B1.6) ou "
                           "d’une sous-compétence (B1.1.1…), voir « siofill referentiel »";
    r.activites.push_back(std::move(activite));
    ev.realisations.push_back(std::move(r));
  }
  return evidence_json(ev, EvidenceJsonOptions{settings.schema});
}

std::vector<std::string> skeleton_to_complete(const Json& skeleton, const CandidatFields& given) {
  std::vector<std::string> out;
  std::string candidat;
  auto add = [&](bool missing, const char* field) {
    if (missing) candidat += (candidat.empty() ? "" : ", ") + std::string("/candidat/") + field;
  };
  add(!given.nom, "nom");
  add(!given.prenom, "prenom");
  add(!given.numero, "numero");
  add(!given.option, "option");
  add(!given.session, "session");
  add(!given.centre, "centre");
  add(!given.portfolio, "portfolio");
  if (!candidat.empty()) out.push_back(candidat);
  const Json& realisations = skeleton.at("realisations");
  for (std::size_t i = 0; i < realisations.size(); ++i) {
    const std::string p = "/realisations/" + std::to_string(i);
    out.push_back(p + " (" + realisations[i].at("cadre").get<std::string>() + ") : intitule, organisation, " + p +
                  "/debut et " + p + "/fin à ajouter (AAAA-MM-JJ), activites…");
  }
  return out;
}

}  // namespace siofill::import
