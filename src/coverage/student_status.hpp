#pragma once
// A student's status and the findings it comes from: one enum for check,
// fill, batch and the web API, and the only place it becomes text.
#include <string>
#include <string_view>
#include <vector>

namespace siofill {

enum class Status {
  Ready,    // every rule holds
  Warning,  // ready, with findings to read
  Blocked,  // a rule of the exam fails: the forms are written for review only
  Error,    // the evidence could not be read, or a file could not be written
};

struct Finding {
  bool blocking = false;
  std::string code;     // stable, for scripts: "competence-non-mobilisee", ...
  std::string pointer;  // into the evidence file, may be empty
  std::string message;  // French
};

// Blocked when a finding blocks, warning when there are findings, else ready.
Status status_of(const std::vector<Finding>& findings);

// "ready", "warning", "blocked", "error": rapport.json, --json outputs, the
// web API (X-Siofill-Status) and the totals' keys.
std::string_view status_name(Status s);
// French, short: a cell of the class workbook, a line of the batch summary
// ("prêt", "avertissements", "bloqué", "erreur").
std::string_view status_label(Status s);
// French, in a sentence: `siofill check` ("prêt avec avertissements").
std::string_view status_phrase(Status s);

}  // namespace siofill
