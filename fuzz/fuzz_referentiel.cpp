// Fuzzes the référentiel loader (--referentiel FILE) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "referentiel/referentiel_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  siofill::Diagnostics diagnostics;
  siofill::Reporter report("fuzz.json", diagnostics);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto ref = siofill::load_referentiel(text, report);
  if (!ref && diagnostics.empty()) __builtin_trap();  // a refusal always says why
  if (ref) {                                          // what the rest of the program asks of a référentiel
    for (const siofill::Bloc& b : ref->blocs)
      for (siofill::Option o : {siofill::Option::SISR, siofill::Option::SLAM}) {
        (void)ref->competences_of(b, o);
        for (const std::string& code : ref->codes_for(o)) {
          (void)ref->competence(code, o);
          (void)ref->sous_competence(code, o);
        }
      }
  }
  for (const siofill::Diagnostic& d : diagnostics) (void)siofill::format(d);
  return 0;
}
