#pragma once
// Strict reader of "siofill-evidence/1": unknown keys, wrong types, unknown
// codes, impossible dates are all reported at once, each with its JSON pointer,
// what was expected and a did-you-mean where one helps.
#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "evidence/evidence.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill {

struct EvidenceLimits {
  std::size_t max_file_bytes = 8u << 20;
  std::size_t max_realisations = 500;
  std::size_t max_activites = 500;  // per réalisation
  std::size_t max_documents = 200;  // per réalisation
  std::size_t max_text = 20000;     // characters in one text
  std::size_t max_activites_total = 5000;  // in the whole file (500 x 500 took minutes to fill)
  std::size_t max_indicateurs = 100;       // per activité
  std::size_t max_errors = 200;            // reading stops there: the first ones are what people fix
};

std::optional<Evidence> load_evidence(std::string_view json_text, const std::string& source,
                                      const Referentiel& ref, Diagnostics& diagnostics,
                                      const EvidenceLimits& limits = {});

// Reads `path` ("-" for standard input) then load_evidence().
std::optional<Evidence> load_evidence_file(const std::string& path, const Referentiel& ref,
                                           Diagnostics& diagnostics, const EvidenceLimits& limits = {});

}  // namespace siofill
