// Fuzzes the evidence loader (siofill-evidence/1) on arbitrary bytes: it must
// report, never crash, and accept nothing it then cannot describe.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "evidence/evidence_loader.hpp"
#include "referentiel/referentiel_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const siofill::Referentiel& ref = siofill::default_referentiel();
  siofill::Diagnostics diagnostics;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto ev = siofill::load_evidence(text, "fuzz.json", ref, diagnostics);
  // A refusal always says why; an accepted file says nothing.
  if (ev.has_value() == !diagnostics.empty()) __builtin_trap();
  for (const siofill::Diagnostic& d : diagnostics) (void)siofill::format(d);
  return 0;
}
