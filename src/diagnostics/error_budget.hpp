#pragma once
// How many messages a reader gives before it stops. After `max` messages it
// says once where it stopped: thousands of lines help nobody and would take
// minutes to compute. Shared by the evidence and sequences readers.
#include <cstddef>
#include <string>

#include "diagnostics/diagnostic.hpp"

namespace siofill {

class ErrorBudget {
 public:
  ErrorBudget(Reporter& report, std::size_t max) : report_(report), max_(max), first_(report.count()) {}

  // True once the reader should stop; the first time, reports it at `where`.
  bool exhausted(const std::string& where) {
    if (stopped_) return true;
    if (report_.count() - first_ < max_) return false;
    stopped_ = true;
    report_.at(where, "trop d’erreurs : lecture arrêtée ici après " + std::to_string(max_) +
                          " erreurs ; corrigez celles-ci puis relancez");
    return true;
  }

 private:
  Reporter& report_;
  std::size_t max_, first_;
  bool stopped_ = false;
};

}  // namespace siofill
