#include "diagnostics/diagnostic.hpp"

namespace siofill {

std::string format(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": ";
  } else if (!d.pointer.empty()) {
    out += ": " + d.pointer + " : ";
  } else {
    out += ": ";
  }
  return out + d.message;
}

}  // namespace siofill
