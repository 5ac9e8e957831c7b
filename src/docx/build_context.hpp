#pragma once
// State shared by the builders of one package: the XML document owning every
// element and the next content-control id (a counter, never random, so the
// same form gives the same bytes).
#include "docx/text_runs.hpp"
#include "docx/wordml.hpp"

namespace siofill::docx {

struct BuildContext {
  XMLDocument& xml;
  int next_sdt_id = 1;
};

}  // namespace siofill::docx
