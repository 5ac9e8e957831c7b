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
#include "sequences/sequence_source.hpp"

namespace siofill {

struct EvidenceLimits {
  std::size_t max_file_bytes = 8u << 20;
  std::size_t max_realisations = 500;
  std::size_t max_activites = 500;         // per réalisation
  std::size_t max_documents = 200;         // per réalisation
  std::size_t max_text = 20000;            // characters in one text
  std::size_t max_activites_total = 5000;  // in the whole file (500 x 500 took minutes to fill)
  std::size_t max_indicateurs = 100;       // per activité
  std::size_t max_errors = 200;            // reading stops there: the first ones are what people fix
};

// The sequences a réalisation cites are merged in here, once (sequences/sequence_merge.hpp).
std::optional<Evidence> load_evidence(std::string_view json_text, const std::string& source, const Referentiel& ref,
                                      Diagnostics& diagnostics, const EvidenceLimits& limits = {},
                                      const SequenceSource& sequences = {});

// Reads `path` ("-" for standard input) then load_evidence(); a plan named in
// the file ("fichier_sequences") is read relative to its folder.
std::optional<Evidence> load_evidence_file(const std::string& path, const Referentiel& ref, Diagnostics& diagnostics,
                                           const EvidenceLimits& limits = {}, const SequencePlan* sequences = nullptr);

}  // namespace siofill
