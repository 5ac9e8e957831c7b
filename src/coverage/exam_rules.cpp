#include "coverage/exam_rules.hpp"

#include <algorithm>
#include <map>

#include "coverage/coverage.hpp"
#include "text/utf8.hpp"

namespace siofill {
namespace {

std::string quoted(const std::string& s) { return "« " + s + " »"; }

// Long intitulés are cut in messages only (never in forms), at a word boundary.
std::string short_title(const std::string& s) {
  if (text::code_points(s) <= 80) return s;
  std::size_t cut = 0;
  for (std::size_t chars = 0; cut < s.size() && chars < 77; ++cut)
    if ((static_cast<unsigned char>(s[cut]) & 0xC0) != 0x80) ++chars;
  while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
  const std::size_t space = s.rfind(' ', cut);
  if (space != std::string::npos && space > cut / 2) cut = space;
  return s.substr(0, cut) + "…";
}

std::string name_of(const Realisation& r) {
  return "La réalisation " + r.id + (r.intitule.empty() ? "" : " " + quoted(short_title(r.intitule)));
}

class RuleChecker {
 public:
  RuleChecker(const Referentiel& ref, const Evidence& ev) : ref_(ref), ev_(ev) {}

  CheckResult run(const std::vector<ExamScope>& scopes) {
    check_identity();
    if (ev_.realisations.empty())
      block("aucune-realisation", "/realisations",
            "Aucune réalisation : le tableau de synthèse doit en présenter au moins une.");
    for (const Realisation& r : ev_.realisations) check_realisation(r);
    for (const ExamScope& scope : scopes) check_scope(scope);
    check_lacunes();
    CheckResult result;
    result.findings = std::move(findings_);
    result.status = status_of(result.findings);
    return result;
  }

 private:
  void block(std::string code, std::string pointer, std::string message) {
    findings_.push_back(Finding{true, std::move(code), std::move(pointer), std::move(message)});
  }
  void warn(std::string code, std::string pointer, std::string message) {
    findings_.push_back(Finding{false, std::move(code), std::move(pointer), std::move(message)});
  }

  void check_identity() {
    if (ev_.candidat.centre.empty())
      warn("centre-absent", "/candidat",
           "Le centre de formation n’est pas renseigné (champ « centre ») : il figure sur le tableau de synthèse.");
    if (ev_.candidat.portfolio.empty())
      warn(
          "portfolio-absent", "/candidat",
          "L’adresse URL du portfolio n’est pas renseignée (champ « portfolio ») : le tableau de synthèse la demande.");
    else if (ev_.candidat.portfolio.rfind("http://", 0) != 0 && ev_.candidat.portfolio.rfind("https://", 0) != 0)
      warn("portfolio-url", "/candidat/portfolio",
           "L’adresse du portfolio " + quoted(ev_.candidat.portfolio) +
               " ne commence pas par https:// : le jury doit pouvoir l’ouvrir telle quelle.");
  }

  void check_realisation(const Realisation& r) {
    if (r.intitule.empty())
      block("intitule-vide", r.pointer + "/intitule",
            "La réalisation " + r.id + " n’a pas d’intitulé : le tableau de synthèse ne peut pas la présenter.");
    if (!r.cadre)
      block("cadre-absent", r.pointer,
            name_of(r) +
                " n’a pas de cadre (« formation », « stage-1 » ou « stage-2 ») : impossible de la placer "
                "dans une rubrique du tableau de synthèse.");
    if (!r.debut || !r.fin)
      warn("periode-incomplete", r.pointer,
           name_of(r) +
               " n’a pas de période complète (« debut » et « fin ») : la colonne Période "
               "(JJ/MM/AA au JJ/MM/AA) restera à remplir à la main.");
    const Date cutoff{ev_.candidat.session, 6, 30};
    if (r.fin && ev_.candidat.session > 0 && *r.fin > cutoff)
      block("fin-apres-session", r.pointer + "/fin",
            name_of(r) + " se termine le " + r.fin->jjmmaa() + ", après la session d’examen " +
                std::to_string(ev_.candidat.session) + " (au plus tard le " + cutoff.jjmmaa() +
                ") : seules les réalisations achevées peuvent être présentées.");
    if (r.cadre && *r.cadre != Cadre::Formation && r.organisation.empty())
      warn("organisation-absente", r.pointer,
           name_of(r) + " a été faite en milieu professionnel mais l’organisation n’est pas indiquée.");
    if (r.activites.empty())
      warn("aucune-activite", r.pointer + "/activites",
           name_of(r) + " ne cite aucune activité : elle ne mobilise aucune compétence.");
    if (r.modalite == Modalite::Equipe && r.contribution.empty())
      warn("contribution-absente", r.pointer,
           name_of(r) +
               " a été faite en équipe mais la contribution personnelle n’est pas décrite "
               "(champ « contribution »).");
  }

