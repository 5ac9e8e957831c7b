#include "diagnostics/diagnostic.hpp"

#include "text/printable.hpp"

namespace siofill {

std::string format(const Diagnostic& d) {
  // Shown to people: a file name or a quoted value must not drive the terminal.
  std::string out = text::shown_name(d.file);
  if (d.line > 0) {
    out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": ";
  } else if (!d.pointer.empty()) {
    out += ": " + text::printable(d.pointer) + " : ";
  } else {
    out += ": ";
  }
  return out + text::printable(d.message);
}

}  // namespace siofill
