// The compétence grid of seed 002: the transversal capacity row, then one row
// per compétence with its sous-compétences, its box and its indicators.
#include "fill/fill_layouts.hpp"

namespace siofill::fill {

doc::Section fill_grille(const FillContext& ctx) {
  doc::Section section;
  section.orientation = doc::Orientation::Portrait;
  section.footer = ctx.text(ctx.spec.pied);
  add_form_header(ctx, section.blocks);

  const BlocCoverage cov = ctx.bloc ? compute_coverage(ctx.ref, *ctx.bloc, ctx.ev) : BlocCoverage{};
  doc::Table table;
  table.widths = ctx.spec.colonnes;
  doc::Row header;
  header.header = true;
  for (const char* key : {"entete_competences", "entete_case", "entete_indicateurs"})
    header.cells.push_back(doc::Cell{
        {doc::text_item(ctx.label(key), doc::Style::Label, doc::Align::Center)}, 1, true, doc::VAlign::Middle});
  table.rows.push_back(std::move(header));

  if (ctx.bloc)
    for (const CapaciteTransversale& t : ctx.bloc->capacites_transversales) {
      doc::Row row;
      row.cells.push_back(doc::Cell{{doc::text_item(t.intitule)}, 1, false, doc::VAlign::Middle});
      row.cells.push_back(
          doc::Cell{{doc::checkbox_item(cov.transversal, {}, doc::Align::Center)}, 1, false, doc::VAlign::Middle});
      row.cells.push_back(doc::Cell{});
      table.rows.push_back(std::move(row));
    }

  for (const CompetenceCoverage& cc : cov.competences) {
    const Competence& c = *cc.competence;
    doc::Cell what{
        {doc::text_item(ctx.label("competence", competence_vars(c)), doc::Style::Label)}, 1, false, doc::VAlign::Top};
    for (const SousCompetence& s : c.sous_competences) what.items.push_back(doc::bullet_item(s.intitule));
    doc::Cell box{{doc::checkbox_item(cc.covered(), {}, doc::Align::Center)}, 1, false, doc::VAlign::Middle};
    doc::Cell indicators;
    for (const Indicateur& i : c.indicateurs) indicators.items.push_back(doc::text_item(i.texte));
    doc::Row row;
    row.cells = {std::move(what), std::move(box), std::move(indicators)};
    table.rows.push_back(std::move(row));
  }
  section.blocks.push_back(std::move(table));
  return section;
}

}  // namespace siofill::fill
