// The "fiche descriptive de réalisation professionnelle": one page per
// réalisation of the bloc, with the compétences it mobilises ticked.
#include "fill/fill_layouts.hpp"

namespace siofill::fill {
namespace {

class FicheBuilder {
 public:
  FicheBuilder(const FillContext& ctx, const Realisation& r, std::size_t numero)
      : ctx_(ctx), r_(r), vars_(realisation_vars(r, numero)) {
    table_.widths = ctx.spec.colonnes;
  }

  doc::Table build() {
    text_row("numero", ctx_.label("numero_valeur", vars_));
    text_row("intitule", r_.intitule);
    choice_row("cadre", {{"cadre_formation", r_.cadre == Cadre::Formation},
                         {"cadre_stage-1", r_.cadre == Cadre::Stage1},
                         {"cadre_stage-2", r_.cadre == Cadre::Stage2}});
    text_row("organisation", r_.organisation);
    text_row("lieu", r_.lieu);
    text_row("periode", r_.debut || r_.fin ? ctx_.label("periode_valeur", vars_) : "");
    choice_row("modalite", {{"seul", r_.modalite == Modalite::Seul}, {"equipe", r_.modalite == Modalite::Equipe}});
    text_row("contribution", r_.contribution);
    competences_row();
    activites_row();
    text_row("conditions", r_.conditions);
    text_row("ressources", r_.ressources);
    list_row("documents", r_.documents);
    text_row("acces", r_.acces_productions);
    return std::move(table_);
  }

 private:
  doc::Cell label_cell(std::string_view key) const {
    return doc::Cell{{doc::text_item(ctx_.label(key, vars_), doc::Style::Label)}, 1, true, doc::VAlign::Top};
  }

  // An empty field says so, so that nobody wonders whether something was lost.
  doc::Item value_item(const std::string& value) const {
    if (!value.empty()) return doc::text_item(value);
    doc::Item i = doc::text_item(ctx_.label("non_renseigne"));
    i.spans.front().italic = true;
    return i;
  }

  void add(std::string_view key, doc::Cell value) {
    doc::Row row;
    row.cells.push_back(label_cell(key));
    row.cells.push_back(std::move(value));
    table_.rows.push_back(std::move(row));
  }

  void text_row(std::string_view key, const std::string& value) { add(key, doc::Cell{{value_item(value)}}); }

  void choice_row(std::string_view key, std::initializer_list<std::pair<const char*, bool>> choices) {
    doc::Cell cell;
    for (const auto& [label, checked] : choices)
      cell.items.push_back(doc::checkbox_item(checked, ctx_.label(label, vars_)));
    add(key, std::move(cell));
  }

  void list_row(std::string_view key, const std::vector<std::string>& values) {
    doc::Cell cell;
    for (const std::string& v : values) cell.items.push_back(doc::bullet_item(v));
    if (values.empty()) cell.items.push_back(value_item(""));
    add(key, std::move(cell));
  }

  void competences_row() {
    const std::vector<bool> marks = realisation_marks(ctx_.ref, *ctx_.bloc, r_, ctx_.ev.candidat.option);
    doc::Cell cell;
    for (std::size_t i = 0; i < ctx_.competences.size(); ++i)
      cell.items.push_back(
          doc::checkbox_item(marks[i], ctx_.label("competence", competence_vars(*ctx_.competences[i]))));
    add("competences", std::move(cell));
  }

  void activites_row() {
    doc::Cell cell;
    for (const Activite& a : r_.activites) {
      const ResolvedCode code = resolve_code(ctx_.ref, a.competence, ctx_.ev.candidat.option);
      // Only the activities of this form's bloc; the others belong on another fiche.
      if (!code.competence || ctx_.ref.bloc_of(*code.competence) != ctx_.bloc) continue;
      doc::Item item = doc::bullet_item("");
      item.spans = {doc::Span{a.competence + " ", true, false}};
      item.spans.push_back(doc::Span{
          a.description.empty() ? (code.sous_competence ? code.sous_competence->intitule : code.competence->intitule)
                                : a.description,
          false, false});
      cell.items.push_back(std::move(item));
    }
    if (cell.items.empty()) cell.items.push_back(value_item(""));
    add("activites", std::move(cell));
  }

  const FillContext& ctx_;
  const Realisation& r_;
  forms::Variables vars_;
  doc::Table table_;
};

}  // namespace

doc::Section fill_fiche(const FillContext& ctx) {
  doc::Section section;
  section.orientation = ctx.spec.orientation == forms::PageOrientation::Landscape ? doc::Orientation::Landscape
                                                                                  : doc::Orientation::Portrait;
  section.footer = ctx.text(ctx.spec.pied);
  if (!ctx.bloc || ctx.realisations.empty()) {
    add_form_header(ctx, section.blocks);
    section.blocks.push_back(doc::text_item(ctx.label("non_renseigne")));
    return section;
  }
  std::size_t numero = 0;
  for (const Realisation* r : ctx.realisations) {
    if (numero > 0) section.blocks.emplace_back(std::in_place_type<doc::PageBreak>);
    // A bookmark per réalisation: the jury goes straight to its fiche.
    section.bookmarks.push_back(
        doc::Bookmark{ctx.label("signet_realisation", realisation_vars(*r, numero + 1)), 2, section.blocks.size()});
    add_form_header(ctx, section.blocks);
    section.blocks.push_back(FicheBuilder(ctx, *r, ++numero).build());
  }
  return section;
}

}  // namespace siofill::fill
