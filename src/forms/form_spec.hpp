#pragma once
// A form described as data (forms/*.json, format "siofill-form/1"). Three
// layouts exist — the compétence grid, the synthesis table, the per-réalisation
// fiche — and every word they print comes from the spec.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coverage/exam_rules.hpp"
#include "diagnostics/diagnostic.hpp"

namespace siofill::forms {

// Dossier: all of a student's forms in one document (no layout of its own).
enum class FormType { Grille, Synthese, Fiche, Dossier };
enum class PageOrientation { Portrait, Landscape };

struct IdentityField {
  std::string libelle;
  std::string valeur;              // template
  std::vector<std::string> cases;  // when set: one checkbox per choice, ticked if equal to valeur
  bool operator==(const IdentityField&) const = default;
};

struct FormSpec {
  std::string id;
  std::string description;
  FormType type = FormType::Grille;
  std::string bloc;  // "B1", "B2" (bloc 2 of the candidate's option)
  PageOrientation orientation = PageOrientation::Portrait;
  std::string doc_titre, doc_sujet;  // document properties (templates)
  std::string titre, sous_titre, pied;
  std::string signet;  // bookmark title of the form (template); the subtitle or title when absent
  std::string partie;  // its short name inside a dossier ("grille"): page numbers, sheet name
  std::vector<IdentityField> identite;
  std::vector<double> colonnes;  // relative widths
  std::map<std::string, std::string, std::less<>> libelles;
  std::vector<Rubrique> rubriques;  // synthese only

  // The label `key`; load_form_spec guarantees every key a type needs is there.
  const std::string& libelle(std::string_view key) const;
  bool operator==(const FormSpec&) const = default;
};

std::optional<FormSpec> load_form_spec(std::string_view json_text, Reporter& report);

// The forms compiled into the binary, sorted by id. Invalid embedded specs are
// a build defect: the test suite loads every one.
const std::vector<FormSpec>& builtin_forms();
const FormSpec* find_form(std::string_view id);

// The rubriques of the synthesis table of `bloc_id`, for the exam rules.
std::vector<Rubrique> synthesis_rubriques(std::string_view bloc_id);

// Where a form goes in a dossier, in the order a jury reads them: the grid,
// the synthesis tables (by bloc), then the fiches.
int jury_order(const FormSpec& spec);

}  // namespace siofill::forms
