#include "real_forms.hpp"

#include <algorithm>
#include <stdexcept>

#include "diagnostics/diagnostic.hpp"
#include "evidence/evidence_loader.hpp"
#include "fill/fill_form.hpp"
#include "forms/form_spec.hpp"
#include "referentiel/referentiel_loader.hpp"

namespace siofill::test_support {
Evidence sample_evidence(const std::string& sample) {
  const std::string path = std::string(SIOFILL_SAMPLES_DIR) + "/" + sample;
  Diagnostics diagnostics;
  std::optional<Evidence> ev = load_evidence_file(path, default_referentiel(), diagnostics);
  if (!ev) throw std::runtime_error("preuves refusées : " + path);
  return std::move(*ev);
}

Evidence grid_evidence() {
  Evidence ev = sample_evidence();
  for (Realisation& r : ev.realisations)
    r.activites.erase(std::remove_if(r.activites.begin(), r.activites.end(),
                                     [](const Activite& a) {
                                       return a.competence.rfind("B1.3", 0) == 0 || a.competence.rfind("B1.6", 0) == 0;
                                     }),
                      r.activites.end());
  return ev;
}

Evidence many_realisations_evidence(int count) {
  Evidence ev = sample_evidence();
  const Realisation first = ev.realisations.front();
  ev.realisations.clear();
  for (int n = 1; n <= count; ++n) {
    Realisation r = first;
    r.id = "R" + std::to_string(n);
    r.intitule = "Réalisation " + std::to_string(n) + " : refonte du site web de groupeCFR";
    ev.realisations.push_back(std::move(r));
  }
  return ev;
}

doc::FilledForm real_form(const std::string& form_id, const Evidence& ev) {
  const forms::FormSpec* spec = forms::find_form(form_id);
  if (!spec) throw std::runtime_error("formulaire inconnu : " + form_id);
  return fill::fill_form(*spec, default_referentiel(), ev);
}

doc::FilledForm real_form(const std::string& form_id, const std::string& sample) {
  return real_form(form_id, sample_evidence(sample));
}

std::vector<std::pair<std::string, doc::FilledForm>> real_forms(const std::string& sample) {
  const Evidence ev = sample_evidence(sample);
  std::vector<std::pair<std::string, doc::FilledForm>> out;
  for (const forms::FormSpec& spec : forms::builtin_forms())
    out.emplace_back(spec.id, fill::fill_form(spec, default_referentiel(), ev));
  return out;
}

std::vector<std::string> real_form_ids() {
  std::vector<std::string> ids;
  for (const forms::FormSpec& spec : forms::builtin_forms()) ids.push_back(spec.id);
  return ids;
}

}  // namespace siofill::test_support
