#pragma once
// Reads a référentiel file (format "siofill-referentiel/1") and checks it:
// ids unique for each option, every id shaped after its parent, no empty text.
#include <optional>
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "referentiel/referentiel.hpp"

namespace siofill {

std::optional<Referentiel> load_referentiel(std::string_view json_text, Reporter& report);

// The référentiel compiled into the binary (referentiel/bts-sio-2019.json).
const Referentiel& default_referentiel();
// Its JSON text, as embedded.
std::string_view default_referentiel_json();

// Loads --referentiel FILE, or the embedded one when `path` is empty.
// Returns nullptr and reports on failure; the result lives as long as the process.
const Referentiel* referentiel_from(const std::string& path, Diagnostics& diagnostics);

}  // namespace siofill
