#include "fill/fill_context.hpp"

#include <algorithm>

namespace siofill::fill {

std::string FillContext::text(const std::string& tmpl, const forms::Variables& extra) const {
  if (extra.empty()) return forms::render(tmpl, vars);
  forms::Variables all = vars;
  for (const auto& [k, v] : extra) all[k] = v;
  return forms::render(tmpl, all);
}

std::string FillContext::label(std::string_view key, const forms::Variables& extra) const {
  return text(spec.libelle(key), extra);
}

FillContext make_context(const forms::FormSpec& spec, const Referentiel& ref, const Evidence& ev) {
  const Option option = ev.candidat.option;
  FillContext ctx{spec, ref, ev, ref.bloc(spec.bloc, option), {}, {}, {}};
  if (ctx.bloc) {
    ctx.competences = ref.competences_of(*ctx.bloc, option);
    for (const Realisation& r : ev.realisations)
      if (realisation_concerns(ref, *ctx.bloc, r, option)) ctx.realisations.push_back(&r);
  }
  const Candidat& c = ev.candidat;
  ctx.vars = {{"candidat.nom", c.nom},
              {"candidat.prenom", c.prenom},
              {"candidat.numero", c.numero},
              {"candidat.option", std::string(option_name(option))},
              {"candidat.session", std::to_string(c.session)},
              {"candidat.centre", c.centre},
              {"candidat.portfolio", c.portfolio},
              {"form.id", spec.id}};
  // The exam numbers and annex labels of the candidate's session (référentiel
  // rules); an annex number nobody knows stays empty and prints nothing.
  const SessionRules* rules = ref.rules_for(c.session);
  if (rules) ctx.vars["form.annexe"] = rules->annexe(spec.id);
  if (ctx.bloc) {
    ctx.vars["bloc.id"] = ctx.bloc->id;
    ctx.vars["bloc.numero"] = std::to_string(ctx.bloc->numero);
    ctx.vars["bloc.intitule"] = ctx.bloc->intitule;
    if (const EpreuveRule* e = rules ? rules->epreuve(ctx.bloc->id) : nullptr) {
      ctx.vars["bloc.epreuve"] = e->numero;
      ctx.vars["bloc.epreuve_intitule"] = e->intitule_for(option);
    }
  }
  return ctx;
}

forms::Variables competence_vars(const Competence& c) {
  return {{"competence.id", c.id}, {"competence.intitule", c.intitule}};
}

forms::Variables realisation_vars(const Realisation& r, std::size_t numero) {
  // A missing date prints as an ellipsis: the form shows there is something to fill in.
  return {{"realisation.id", r.id},
          {"realisation.numero", std::to_string(numero)},
          {"realisation.intitule", r.intitule},
          {"realisation.debut", r.debut ? r.debut->jjmmaa() : "…"},
          {"realisation.fin", r.fin ? r.fin->jjmmaa() : "…"},
          {"realisation.organisation", r.organisation}};
}

void add_form_header(const FillContext& ctx, std::vector<doc::Block>& blocks) {
  blocks.push_back(doc::Heading{ctx.text(ctx.spec.titre), 1, doc::Align::Center});
  if (!ctx.spec.sous_titre.empty())
    blocks.push_back(doc::Heading{ctx.text(ctx.spec.sous_titre), 2, doc::Align::Center});
  if (ctx.spec.identite.empty()) return;
  // Choices ("☒ SISR  ☐ SLAM") get one column each; plain values span them all.
  std::size_t choices = 1;
  for (const auto& f : ctx.spec.identite) choices = std::max(choices, f.cases.size());
  doc::Table table;
  table.widths.push_back(28);
  for (std::size_t i = 0; i < choices; ++i) table.widths.push_back(72.0 / static_cast<double>(choices));
  for (const forms::IdentityField& f : ctx.spec.identite) {
    doc::Row row;
    doc::Cell label{{doc::text_item(f.libelle, doc::Style::Label)}, 1, true, doc::VAlign::Middle};
    row.cells.push_back(std::move(label));
    const std::string value = ctx.text(f.valeur);
    if (f.cases.empty()) {
      row.cells.push_back(doc::Cell{{doc::text_item(value)}, static_cast<int>(choices), false, doc::VAlign::Middle});
    } else {
      for (std::size_t i = 0; i < choices; ++i) {
        doc::Cell cell{{}, 1, false, doc::VAlign::Middle};
        if (i < f.cases.size()) cell.items.push_back(doc::checkbox_item(f.cases[i] == value, f.cases[i]));
        row.cells.push_back(std::move(cell));
      }
    }
    table.rows.push_back(std::move(row));
  }
  blocks.push_back(std::move(table));
}

}  // namespace siofill::fill
