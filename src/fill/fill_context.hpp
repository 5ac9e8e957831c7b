#pragma once
// What every form layout needs about one student, computed once per form.
#include <string>
#include <vector>

#include "coverage/coverage.hpp"
#include "document/filled_form.hpp"
#include "evidence/evidence.hpp"
#include "forms/form_spec.hpp"
#include "forms/template_text.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill::fill {

struct FillContext {
  const forms::FormSpec& spec;
  const Referentiel& ref;
  const Evidence& ev;
  const Bloc* bloc;                              // may be null if the référentiel lacks it
  std::vector<const Competence*> competences;    // columns/rows, in référentiel order
  std::vector<const Realisation*> realisations;  // those concerning the bloc, in evidence order
  forms::Variables vars;                         // candidat.*, bloc.*, form.id

  // Renders a spec text with the base variables plus `extra`.
  std::string text(const std::string& tmpl, const forms::Variables& extra = {}) const;
  std::string label(std::string_view key, const forms::Variables& extra = {}) const;
};

FillContext make_context(const forms::FormSpec& spec, const Referentiel& ref, const Evidence& ev);

forms::Variables competence_vars(const Competence& c);
forms::Variables realisation_vars(const Realisation& r, std::size_t numero);

// Title, subtitle and the identity table every form starts with.
void add_form_header(const FillContext& ctx, std::vector<doc::Block>& blocks);

}  // namespace siofill::fill
