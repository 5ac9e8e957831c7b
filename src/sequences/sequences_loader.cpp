#include "sequences/sequences_loader.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "diagnostics/error_budget.hpp"
#include "json/bounded_array.hpp"
#include "json/format_field.hpp"
#include "json/json_file.hpp"
#include "json/json_parse.hpp"
#include "json/json_pointer.hpp"
#include "json/object_view.hpp"
#include "sequences/duration.hpp"
#include "text/did_you_mean.hpp"

namespace siofill {
namespace {

using json::Need;
using json::ObjectView;
using json::TextRules;
using Json = nlohmann::json;

constexpr std::string_view kFormat = "siofill-sequences/1";

// Ids are cited by students ("sequences": ["1.1-A1"]): letters, digits, '.', '-', '_'.
bool valid_id(const std::string& id) {
  for (char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_')) return false;
  return !id.empty();
}

class SequencesReader {
 public:
  SequencesReader(const Referentiel& ref, Reporter& report, const SequenceLimits& limits)
      : ref_(ref), report_(report), limits_(limits), budget_(report, limits.max_errors) {}

  SequencePlan read(const Json& doc) {
    SequencePlan plan;
    ObjectView root(doc, "", report_, "fichier de séquences");
    root.allow_only({"$schema", "format", "bloc", "option", "intitule", "sequences"});
    json::check_format_field(root, kFormat, report_);
    if (auto o = root.choice("option", Need::Optional, {"SISR", "SLAM"})) plan.option = parse_option(*o);
    plan.intitule = root.text("intitule", Need::Optional, line(true, 500)).value_or("");
    if (auto b = root.text("bloc", Need::Required, line(false, 20))) {
      plan.bloc = *b;
      bloc_ = find_bloc(*b, plan.option);
    }
    if (const Json* a = root.array("sequences", Need::Required);
        a && json::within_limit(*a, "/sequences", limits_.max_sequences, "de séquences", report_))
      json::for_each_element(*a, "/sequences", budget_, [&](const Json& j, const std::string& ptr) {
        plan.sequences.push_back(read_sequence(j, ptr));
      });
    check_unique_ids(plan);
    return plan;
  }

 private:
  TextRules line(bool allow_empty, std::size_t max) const { return TextRules{allow_empty, false, max}; }

  // Bloc 2 exists once per option: without one the file cannot say which.
  const Bloc* find_bloc(const std::string& id, std::optional<Option> option) {
    const Bloc* sisr = ref_.bloc(id, option.value_or(Option::SISR));
    const Bloc* slam = ref_.bloc(id, option.value_or(Option::SLAM));
    if (sisr && (option || sisr == slam)) {
      option_ = option.value_or(Option::SISR);
      return sisr;
    }
    if (sisr || slam) {
      report_.at("/bloc", "le bloc « " + id + " » dépend de l’option : ajoutez \"option\": \"SISR\" ou \"SLAM\"");
      return nullptr;
    }
    std::vector<std::string> ids;
    for (const Bloc& b : ref_.blocs)
      if (ids.empty() || ids.back() != b.id) ids.push_back(b.id);
    std::string list;
    for (const std::string& b : ids) list += (list.empty() ? "" : ", ") + b;
    report_.at("/bloc",
               "bloc « " + id + " » inconnu (blocs du référentiel : " + list + ")" + text::suggestion_suffix(id, ids));
    return nullptr;
  }

  std::vector<std::string> read_lines(ObjectView& v, std::string_view key, Need need) {
    std::vector<std::string> out;
    const Json* a = v.array(key, need);
    if (!a) return out;
    const std::string ptr = v.pointer_to(key);
    if (a->size() > limits_.max_items) {
      report_.at(ptr, "liste trop longue (" + std::to_string(a->size()) + " lignes ; au plus " +
                          std::to_string(limits_.max_items) + ")");
      return out;
    }
    for (std::size_t i = 0; i < a->size(); ++i)
      if (auto s = json::checked_text((*a)[i], json::pointer_append(ptr, i), report_, line(false, limits_.max_text)))
        out.push_back(*s);
    return out;
  }

  std::optional<int> read_duration(ObjectView& v, std::string& as_written) {
    const Json* d = v.find("duree");
    if (!v.ok()) return std::nullopt;
    if (!d) {
      report_.at(v.pointer(), "champ obligatoire « duree » absent (attendu : une durée comme " +
                                  std::string(kDurationExamples) + ")");
      return std::nullopt;
    }
    if (d->is_string()) {
      as_written = d->get<std::string>();
      if (auto m = parse_duration(as_written)) return m;
    }
    std::string hint;
    if (d->is_number()) hint = " (écrivez l’unité : \"" + d->dump() + "h\")";
    report_.at(v.pointer_to("duree"), "durée attendue comme " + std::string(kDurationExamples) +
                                          " (non nulle, au plus 1000 heures), reçu " + json::describe_value(*d) + hint);
    return std::nullopt;
  }

  Sequence read_sequence(const Json& j, const std::string& ptr) {
    Sequence s;
    s.pointer = ptr;
    ObjectView v(j, ptr, report_, "séquence");
    v.allow_only({"id", "intitule", "semestre", "duree", "contexte", "sous_competences", "indicateurs", "savoirs",
                  "prerequis", "seances"});
    s.id = v.text("id", Need::Required, line(false, 40)).value_or("");
    if (!s.id.empty() && !valid_id(s.id)) {
      report_.at(v.pointer_to("id"), "identifiant de séquence « " + s.id +
                                         " » invalide : lettres, chiffres, « . », « - » ou « _ » seulement, sans "
                                         "espace (par exemple \"1.1-A1\")");
      s.id.clear();
    }
    s.intitule = v.text("intitule", Need::Required, line(false, 1000)).value_or("");
    s.semestre = static_cast<int>(v.integer("semestre", Need::Required, 1, 4).value_or(0));
    s.minutes = read_duration(v, s.duree).value_or(0);
    s.contexte = read_lines(v, "contexte", Need::Optional);
    read_sous_competences(v, s);
    read_indicateurs(v, s);
    if (const Json* o = v.object("savoirs", Need::Optional)) {
      ObjectView sv(*o, v.pointer_to("savoirs"), report_, "savoirs");
      sv.allow_only({"technologiques", "economiques_juridiques_manageriaux"});
      s.savoirs.technologiques = read_lines(sv, "technologiques", Need::Optional);
      s.savoirs.economiques_juridiques_manageriaux =
          read_lines(sv, "economiques_juridiques_manageriaux", Need::Optional);
    }
    s.prerequis = read_lines(v, "prerequis", Need::Optional);
    if (const Json* a = v.array("seances", Need::Optional)) {
      const std::string sp = v.pointer_to("seances");
      if (json::within_limit(*a, sp, limits_.max_seances, "de séances", report_))
        json::for_each_element(
            *a, sp, budget_, [&](const Json& j, const std::string& ptr) { s.seances.push_back(read_seance(j, ptr)); });
      check_total_duration(s, sp);
    }
    return s;
  }

  // The séances make up the sequence: their durations must add up to it.
  void check_total_duration(const Sequence& s, const std::string& seances_ptr) {
    if (!s.minutes || s.seances.empty()) return;
    int total = 0;
    for (const Seance& se : s.seances) {
      if (!se.minutes) return;  // already reported
      total += se.minutes;
    }
    if (total != s.minutes)
      report_.at(s.pointer + "/duree", "durée de la séquence (" + s.duree + ") différente de la somme de ses " +
                                           std::to_string(s.seances.size()) + " séances (" + format_duration(total) +
                                           ", voir " + seances_ptr + ")");
  }

  Seance read_seance(const Json& j, const std::string& ptr) {
    Seance se;
    ObjectView v(j, ptr, report_, "séance");
    v.allow_only({"duree", "taches", "ressources", "resultats"});
    se.minutes = read_duration(v, se.duree).value_or(0);
    se.taches = read_lines(v, "taches", Need::Optional);
    se.ressources = read_lines(v, "ressources", Need::Optional);
    se.resultats = read_lines(v, "resultats", Need::Optional);
    return se;
  }

  // The sous-compétences of the plan's bloc, for messages and did-you-mean.
  std::vector<std::string> bloc_sous_ids() const {
    std::vector<std::string> ids;
    if (!bloc_) return ids;
    for (const Competence* c : ref_.competences_of(*bloc_, option_))
      for (const SousCompetence& sc : c->sous_competences) ids.push_back(sc.id);
    return ids;
  }

  void read_sous_competences(ObjectView& v, Sequence& s) {
    const Json* a = v.array("sous_competences", Need::Required);
    if (!a) return;
    const std::string ptr = v.pointer_to("sous_competences");
    if (a->empty()) {
      report_.at(ptr, "liste vide : une séquence travaille au moins une sous-compétence (par exemple \"B1.1.1\")");
      return;
    }
    if (a->size() > limits_.max_items) {
      report_.at(ptr, "liste trop longue (" + std::to_string(a->size()) + " ; au plus " +
                          std::to_string(limits_.max_items) + ")");
      return;
    }
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string ip = json::pointer_append(ptr, i);
      auto id = json::checked_text((*a)[i], ip, report_, line(false, 40));
      if (!id || !bloc_) continue;
      if (check_sous_competence(*id, ip)) {
        if (std::find(s.sous_competences.begin(), s.sous_competences.end(), *id) != s.sous_competences.end())
          report_.at(ip, "sous-compétence « " + *id + " » déjà citée dans cette séquence");
        else
          s.sous_competences.push_back(*id);
      }
    }
  }

  bool check_sous_competence(const std::string& id, const std::string& ptr) {
    auto [owner, sc] = ref_.sous_competence(id, option_);
    if (sc && ref_.bloc_of(*owner) == bloc_) return true;
    if (sc) {
      report_.at(ptr, "la sous-compétence « " + id + " » appartient au bloc " + ref_.bloc_of(*owner)->id +
                          ", pas au bloc " + bloc_->id + " de ce plan");
      return false;
    }
    if (const Competence* c = ref_.competence(id, option_); c && !c->sous_competences.empty()) {
      report_.at(ptr, "« " + id + " » est une compétence : citez ses sous-compétences (" +
                          c->sous_competences.front().id + " à " + c->sous_competences.back().id + ")");
      return false;
    }
    const std::vector<std::string> ids = bloc_sous_ids();
    report_.at(ptr, "sous-compétence « " + id + " » inconnue dans le bloc " + bloc_->id +
                        (ids.empty() ? "" : " (" + ids.front() + " à " + ids.back() + ")") +
                        text::suggestion_suffix(id, ids));
    return false;
  }

  // An indicateur judges a compétence: it must belong to one whose
  // sous-compétences the sequence works.
  void read_indicateurs(ObjectView& v, Sequence& s) {
    const Json* a = v.array("indicateurs", Need::Optional);
    if (!a) return;
    const std::string ptr = v.pointer_to("indicateurs");
    if (a->size() > limits_.max_items) {
      report_.at(ptr, "liste trop longue (" + std::to_string(a->size()) + " ; au plus " +
                          std::to_string(limits_.max_items) + ")");
      return;
    }
    std::set<const Competence*> worked;
    for (const std::string& id : s.sous_competences) worked.insert(ref_.sous_competence(id, option_).first);
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string ip = json::pointer_append(ptr, i);
      auto id = json::checked_text((*a)[i], ip, report_, line(false, 40));
      if (!id || !bloc_) continue;
      const Competence* owner = nullptr;
      std::vector<std::string> all;
      for (const Competence* c : ref_.competences_of(*bloc_, option_))
        for (const Indicateur& ind : c->indicateurs) {
          all.push_back(ind.id);
          if (ind.id == *id) owner = c;
        }
      if (!owner) {
        report_.at(ip, "indicateur « " + *id + " » inconnu dans le bloc " + bloc_->id +
                           (all.empty() ? "" : " (" + all.front() + " à " + all.back() + ")") +
                           text::suggestion_suffix(*id, all));
      } else if (!worked.empty() && !worked.count(owner)) {
        std::string list;
        for (const std::string& sc : s.sous_competences) list += (list.empty() ? "" : ", ") + sc;
        report_.at(ip, "l’indicateur « " + *id + " » juge la compétence " + owner->id +
                           ", que cette séquence ne travaille pas (sous-compétences citées : " + list + ")");
      } else if (std::find(s.indicateurs.begin(), s.indicateurs.end(), *id) != s.indicateurs.end()) {
        report_.at(ip, "indicateur « " + *id + " » déjà cité dans cette séquence");
      } else {
        s.indicateurs.push_back(*id);
      }
    }
  }

