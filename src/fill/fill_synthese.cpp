// The official "tableau de synthèse des réalisations professionnelles": one
// row per réalisation under its rubrique, an X per compétence mobilised, and
// the blank rows of the official table up to each rubrique's capacity.
#include <algorithm>

#include "fill/fill_layouts.hpp"

namespace siofill::fill {
namespace {

constexpr double kBlankRowHeight = 18;  // points: a handwritten line

doc::Row rubrique_row(const std::string& title, int columns) {
  doc::Row row;
  row.keep_with_next = true;
  row.cells.push_back(doc::Cell{{doc::text_item(title, doc::Style::Label)}, columns, true, doc::VAlign::Middle});
  return row;
}

doc::Row realisation_row(const FillContext& ctx, const Realisation& r, std::size_t numero) {
  const forms::Variables rv = realisation_vars(r, numero);
  doc::Cell what;
  doc::Item title = doc::text_item(r.intitule);
  title.spans.front().bold = true;
  what.items.push_back(std::move(title));
  if (!r.documents.empty()) {
    what.items.push_back(doc::text_item(ctx.label("documents", rv), doc::Style::Small));
    for (const std::string& d : r.documents) {
      doc::Item b = doc::bullet_item(d);
      b.style = doc::Style::Small;
      what.items.push_back(std::move(b));
    }
  }
  const std::string period = r.debut || r.fin ? ctx.label("periode", rv) : "";
  doc::Row row;
  row.cells.push_back(std::move(what));
  row.cells.push_back(
      doc::Cell{{doc::text_item(period, doc::Style::Body, doc::Align::Center)}, 1, false, doc::VAlign::Middle});
  const std::vector<bool> marks = realisation_marks(ctx.ref, *ctx.bloc, r, ctx.ev.candidat.option);
  for (bool m : marks)
    row.cells.push_back(doc::Cell{{doc::mark_item(m, ctx.label("marque"))}, 1, false, doc::VAlign::Middle});
  return row;
}

doc::Row blank_row(std::size_t columns) {
  doc::Row row;
  row.min_height = kBlankRowHeight;
  for (std::size_t i = 0; i < columns; ++i) row.cells.push_back(doc::Cell{});
  return row;
}

}  // namespace

doc::Section fill_synthese(const FillContext& ctx) {
  doc::Section section;
  section.orientation = ctx.spec.orientation == forms::PageOrientation::Landscape ? doc::Orientation::Landscape
                                                                                  : doc::Orientation::Portrait;
  section.footer = ctx.text(ctx.spec.pied);
  add_form_header(ctx, section.blocks);
  if (!ctx.bloc) return section;

  const std::size_t n = ctx.competences.size();
  const int columns = static_cast<int>(2 + n);
  doc::Table table;
  table.widths = {ctx.spec.colonnes[0], ctx.spec.colonnes[1]};
  for (std::size_t i = 0; i < n; ++i)
    table.widths.push_back(ctx.spec.colonnes[2] / static_cast<double>(std::max<std::size_t>(n, 1)));

  doc::Row header;
  header.header = true;
  for (const char* key : {"entete_realisation", "entete_periode"})
    header.cells.push_back(doc::Cell{
        {doc::text_item(ctx.label(key), doc::Style::Label, doc::Align::Center)}, 1, true, doc::VAlign::Middle});
  for (const Competence* c : ctx.competences)
    header.cells.push_back(doc::Cell{
        {doc::text_item(ctx.label("entete_competence", competence_vars(*c)), doc::Style::Small, doc::Align::Center)},
        1,
        true,
        doc::VAlign::Middle});
  table.rows.push_back(std::move(header));

  // Numbering follows the rows of the table, rubrique after rubrique.
  std::size_t numero = 0;
  for (const Rubrique& rub : ctx.spec.rubriques) {
    table.rows.push_back(rubrique_row(rub.intitule, columns));
    int used = 0;
    for (const Realisation* r : ctx.realisations) {
      if (r->cadre != rub.cadre) continue;
      table.rows.push_back(realisation_row(ctx, *r, ++numero));
      ++used;
    }
    for (; used < rub.capacite; ++used) table.rows.push_back(blank_row(static_cast<std::size_t>(columns)));
  }
  // Réalisations without a cadre cannot go in a rubrique; they are printed
  // anyway, apart, rather than dropped (check reports them as blocking).
  const bool unplaced = std::any_of(ctx.realisations.begin(), ctx.realisations.end(), [&](const Realisation* r) {
    return std::none_of(ctx.spec.rubriques.begin(), ctx.spec.rubriques.end(),
                        [&](const Rubrique& rub) { return r->cadre == rub.cadre; });
  });
  if (unplaced) {
    table.rows.push_back(rubrique_row(ctx.label("sans_cadre"), columns));
    for (const Realisation* r : ctx.realisations)
      if (std::none_of(ctx.spec.rubriques.begin(), ctx.spec.rubriques.end(),
                       [&](const Rubrique& rub) { return r->cadre == rub.cadre; }))
        table.rows.push_back(realisation_row(ctx, *r, ++numero));
  }
  section.blocks.push_back(std::move(table));
  return section;
}

}  // namespace siofill::fill
