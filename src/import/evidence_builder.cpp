#include "import/evidence_builder.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "evidence/evidence_loader.hpp"
#include "import/activity_text.hpp"
#include "import/message_quotes.hpp"
#include "import/note_lines.hpp"
#include "text/utf8.hpp"

namespace siofill::import {
namespace {

struct Parsed {
  std::vector<std::string> organisations;  // display names, empty when the activity names none
  std::string description;
};

// The organisations each activity names, and its description without them.
std::vector<Parsed> parse_activities(const std::vector<MappedActivity>& activities, const ImportSettings& settings,
                                     std::vector<LineReport>& notes) {
  std::map<std::string, int> count;            // folded name -> activities naming it
  std::map<std::string, std::string> display;  // folded name -> first spelling
  std::set<std::string> forced;
  for (const std::string& o : settings.organisations) forced.insert(text::fold(o));
  std::vector<std::optional<TrailingGroup>> groups;
  for (const MappedActivity& a : activities) {
    groups.push_back(trailing_group(a.text));
    if (!groups.back() || !groups.back()->all_names) continue;
    std::set<std::string> once;
    for (const std::string& n : groups.back()->names) {
      const std::string f = text::fold(n);
      if (once.insert(f).second) ++count[f];
      display.emplace(f, n);
    }
  }
  std::vector<Parsed> out;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const auto& g = groups[i];
    Parsed p;
    p.description = activities[i].text;
    bool organisation = false;
    if (g && g->all_names)
      for (const std::string& n : g->names) {
        const std::string f = text::fold(n);
        if (count[f] >= 2 || forced.count(f)) organisation = true;
      }
    if (organisation) {
      for (const std::string& n : g->names) {
        const std::string& name = display[text::fold(n)];
        if (std::find(p.organisations.begin(), p.organisations.end(), name) == p.organisations.end())
          p.organisations.push_back(name);
      }
      p.description = g->before;
      if (!g->urls.empty()) p.description += (p.description.empty() ? "(" : " (") + join(g->urls, " ") + ")";
    } else if (g && g->all_names) {
      notes.push_back(LineReport{activities[i].line, "« (" + g->inside +
                                                         ") » n’est cité qu’une fois : pas lu comme une organisation "
                                                         "(activité rangée dans " +
                                                         kToCompleteId + " ; --organisation « " + g->names.front() +
                                                         " » l’y rattacherait)"});
    }
    out.push_back(std::move(p));
  }
  return out;
}

Activite activite(const MappedActivity& a, const std::string& description) {
  Activite out;
  out.competence = a.competence;
  out.description = description;
  return out;
}

// The candidate, placeholders for what is not given; what is left to fill in goes to `to_complete`.
Candidat candidat(const CandidatFields& c, Option option, int option_line, const Outline& outline,
                  std::vector<std::string>& to_complete) {
  Candidat out;
  out.nom = c.nom.value_or("NOM");
  out.prenom = c.prenom.value_or("Prénom");
  out.numero = c.numero.value_or("00000000000");
  out.option = option;
  const auto [year, year_line] = session_year(outline);
  out.session = c.session.value_or(year ? year : kDefaultSession);
  out.centre = c.centre.value_or("");
  out.portfolio = c.portfolio.value_or("");

  std::vector<std::string> todo;
  std::vector<std::string> placeholders;
  if (!c.nom) placeholders.push_back("/candidat/nom");
  if (!c.prenom) placeholders.push_back("/candidat/prenom");
  if (!c.numero) placeholders.push_back("/candidat/numero");
  if (!placeholders.empty())
    todo.push_back(join(placeholders) + (placeholders.size() > 1 ? " (valeurs provisoires)" : " (valeur provisoire)"));
  if (!c.option && !option_line) todo.push_back("/candidat/option (SISR par défaut ; SLAM si c’est votre option)");
  if (!c.session)
    todo.push_back("/candidat/session (" + std::to_string(out.session) +
                   (year ? " lue à la ligne " + std::to_string(year_line) : std::string(" par défaut")) + ")");
  std::vector<std::string> optional;
  if (!c.centre) optional.push_back("/candidat/centre");
  if (!c.portfolio) optional.push_back("/candidat/portfolio");
  if (!optional.empty()) todo.push_back(join(optional) + " (facultatif" + (optional.size() > 1 ? "s" : "") + ")");
  if (!todo.empty()) to_complete.push_back(join(todo));
  return out;
}

}  // namespace