  void check_unique_ids(const SequencePlan& plan) {
    std::map<std::string, std::string> seen;
    for (const Sequence& s : plan.sequences) {
      if (s.id.empty()) continue;
      auto [it, fresh] = seen.emplace(s.id, s.pointer);
      if (!fresh)
        report_.at(s.pointer + "/id", "identifiant de séquence « " + s.id + " » déjà utilisé par " + it->second +
                                          " : chaque séquence doit avoir son propre id");
    }
  }

  const Referentiel& ref_;
  Reporter& report_;
  const SequenceLimits& limits_;
  const Bloc* bloc_ = nullptr;
  Option option_ = Option::SISR;
  ErrorBudget budget_;
};

}  // namespace

std::optional<SequencePlan> load_sequences(std::string_view json_text, const std::string& source,
                                           const Referentiel& ref, Diagnostics& diagnostics,
                                           const SequenceLimits& limits) {
  Reporter report(source, diagnostics);
  const std::size_t before = report.count();
  json::Limits json_limits;
  json_limits.max_bytes = limits.max_file_bytes;
  std::optional<nlohmann::json> doc = json::parse(json_text, report, json_limits);
  if (!doc) return std::nullopt;
  SequencesReader reader(ref, report, limits);
  SequencePlan plan = reader.read(*doc);
  if (report.count() != before) return std::nullopt;
  plan.source = source;
  return plan;
}

std::optional<SequencePlan> load_sequences_file(const std::string& path, const Referentiel& ref,
                                                Diagnostics& diagnostics, const SequenceLimits& limits) {
  Reporter report(path, diagnostics);
  const auto text = json::read_input_file(path, report, limits.max_file_bytes);
  if (!text) return std::nullopt;
  return load_sequences(*text, path, ref, diagnostics, limits);
}

}  // namespace siofill
