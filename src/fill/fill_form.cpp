#include "fill/fill_form.hpp"

#include <algorithm>

#include "coverage/exam_rules.hpp"
#include "document/normalize_form.hpp"
#include "fill/fill_layouts.hpp"

namespace siofill::fill {
namespace {

doc::Metadata metadata(const forms::FormSpec& spec, const FillContext& ctx, const Evidence& ev) {
  doc::Metadata meta;
  meta.title = ctx.text(spec.doc_titre);
  meta.subject = ctx.text(spec.doc_sujet);
  meta.author = ev.candidat.nom + " " + ev.candidat.prenom;
  meta.keywords =
      "BTS SIO; session " + std::to_string(ev.candidat.session) + "; " + spec.id + "; n° " + ev.candidat.numero;
  return meta;
}

doc::FilledForm fill_one(const forms::FormSpec& spec, const Referentiel& ref, const Evidence& ev);

// All of the student's forms in one document, in the order a jury reads them.
// Each form keeps its sections; they are marked as one part of the whole
// (page numbers per form and for the dossier, one sheet per form).
doc::FilledForm fill_dossier(const forms::FormSpec& spec, const Referentiel& ref, const Evidence& ev) {
  const FillContext ctx = make_context(spec, ref, ev);
  doc::FilledForm dossier;
  dossier.form_id = spec.id;
  dossier.meta = metadata(spec, ctx, ev);
  dossier.whole_part = ctx.text(spec.partie);
  std::vector<const forms::FormSpec*> parts = forms_for_student(ref, ev);
  std::stable_sort(parts.begin(), parts.end(), [](const forms::FormSpec* a, const forms::FormSpec* b) {
    return forms::jury_order(*a) < forms::jury_order(*b);
  });
  for (const forms::FormSpec* part : parts) {
    doc::FilledForm form = fill_one(*part, ref, ev);
    const std::string name = make_context(*part, ref, ev).text(part->partie.empty() ? part->id : part->partie);
    for (doc::Section& s : form.sections) {
      s.part = name;
      dossier.sections.push_back(std::move(s));
    }
  }
  return dossier;
}

// One form, as filled, before normalize_form.
doc::FilledForm fill_one(const forms::FormSpec& spec, const Referentiel& ref, const Evidence& ev) {
  if (spec.type == forms::FormType::Dossier) return fill_dossier(spec, ref, ev);
  const FillContext ctx = make_context(spec, ref, ev);
  doc::FilledForm form;
  form.form_id = spec.id;
  form.meta = metadata(spec, ctx, ev);
  switch (spec.type) {
    case forms::FormType::Grille:
      form.sections.push_back(fill_grille(ctx));
      break;
    case forms::FormType::Synthese:
      form.sections.push_back(fill_synthese(ctx));
      break;
    case forms::FormType::Fiche:
      form.sections.push_back(fill_fiche(ctx));
      break;
    case forms::FormType::Dossier:
      break;
  }
  // The form's own bookmark opens its first page, before those of its parts (réalisations).
  const std::string& title = !spec.signet.empty()       ? spec.signet
                             : !spec.sous_titre.empty() ? spec.sous_titre
                                                        : spec.titre;
  if (!form.sections.empty()) {
    auto& marks = form.sections.front().bookmarks;
    marks.insert(marks.begin(), doc::Bookmark{ctx.text(title), 1, 0});
  }
  return form;
}

}  // namespace

doc::FilledForm fill_form(const forms::FormSpec& spec, const Referentiel& ref, const Evidence& ev) {
  // The one pass that settles grids and text for every writer, whoever asked
  // for the form (fill, batch, the web server).
  doc::FilledForm form = fill_one(spec, ref, ev);
  doc::normalize_form(form);
  return form;
}

std::vector<const forms::FormSpec*> forms_for_student(const Referentiel& ref, const Evidence& ev) {
  const std::vector<const Bloc*> blocs = blocs_to_check(ref, ev);
  std::vector<const forms::FormSpec*> out;
  for (const forms::FormSpec& f : forms::builtin_forms())
    if (f.type != forms::FormType::Dossier &&
        std::any_of(blocs.begin(), blocs.end(), [&](const Bloc* b) { return b->id == f.bloc; }))
      out.push_back(&f);
  return out;
}

}  // namespace siofill::fill
