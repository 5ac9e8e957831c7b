#include "referentiel/referentiel_loader.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>

#include "embedded/embedded_files.hpp"
#include "json/json_file.hpp"
#include "json/json_parse.hpp"
#include "json/json_pointer.hpp"
#include "json/object_view.hpp"
#include "referentiel/session_rules_loader.hpp"

namespace siofill {
namespace {

using json::Need;
using json::ObjectView;

const json::TextRules kLabel{false, true, 2000};

// Past this many messages reading stops: a file of 2 million empty blocs gave
// 12 million lines and minutes of work; the first ones are what people fix.
constexpr std::size_t kMaxErrors = 200;
bool saturated(const Reporter& r) { return r.count() >= kMaxErrors; }

std::vector<std::string> text_list(ObjectView& v, std::string_view key) {
  std::vector<std::string> out;
  const nlohmann::json* a = v.array(key, Need::Optional);
  if (!a) return out;
  for (std::size_t i = 0; i < a->size() && !saturated(v.report()); ++i)
    if (auto s = json::checked_text((*a)[i], json::pointer_append(v.pointer_to(key), i), v.report(), kLabel))
      out.push_back(*s);
  return out;
}

std::optional<Option> option_field(ObjectView& v) {
  const nlohmann::json* raw = v.find("option");
  if (!raw || raw->is_null()) return std::nullopt;
  if (auto s = v.choice("option", Need::Optional, {"SISR", "SLAM"})) return parse_option(*s);
  return std::nullopt;
}

void expect_id_shape(Reporter& r, const std::string& pointer, const std::string& id, const std::string& prefix) {
  if (id.rfind(prefix, 0) != 0 || id.size() == prefix.size())
    r.at(pointer, "identifiant « " + id + " » mal formé : il doit commencer par « " + prefix + " »");
}

SousCompetence read_sous_competence(const nlohmann::json& j, const std::string& ptr, Reporter& r,
                                    const std::string& parent_id) {
  SousCompetence s;
  ObjectView v(j, ptr, r, "sous-compétence");
  v.allow_only({"id", "intitule", "definition", "objectif", "exemples"});
  s.id = v.text("id", Need::Required, kLabel).value_or("");
  if (!s.id.empty()) expect_id_shape(r, v.pointer_to("id"), s.id, parent_id + ".");
  s.intitule = v.text("intitule", Need::Required, kLabel).value_or("");
  s.definition = v.text("definition", Need::Optional).value_or("");
  s.objectif = v.text("objectif", Need::Optional).value_or("");
  if (const nlohmann::json* e = v.object("exemples", Need::Optional)) {
    ObjectView ex(*e, v.pointer_to("exemples"), r, "exemples");
    ex.allow_only({"stage", "ap", "perso"});
    s.exemples.stage = ex.text("stage", Need::Optional).value_or("");
    s.exemples.ap = ex.text("ap", Need::Optional).value_or("");
    s.exemples.perso = ex.text("perso", Need::Optional).value_or("");
  }
  return s;
}

Competence read_competence(const nlohmann::json& j, const std::string& ptr, Reporter& r, const std::string& bloc_id) {
  Competence c;
  ObjectView v(j, ptr, r, "compétence");
  v.allow_only({"id", "intitule", "option", "sous_competences", "indicateurs", "savoirs"});
  c.id = v.text("id", Need::Required, kLabel).value_or("");
  if (!c.id.empty()) expect_id_shape(r, v.pointer_to("id"), c.id, bloc_id + ".");
  c.intitule = v.text("intitule", Need::Required, kLabel).value_or("");
  c.option = option_field(v);
  if (const nlohmann::json* a = v.array("sous_competences", Need::Required))
    for (std::size_t i = 0; i < a->size() && !saturated(r); ++i)
      c.sous_competences.push_back(
          read_sous_competence((*a)[i], json::pointer_append(v.pointer_to("sous_competences"), i), r, c.id));
  if (const nlohmann::json* a = v.array("indicateurs", Need::Optional)) {
    for (std::size_t i = 0; i < a->size() && !saturated(r); ++i) {
      ObjectView iv((*a)[i], json::pointer_append(v.pointer_to("indicateurs"), i), r, "indicateur");
      iv.allow_only({"id", "texte"});
      Indicateur ind;
      ind.id = iv.text("id", Need::Required, kLabel).value_or("");
      if (!ind.id.empty()) expect_id_shape(r, iv.pointer_to("id"), ind.id, c.id + ".i");
      ind.texte = iv.text("texte", Need::Required, kLabel).value_or("");
      c.indicateurs.push_back(std::move(ind));
    }
  }
  if (const nlohmann::json* s = v.object("savoirs", Need::Optional)) {
    ObjectView sv(*s, v.pointer_to("savoirs"), r, "savoirs");
    sv.allow_only({"technologiques", "economiques_juridiques_manageriaux"});
    c.savoirs.technologiques = text_list(sv, "technologiques");
    c.savoirs.economiques_juridiques_manageriaux = text_list(sv, "economiques_juridiques_manageriaux");
  }
  return c;
}

Bloc read_bloc(const nlohmann::json& j, const std::string& ptr, Reporter& r) {
  Bloc b;
  ObjectView v(j, ptr, r, "bloc");
  v.allow_only({"id", "numero", "intitule", "epreuve", "option", "capacites_transversales", "competences"});
  b.id = v.text("id", Need::Required, kLabel).value_or("");
  b.numero = static_cast<int>(v.integer("numero", Need::Required, 1, 99).value_or(0));
  b.intitule = v.text("intitule", Need::Required, kLabel).value_or("");
  // The exam number used to sit here; it depends on the session now.
  if (v.find("epreuve"))
    r.at(v.pointer_to("epreuve"),
         "le numéro d’épreuve ne se donne plus par bloc : il dépend de la session "
         "(arrêté du 8 juillet 2024) ; indiquez-le dans « regles_sessions » "
         "(voir siofill referentiel --json)");
  b.option = option_field(v);
  if (const nlohmann::json* a = v.array("capacites_transversales", Need::Optional)) {
    for (std::size_t i = 0; i < a->size() && !saturated(r); ++i) {
      ObjectView cv((*a)[i], json::pointer_append(v.pointer_to("capacites_transversales"), i), r,
                    "capacité transversale");
      cv.allow_only({"id", "intitule"});
      CapaciteTransversale t;
      t.id = cv.text("id", Need::Required, kLabel).value_or("");
      if (!t.id.empty()) expect_id_shape(r, cv.pointer_to("id"), t.id, b.id + ".");
      t.intitule = cv.text("intitule", Need::Required, kLabel).value_or("");
      b.capacites_transversales.push_back(std::move(t));
    }
  }
  if (const nlohmann::json* a = v.array("competences", Need::Required))
    for (std::size_t i = 0; i < a->size() && !saturated(r); ++i)
      b.competences.push_back(read_competence((*a)[i], json::pointer_append(v.pointer_to("competences"), i), r, b.id));
  return b;
}

// Every id must name one thing for each option that can see it.
void check_unique_ids(const Referentiel& ref, Reporter& r) {
  for (Option o : {Option::SISR, Option::SLAM}) {
    std::map<std::string, std::string> seen;  // id -> pointer of first use
    auto claim = [&](const std::string& id, const std::string& where) {
      if (id.empty()) return;
      auto [it, fresh] = seen.emplace(id, where);
      if (!fresh && it->second != where)
        r.at(where, "identifiant « " + id + " » déjà utilisé par " + it->second + " (option " +
                        std::string(option_name(o)) + ")");
    };
    for (std::size_t bi = 0; bi < ref.blocs.size(); ++bi) {
      const Bloc& b = ref.blocs[bi];
      if (!b.visible_to(o)) continue;
      const std::string bp = "/blocs/" + std::to_string(bi);
      claim(b.id, bp + "/id");
      for (std::size_t ti = 0; ti < b.capacites_transversales.size(); ++ti)
        claim(b.capacites_transversales[ti].id, bp + "/capacites_transversales/" + std::to_string(ti) + "/id");
      for (std::size_t ci = 0; ci < b.competences.size(); ++ci) {
        const Competence& c = b.competences[ci];
        if (c.option && *c.option != o) continue;
        const std::string cp = bp + "/competences/" + std::to_string(ci);
        claim(c.id, cp + "/id");
        for (std::size_t si = 0; si < c.sous_competences.size(); ++si)
          claim(c.sous_competences[si].id, cp + "/sous_competences/" + std::to_string(si) + "/id");
        for (std::size_t ii = 0; ii < c.indicateurs.size(); ++ii)
          claim(c.indicateurs[ii].id, cp + "/indicateurs/" + std::to_string(ii) + "/id");
      }
    }
  }
}

}  // namespace

std::optional<Referentiel> load_referentiel(std::string_view json_text, Reporter& report) {
  const std::size_t before = report.count();
  std::optional<nlohmann::json> doc = json::parse(json_text, report);
  if (!doc) return std::nullopt;
  Referentiel ref;
  ObjectView root(*doc, "", report, "référentiel");
  root.allow_only({"$schema", "format", "id", "intitule", "blocs", "regles_sessions"});
  if (auto f = root.text("format", Need::Required); f && *f != "siofill-referentiel/1")
    report.at("/format", "format « " + *f + " » non pris en charge ; attendu « siofill-referentiel/1 »");
  ref.id = root.text("id", Need::Required, kLabel).value_or("");
  ref.intitule = root.text("intitule", Need::Required, kLabel).value_or("");
  if (const nlohmann::json* a = root.array("blocs", Need::Required)) {
    if (a->empty()) report.at("/blocs", "aucun bloc : au moins un bloc est attendu");
    for (std::size_t i = 0; i < a->size() && !saturated(report); ++i)
      ref.blocs.push_back(read_bloc((*a)[i], "/blocs/" + std::to_string(i), report));
  }
  if (!saturated(report))
    if (const nlohmann::json* a = root.array("regles_sessions", Need::Required))
      ref.regles = read_session_rules(*a, "/regles_sessions", ref.blocs, report);
  if (saturated(report)) {
    report.at("", "trop d’erreurs : lecture arrêtée après " + std::to_string(kMaxErrors) +
                      " erreurs ; corrigez celles-ci puis relancez");
    return std::nullopt;
  }
  check_unique_ids(ref, report);
  if (report.count() != before) return std::nullopt;
  return ref;
}

std::string_view default_referentiel_json() {
  const auto text = embedded_file("referentiel/bts-sio-2019.json");
  if (!text) throw std::logic_error("embedded référentiel missing from the build");
  return *text;
}

// The built-in référentiel as C++ data: compiled_referentiel.cpp, written at
// build time by siofill_compile_builtins from the same JSON through
// load_referentiel (src/embedded/compile_builtins.cpp). Weak: programs
// built without it (the generator itself) read the JSON here.
[[gnu::weak]] const Referentiel* compiled_builtin_referentiel();

const Referentiel& default_referentiel() {
  if (compiled_builtin_referentiel) return *compiled_builtin_referentiel();
  static const Referentiel ref = [] {
    Diagnostics diagnostics;
    Reporter report("<référentiel intégré>", diagnostics);
    std::optional<Referentiel> loaded = load_referentiel(default_referentiel_json(), report);
    if (!loaded) throw std::logic_error("embedded référentiel is invalid: " + format(diagnostics.front()));
    return std::move(*loaded);
  }();
  return ref;
}

const Referentiel* referentiel_from(const std::string& path, Diagnostics& diagnostics) {
  if (path.empty()) return &default_referentiel();
  // Loaded once per path per process; batch workers share it read-only.
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Referentiel>> cache;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(path); it != cache.end()) return it->second.get();
  Reporter report(path, diagnostics);
  const auto text = json::read_input_file(path, report, json::Limits{}.max_bytes);
  if (!text) return nullptr;
  std::optional<Referentiel> ref = load_referentiel(*text, report);
  if (!ref) return nullptr;
  return cache.emplace(path, std::make_unique<Referentiel>(std::move(*ref))).first->second.get();
}

}  // namespace siofill
