// Fuzzes the class roster CSV reader (batch DIR|roster.csv) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "batch/roster_reader.hpp"
#include "text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  siofill::Diagnostics diagnostics;
  siofill::Reporter report("fuzz.csv", diagnostics);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto rows = siofill::batch::read_roster(text, "classe", report);
  // What reaches the rest of the program is valid UTF-8 without NUL bytes.
  for (const siofill::batch::RosterRow& r : rows)
    for (const std::string* s : {&r.numero, &r.nom, &r.prenom, &r.option, &r.evidence})
      if (!siofill::text::is_valid_utf8(*s) || s->find('\0') != std::string::npos) __builtin_trap();
  for (const siofill::Diagnostic& d : diagnostics) (void)siofill::format(d);
  return 0;
}