void build_evidence(const MappedNotes& mapped, const Outline& outline, const ImportSettings& settings,
                    ImportResult& result) {
  const std::vector<MappedActivity>& activities = mapped.activities;
  Evidence ev;
  ev.candidat = candidat(settings.candidat, mapped.option, mapped.option_line, outline, result.to_complete);

  const std::vector<Parsed> parsed = parse_activities(activities, settings, result.notes);
  // One réalisation per organisation, in order of first appearance, with its
  // activities in line order: one pass over the activities (searching the
  // list of organisations for each was quadratic: 20 000 took 8 s).
  std::vector<std::string> organisations;
  std::vector<std::vector<std::size_t>> members;  // activities of each organisation
  std::unordered_map<std::string, std::size_t> index;
  const std::size_t max_realisations = EvidenceLimits{}.max_realisations;
  for (std::size_t i = 0; i < parsed.size(); ++i)
    for (const std::string& o : parsed[i].organisations) {
      const auto [it, added] = index.emplace(o, organisations.size());
      if (added) {
        if (organisations.size() == max_realisations) {
          // Refused here, not after building a file the evidence reader refuses.
          result.refused =
              LineReport{activities[i].line,
                         "trop d’organisations : « " + o + " » serait la " + std::to_string(max_realisations + 1) +
                             "e réalisation ; un fichier de preuves en a au plus " + std::to_string(max_realisations) +
                             " (une par organisation citée) : rien n’est écrit"};
          return;
        }
        organisations.push_back(o);
        members.emplace_back();
      }
      members[it->second].push_back(i);
    }

  for (std::size_t k = 0; k < organisations.size(); ++k) {
    Realisation r;
    r.id = "R" + std::to_string(k + 1);
    r.intitule = "Réalisations chez " + organisations[k];
    r.organisation = organisations[k];
    for (std::size_t i : members[k]) r.activites.push_back(activite(activities[i], parsed[i].description));
    const std::string p = "/realisations/" + std::to_string(k);
    result.to_complete.push_back(p + "/cadre (formation, stage-1 ou stage-2), " + p + "/debut, " + p +
                                 "/fin (AAAA-MM-JJ), " + p + "/modalite (seul ou equipe), " + p +
                                 "/intitule (provisoire : « " + r.intitule + " »)");
    result.realisations.push_back(r.id + " " + organisations[k]);
    ev.realisations.push_back(std::move(r));
  }
  Realisation orphans;
  orphans.id = kToCompleteId;
  orphans.intitule = kToCompleteTitle;
  for (std::size_t i = 0; i < parsed.size(); ++i)
    if (parsed[i].organisations.empty()) orphans.activites.push_back(activite(activities[i], parsed[i].description));
  if (!orphans.activites.empty()) {
    const std::size_t n = orphans.activites.size();
    const std::string p = "/realisations/" + std::to_string(ev.realisations.size());
    result.to_complete.push_back(
        p + " (" + kToCompleteId + ") : " + std::to_string(n) +
        (n > 1 ? " activités sans organisation, à déplacer" : " activité sans organisation, à déplacer") +
        " dans la bonne réalisation (ou donnez à celle-ci organisation, cadre, debut, fin, "
        "modalite et un intitulé)");
    result.realisations.push_back(std::string(kToCompleteId));
    ev.realisations.push_back(std::move(orphans));
  }
  ev.lacunes = mapped.lacunes;
  result.evidence = std::move(ev);
  result.activities = activities.size();
}

}  // namespace siofill::import
