#pragma once
// One function per form layout ("type" of a form spec).
#include "document/filled_form.hpp"
#include "fill/fill_context.hpp"

namespace siofill::fill {

doc::Section fill_grille(const FillContext& ctx);
doc::Section fill_synthese(const FillContext& ctx);
doc::Section fill_fiche(const FillContext& ctx);

}  // namespace siofill::fill
