#include "sequences/sequence_merge.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "evidence/evidence_loader.hpp"

#include "json/json_pointer.hpp"
#include "text/did_you_mean.hpp"

namespace siofill {
namespace {

template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The ids of the plan, for a message: "1.1-A1, 1.1-B1, …" (at most 12).
std::string id_list(const SequencePlan& plan) {
  std::string out;
  std::size_t n = 0;
  for (const Sequence& s : plan.sequences) {
    if (++n > 12) return out + "…";
    out += (out.empty() ? "" : ", ") + s.id;
  }
  return out;
}

class Merger {
 public:
  Merger(const SequencePlan& plan, const Referentiel& ref, Option option, Reporter& report)
      : plan_(plan), ref_(ref), option_(option), report_(report) {}

  void merge(Realisation& r) {
    std::vector<const Sequence*> cited;
    for (std::size_t j = 0; j < r.sequences.size(); ++j) {
      const std::string ptr = json::pointer_append(r.pointer + "/sequences", j);
      if (const Sequence* s = plan_.find(r.sequences[j])) {
        if (usable(*s, ptr)) cited.push_back(s);
      } else {
        report_.at(ptr, "séquence « " + r.sequences[j] + " » absente du plan " + plan_.source + " (séquences : " +
                            id_list(plan_) + ")" + text::suggestion_suffix(r.sequences[j], plan_.ids()));
      }
    }
    if (cited.size() != r.sequences.size()) return;
    if (r.intitule.empty()) {
      for (const Sequence* s : cited) r.intitule += (r.intitule.empty() ? "" : " ; ") + sequence_label(*s);
    }
    if (r.documents.empty()) {
      std::set<std::string_view> seen;
      for (const Sequence* s : cited)
        for (const Seance& se : s->seances)
          for (const std::string& d : se.resultats)
            if (seen.insert(d).second) r.documents.push_back(d);
    }
    for (std::size_t j = 0; j < cited.size(); ++j)
      add_activities(r, *cited[j], json::pointer_append(r.pointer + "/sequences", j));
    // The same bounds as a réalisation written by hand (evidence_loader.hpp):
    // the forms are laid out for them.
    const EvidenceLimits limits;
    if (r.documents.size() > limits.max_documents)
      report_.at(r.pointer + "/sequences", "les séquences citées donnent " + std::to_string(r.documents.size()) +
                                               " documents (résultats attendus ; au plus " +
                                               std::to_string(limits.max_documents) +
                                               ") : choisissez-les dans « documents »");
    if (r.activites.size() > limits.max_activites)
      report_.at(r.pointer + "/sequences", "les séquences citées donnent " + std::to_string(r.activites.size()) +
                                               " activités (au plus " + std::to_string(limits.max_activites) + ")");
  }

 private:
  // A plan of another option's bloc 2 cannot speak for this student.
  bool usable(const Sequence& s, const std::string& ptr) {
    for (const std::string& sc : s.sous_competences)
      if (!ref_.sous_competence(sc, option_).first) {
        report_.at(ptr, "la séquence « " + s.id + " » du plan travaille " + sc + ", qui n’existe pas en option " +
                            std::string(option_name(option_)));
        return false;
      }
    return true;
  }

  // One activity per sous-compétence the sequence works, unless the student
  // already wrote one (theirs wins; the plan's indicateurs are added to it).
  void add_activities(Realisation& r, const Sequence& s, const std::string& ptr) {
    std::vector<const Competence*> judged;  // compétences whose indicateurs are placed already
    for (const std::string& sc : s.sous_competences) {
      const Competence* owner = ref_.sous_competence(sc, option_).first;
      std::vector<std::string> indicateurs;
      if (!contains(judged, owner)) {
        judged.push_back(owner);
        for (const Indicateur& i : owner->indicateurs)
          if (contains(s.indicateurs, i.id)) indicateurs.push_back(i.id);
      }
      auto mine =
          std::find_if(r.activites.begin(), r.activites.end(), [&](const Activite& a) { return a.competence == sc; });
      if (mine == r.activites.end()) {
        r.activites.push_back(Activite{sc, "", std::move(indicateurs), ptr});
        continue;
      }
      for (std::string& i : indicateurs)
        if (!contains(mine->indicateurs, i)) mine->indicateurs.push_back(std::move(i));
    }
  }

  const SequencePlan& plan_;
  const Referentiel& ref_;
  Option option_;
  Reporter& report_;
};

}  // namespace

std::string sequence_label(const Sequence& s) { return s.intitule + " (séquence " + s.id + ")"; }

void merge_sequences(Evidence& ev, const SequencePlan& plan, const Referentiel& ref, Reporter& report) {
  Merger merger(plan, ref, ev.candidat.option, report);
  for (Realisation& r : ev.realisations)
    if (!r.sequences.empty()) merger.merge(r);
}

}  // namespace siofill