  // "E5": the candidate's session decides (référentiel rules).
  std::string exam_of(const Bloc& bloc) const {
    const EpreuveRule* e = ref_.epreuve(bloc, ev_.candidat.session);
    return e ? e->numero : "du bloc " + bloc.id;
  }

  void check_scope(const ExamScope& scope) {
    const Bloc& bloc = *scope.bloc;
    const std::string exam = exam_of(bloc);
    const BlocCoverage cov = compute_coverage(ref_, bloc, ev_);
    for (const CompetenceCoverage& cc : cov.competences) {
      if (cc.covered()) continue;
      block("competence-non-mobilisee", "/realisations",
            "La compétence " + cc.competence->id + " " + quoted(cc.competence->intitule) +
                " n’est mobilisée par aucune réalisation : le tableau de synthèse " + exam +
                " doit couvrir toutes les compétences du bloc.");
    }
    if (!bloc.capacites_transversales.empty() && !cov.transversal)
      warn("capacite-transversale", "/realisations",
           "Aucune réalisation en équipe avec une contribution personnelle décrite (" + exam + ") : la case " +
               quoted(bloc.capacites_transversales.front().intitule) + " ne sera pas cochée.");
    std::map<Cadre, int> counts;
    for (const Realisation& r : ev_.realisations)
      if (r.cadre && realisation_concerns(ref_, bloc, r, ev_.candidat.option)) ++counts[*r.cadre];
    for (const Rubrique& rub : scope.rubriques) {
      const int n = counts[rub.cadre];
      if (n > rub.capacite)
        warn("rubrique-pleine", "/realisations",
             "La rubrique " + quoted(rub.intitule) + " du tableau " + exam + " compte " + std::to_string(n) +
                 " réalisations pour " + std::to_string(rub.capacite) +
                 " lignes dans le tableau officiel : toutes seront imprimées, le tableau continuera sur une "
                 "page de plus.");
    }
  }

  void check_lacunes() {
    for (const Lacune& l : ev_.lacunes) {
      const ResolvedCode code = resolve_code(ref_, l.competence, ev_.candidat.option);
      const std::string title = code.sous_competence ? code.sous_competence->intitule
                                : code.competence    ? code.competence->intitule
                                                     : std::string();
      // The usual note is the student's "NON (à définir)": repeating it adds nothing.
      const bool plain = l.note.empty() || text::fold(l.note).find("a definir") != std::string::npos;
      warn("lacune", l.pointer,
           l.competence + " " + quoted(title) + " est marquée à définir : aucune activité ne la couvre encore." +
               (plain ? "" : " Note : " + quoted(short_title(l.note)) + "."));
    }
  }

  const Referentiel& ref_;
  const Evidence& ev_;
  std::vector<Finding> findings_;
};

}  // namespace

std::vector<const Bloc*> blocs_to_check(const Referentiel& ref, const Evidence& ev) {
  std::vector<const Bloc*> out;
  const Option o = ev.candidat.option;
  if (const Bloc* b1 = ref.bloc("B1", o)) out.push_back(b1);
  if (const Bloc* b2 = ref.bloc("B2", o)) {
    const bool cited = std::any_of(ev.realisations.begin(), ev.realisations.end(), [&](const Realisation& r) {
      return std::any_of(r.activites.begin(), r.activites.end(), [&](const Activite& a) {
        const Competence* c = resolve_code(ref, a.competence, o).competence;
        return c && ref.bloc_of(*c) == b2;
      });
    });
    if (cited) out.push_back(b2);
  }
  return out;
}

CheckResult check_exam_rules(const Referentiel& ref, const Evidence& ev, const std::vector<ExamScope>& scopes) {
  return RuleChecker(ref, ev).run(scopes);
}

}  // namespace siofill
