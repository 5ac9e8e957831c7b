#include "forms/form_spec.hpp"

#include <algorithm>
#include <stdexcept>

#include "embedded/embedded_files.hpp"
#include "forms/template_text.hpp"
#include "json/json_parse.hpp"
#include "json/json_pointer.hpp"
#include "json/object_view.hpp"
#include "text/did_you_mean.hpp"

namespace siofill::forms {
namespace {

using json::Need;
using json::ObjectView;

// The labels each layout prints; a spec lacking one is refused at load time.
const std::vector<std::string>& required_labels(FormType t) {
  static const std::vector<std::string> grille = {"entete_competences", "entete_case", "entete_indicateurs",
                                                  "competence"};
  static const std::vector<std::string> synthese = {
      "entete_realisation", "entete_periode", "entete_competence", "periode", "documents", "marque", "sans_cadre"};
  static const std::vector<std::string> fiche = {
      "numero",         "numero_valeur", "intitule",        "organisation",  "lieu",          "periode",
      "periode_valeur", "cadre",         "cadre_formation", "cadre_stage-1", "cadre_stage-2", "modalite",
      "seul",           "equipe",        "contribution",    "competences",   "competence",    "activites",
      "conditions",     "ressources",    "documents",       "acces",         "non_renseigne", "signet_realisation"};
  switch (t) {
    case FormType::Grille:
      return grille;
    case FormType::Synthese:
      return synthese;
    case FormType::Fiche:
      return fiche;
    case FormType::Dossier:
      break;
  }
  return grille;
}

// Reads a template text and checks that each {name} is one the fill stage knows.
std::string template_text(ObjectView& v, std::string_view key, Need need) {
  std::string s = v.text(key, need, json::TextRules{true, true, 2000}).value_or("");
  if (auto problem = section_problem(s)) v.report().at(v.pointer_to(key), *problem);
  for (const std::string& name : placeholders(s)) {
    const auto& known = known_placeholders();
    if (std::find(known.begin(), known.end(), name) == known.end())
      v.report().at(v.pointer_to(key), "variable « {" + name + "} » inconnue" + text::suggestion_suffix(name, known));
  }
  return s;
}

}  // namespace

const std::string& FormSpec::libelle(std::string_view key) const {
  static const std::string empty;
  const auto it = libelles.find(key);
  return it == libelles.end() ? empty : it->second;
}

std::optional<FormSpec> load_form_spec(std::string_view json_text, Reporter& report) {
  const std::size_t before = report.count();
  std::optional<nlohmann::json> doc = json::parse(json_text, report);
  if (!doc) return std::nullopt;
  FormSpec spec;
  ObjectView root(*doc, "", report, "formulaire");
  const nlohmann::json* type = doc->is_object() ? root.find("type") : nullptr;
  const bool dossier = type && *type == "dossier";
  // A dossier lays out nothing itself: it joins the student's other forms.
  if (dossier)
    root.allow_only({"$schema", "format", "id", "description", "type", "document", "partie"});
  else
    root.allow_only({"$schema", "format", "id", "description", "type", "bloc", "orientation", "document", "titre",
                     "sous_titre", "identite", "colonnes", "libelles", "rubriques", "pied", "signet", "partie"});
  if (auto f = root.text("format", Need::Required); f && *f != "siofill-form/1")
    report.at("/format", "format « " + *f + " » non pris en charge ; attendu « siofill-form/1 »");
  spec.id = root.text("id", Need::Required, json::TextRules{false, false, 60}).value_or("");
  spec.description = root.text("description", Need::Required, json::TextRules{false, false, 300}).value_or("");
  if (auto t = root.choice("type", Need::Required, {"grille", "synthese", "fiche", "dossier"}))
    spec.type = *t == "grille"     ? FormType::Grille
                : *t == "synthese" ? FormType::Synthese
                : *t == "fiche"    ? FormType::Fiche
                                   : FormType::Dossier;
  if (dossier) {
    if (const nlohmann::json* d = root.object("document", Need::Required)) {
      ObjectView dv(*d, "/document", report, "document");
      dv.allow_only({"titre", "sujet"});
      spec.doc_titre = template_text(dv, "titre", Need::Required);
      spec.doc_sujet = template_text(dv, "sujet", Need::Required);
    }
    spec.partie = template_text(root, "partie", Need::Required);  // the name of the whole in footers
    if (report.count() != before) return std::nullopt;
    return spec;
  }
  spec.bloc = root.text("bloc", Need::Required, json::TextRules{false, false, 10}).value_or("");
  if (auto o = root.choice("orientation", Need::Required, {"portrait", "paysage"}))
    spec.orientation = *o == "portrait" ? PageOrientation::Portrait : PageOrientation::Landscape;
  if (const nlohmann::json* d = root.object("document", Need::Required)) {
    ObjectView dv(*d, "/document", report, "document");
    dv.allow_only({"titre", "sujet"});
    spec.doc_titre = template_text(dv, "titre", Need::Required);
    spec.doc_sujet = template_text(dv, "sujet", Need::Required);
  }
  spec.titre = template_text(root, "titre", Need::Required);
  spec.sous_titre = template_text(root, "sous_titre", Need::Optional);
  spec.pied = template_text(root, "pied", Need::Optional);
  spec.signet = template_text(root, "signet", Need::Optional);
  spec.partie = template_text(root, "partie", Need::Optional);
  if (const nlohmann::json* a = root.array("identite", Need::Required)) {
    for (std::size_t i = 0; i < a->size(); ++i) {
      ObjectView fv((*a)[i], json::pointer_append("/identite", i), report, "champ d’identité");
      fv.allow_only({"libelle", "valeur", "cases"});
      IdentityField f;
      f.libelle = fv.text("libelle", Need::Required).value_or("");
      f.valeur = template_text(fv, "valeur", Need::Required);
      if (const nlohmann::json* cases = fv.array("cases", Need::Optional))
        for (std::size_t k = 0; k < cases->size(); ++k)
          if (auto s = json::checked_text((*cases)[k], json::pointer_append(fv.pointer_to("cases"), k), report, {}))
            f.cases.push_back(*s);
      spec.identite.push_back(std::move(f));
    }
  }
  if (const nlohmann::json* a = root.array("colonnes", Need::Required)) {
    for (std::size_t i = 0; i < a->size(); ++i) {
      const nlohmann::json& w = (*a)[i];
      if (!w.is_number() || w.get<double>() <= 0)
        report.at(json::pointer_append("/colonnes", i),
                  "largeur relative positive attendue, reçu " + json::describe_value(w));
      else
        spec.colonnes.push_back(w.get<double>());
    }
  }
  if (const nlohmann::json* l = root.object("libelles", Need::Required)) {
    ObjectView lv(*l, "/libelles", report, "libellés");
    for (const auto& [key, value] : l->items()) spec.libelles[key] = template_text(lv, key, Need::Required);
    for (const std::string& key : required_labels(spec.type))
      if (!spec.libelles.count(key))
        report.at("/libelles", "libellé « " + key + " » manquant pour ce type de formulaire");
  }
  const std::size_t wanted_columns = spec.type == FormType::Fiche ? 2 : 3;
  if (spec.colonnes.size() != wanted_columns)
    report.at("/colonnes",
              std::to_string(wanted_columns) + " largeurs de colonnes attendues pour ce type de formulaire");
  if (const nlohmann::json* a =
          root.array("rubriques", spec.type == FormType::Synthese ? Need::Required : Need::Optional)) {
    for (std::size_t i = 0; i < a->size(); ++i) {
      ObjectView rv((*a)[i], json::pointer_append("/rubriques", i), report, "rubrique");
      rv.allow_only({"cadre", "intitule", "lignes"});
      Rubrique r{Cadre::Formation, "", 0};
      if (auto c = rv.choice("cadre", Need::Required, {"formation", "stage-1", "stage-2"})) r.cadre = *parse_cadre(*c);
      r.intitule = rv.text("intitule", Need::Required).value_or("");
      r.capacite = static_cast<int>(rv.integer("lignes", Need::Required, 1, 100).value_or(1));
      spec.rubriques.push_back(std::move(r));
    }
  }
  if (report.count() != before) return std::nullopt;
  return spec;
}

// The built-in forms as C++ data: compiled_forms.cpp, written at build time by
// siofill_compile_builtins from the same JSON through load_form_spec
// (src/embedded/compile_builtins.cpp). Weak: programs built without it (the
// generator itself) read the JSON here.
[[gnu::weak]] const std::vector<FormSpec>* compiled_builtin_forms();

const std::vector<FormSpec>& builtin_forms() {
  if (compiled_builtin_forms) return *compiled_builtin_forms();
  static const std::vector<FormSpec> forms = [] {
    std::vector<FormSpec> out;
    for (std::string_view name : embedded_files_under("forms/")) {
      Diagnostics diagnostics;
      Reporter report(std::string(name), diagnostics);
      std::optional<FormSpec> spec = load_form_spec(*embedded_file(name), report);
      if (!spec) throw std::logic_error("embedded form is invalid: " + format(diagnostics.front()));
      out.push_back(std::move(*spec));
    }
    std::sort(out.begin(), out.end(), [](const FormSpec& a, const FormSpec& b) { return a.id < b.id; });
    return out;
  }();
  return forms;
}

const FormSpec* find_form(std::string_view id) {
  for (const FormSpec& f : builtin_forms())
    if (f.id == id) return &f;
  return nullptr;
}

int jury_order(const FormSpec& spec) {
  switch (spec.type) {
    case FormType::Grille:
      return 0;
    case FormType::Synthese:
      return 1;
    case FormType::Fiche:
      return 2;
    case FormType::Dossier:
      break;
  }
  return 3;
}

std::vector<Rubrique> synthesis_rubriques(std::string_view bloc_id) {
  for (const FormSpec& f : builtin_forms())
    if (f.type == FormType::Synthese && f.bloc == bloc_id) return f.rubriques;
  return {};
}

}  // namespace siofill::forms
