#include "referentiel/session_rules_loader.hpp"

#include <algorithm>
#include <set>

#include "forms/form_aliases.hpp"
#include "forms/form_spec.hpp"
#include "json/json_pointer.hpp"
#include "json/object_view.hpp"
#include "text/did_you_mean.hpp"

namespace siofill {
namespace {

using json::Need;
using json::ObjectView;

const json::TextRules kLabel{false, false, 300};
const json::TextRules kSource{false, true, 2000};

// A session year; null leaves the bound open.
std::optional<int> bound(ObjectView& v, std::string_view key) {
  const nlohmann::json* raw = v.find(key);
  if (!raw) {
    v.report().at(v.pointer(),
                  "champ obligatoire « " + std::string(key) + " » absent (une année, ou null pour ne pas borner)");
    return std::nullopt;
  }
  if (raw->is_null()) return std::nullopt;
  if (auto y = v.integer(key, Need::Required, 1990, 2200)) return static_cast<int>(*y);
  return std::nullopt;
}

SessionRange read_range(const nlohmann::json& j, const std::string& ptr, Reporter& r) {
  SessionRange range;
  ObjectView v(j, ptr, r, "sessions");
  if (!v.ok()) return range;
  v.allow_only({"de", "a"});
  range.de = bound(v, "de");
  range.a = bound(v, "a");
  if (range.de && range.a && *range.de > *range.a)
    r.at(ptr, "sessions de " + std::to_string(*range.de) + " à " + std::to_string(*range.a) +
                  " : « de » doit être au plus « a »");
  return range;
}

bool overlap(const SessionRange& x, const SessionRange& y) {
  const bool x_before_y = x.a && y.de && *x.a < *y.de;
  const bool y_before_x = y.a && x.de && *y.a < *x.de;
  return !x_before_y && !y_before_x;
}

// The options for which bloc `id` exists (bloc 2 exists once per option).
std::set<Option> options_of(const std::vector<Bloc>& blocs, const std::string& id) {
  std::set<Option> out;
  for (const Bloc& b : blocs)
    if (b.id == id) {
      if (b.option)
        out.insert(*b.option);
      else
        out.insert({Option::SISR, Option::SLAM});
    }
  return out;
}

EpreuveRule read_epreuve(const nlohmann::json& j, const std::string& ptr, Reporter& r,
                         const std::set<Option>& options) {
  EpreuveRule e;
  ObjectView v(j, ptr, r, "épreuve");
  if (!v.ok()) return e;
  v.allow_only({"numero", "intitule"});
  e.numero = v.text("numero", Need::Required, json::TextRules{false, false, 20}).value_or("");
  const nlohmann::json* t = v.find("intitule");
  if (t && t->is_object()) {
    // Bloc 2: one title per option ("SISR": …, "SLAM": …).
    ObjectView tv(*t, v.pointer_to("intitule"), r, "intitulé par option");
    tv.allow_only({"SISR", "SLAM"});
    for (Option o : options) {
      const std::string key(option_name(o));
      if (auto s = tv.text(key, Need::Required, kLabel)) e.intitule_par_option[o] = *s;
    }
    for (Option o : {Option::SISR, Option::SLAM})
      if (!options.count(o) && tv.find(option_name(o)))
        r.at(tv.pointer_to(option_name(o)), "ce bloc n’existe pas pour l’option " + std::string(option_name(o)));
  } else if (t && !t->is_string()) {
    r.at(v.pointer_to("intitule"),
         "texte attendu, ou un objet { \"SISR\": …, \"SLAM\": … } quand l’intitulé dépend "
         "de l’option ; reçu " +
             json::describe_value(*t));
  } else {
    e.intitule = v.text("intitule", Need::Required, kLabel).value_or("");
  }
  return e;
}

std::map<std::string, EpreuveRule> read_epreuves(ObjectView& rule, const std::vector<Bloc>& blocs,
                                                 const std::string& range) {
  std::map<std::string, EpreuveRule> out;
  Reporter& r = rule.report();
  const nlohmann::json* obj = rule.object("epreuves", Need::Required);
  if (!obj) return out;
  const std::string ptr = rule.pointer_to("epreuves");
  std::vector<std::string> ids;
  for (const Bloc& b : blocs)
    if (std::find(ids.begin(), ids.end(), b.id) == ids.end()) ids.push_back(b.id);
  for (const auto& [key, value] : obj->items()) {
    const std::string p = json::pointer_append(ptr, key);
    if (std::find(ids.begin(), ids.end(), key) == ids.end()) {
      r.at(p, "bloc « " + key + " » absent du référentiel" + text::suggestion_suffix(key, ids));
      continue;
    }
    out.emplace(key, read_epreuve(value, p, r, options_of(blocs, key)));
  }
  // A bloc without an exam would print an empty number on its forms.
  for (const std::string& id : ids)
    if (!obj->contains(id)) r.at(ptr, "épreuve du bloc " + id + " absente pour les sessions " + range);
  return out;
}

std::map<std::string, std::string> read_annexes(ObjectView& rule) {
  std::map<std::string, std::string> out;
  Reporter& r = rule.report();
  const nlohmann::json* obj = rule.object("annexes", Need::Optional);
  if (!obj) return out;
  ObjectView v(*obj, rule.pointer_to("annexes"), r, "annexes");
  std::vector<std::string> ids;
  for (const forms::FormSpec& f : forms::builtin_forms()) ids.push_back(f.id);
  for (const auto& [key, value] : obj->items()) {
    if (auto current = forms::renamed_form(key)) {
      r.at(v.pointer_to(key), "« " + key + " » est l’ancien nom du formulaire « " + std::string(*current) +
                                  " » : les identifiants ne portent plus le numéro d’épreuve");
      continue;
    }
    if (std::find(ids.begin(), ids.end(), key) == ids.end()) {
      r.at(v.pointer_to(key), "formulaire « " + key + " » inconnu" + text::suggestion_suffix(key, ids));
      continue;
    }
    // An unknown annex number is left out, never written as "": nothing is printed then.
    if (auto s = v.text(key, Need::Required, json::TextRules{false, false, 100})) out.emplace(key, *s);
  }
  return out;
}

}  // namespace

std::vector<SessionRules> read_session_rules(const nlohmann::json& array, const std::string& pointer,
                                             const std::vector<Bloc>& blocs, Reporter& report) {
  std::vector<SessionRules> out;
  if (array.empty()) {
    report.at(pointer, "aucune règle : au moins une plage de sessions est attendue");
    return out;
  }
  std::vector<std::string> pointers;
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string ptr = json::pointer_append(pointer, i);
    ObjectView v(array[i], ptr, report, "règles d’une plage de sessions");
    if (!v.ok()) continue;
    v.allow_only({"sessions", "source", "epreuves", "annexes"});
    SessionRules rules;
    if (const nlohmann::json* s = v.object("sessions", Need::Required))
      rules.sessions = read_range(*s, v.pointer_to("sessions"), report);
    rules.source = v.text("source", Need::Required, kSource).value_or("");
    rules.epreuves = read_epreuves(v, blocs, rules.sessions.label());
    rules.annexes = read_annexes(v);
    for (std::size_t k = 0; k < out.size(); ++k)
      if (overlap(out[k].sessions, rules.sessions))
        report.at(v.pointer_to("sessions"), "sessions « " + rules.sessions.label() + " » : chevauchent celles de " +
                                                pointers[k] + " (« " + out[k].sessions.label() +
                                                " ») ; une session ne suit qu’une règle");
    out.push_back(std::move(rules));
    pointers.push_back(v.pointer_to("sessions"));
  }
  return out;
}

}  // namespace siofill
