#include "fill/fill_form.hpp"

#include <algorithm>

#include "coverage/exam_rules.hpp"
#include "fill/fill_layouts.hpp"

namespace siofill::fill {

doc::FilledForm fill_form(const forms::FormSpec& spec, const Referentiel& ref, const Evidence& ev) {
  const FillContext ctx = make_context(spec, ref, ev);
  doc::FilledForm form;
  form.form_id = spec.id;
  form.meta.title = ctx.text(spec.doc_titre);
  form.meta.subject = ctx.text(spec.doc_sujet);
  form.meta.author = ev.candidat.nom + " " + ev.candidat.prenom;
  form.meta.keywords = "BTS SIO; session " + std::to_string(ev.candidat.session) + "; " + spec.id + "; n° " +
                       ev.candidat.numero;
  switch (spec.type) {
    case forms::FormType::Grille: form.sections.push_back(fill_grille(ctx)); break;
    case forms::FormType::Synthese: form.sections.push_back(fill_synthese(ctx)); break;
    case forms::FormType::Fiche: form.sections.push_back(fill_fiche(ctx)); break;
  }
  return form;
}

std::vector<const forms::FormSpec*> forms_for_student(const Referentiel& ref, const Evidence& ev) {
  const std::vector<const Bloc*> blocs = blocs_to_check(ref, ev);
  std::vector<const forms::FormSpec*> out;
  for (const forms::FormSpec& f : forms::builtin_forms())
    if (std::any_of(blocs.begin(), blocs.end(), [&](const Bloc* b) { return b->id == f.bloc; })) out.push_back(&f);
  return out;
}

}  // namespace siofill::fill
