#include "coverage/student_status.hpp"

#include <algorithm>

namespace siofill {

Status status_of(const std::vector<Finding>& findings) {
  if (std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.blocking; }))
    return Status::Blocked;
  return findings.empty() ? Status::Ready : Status::Warning;
}

std::string_view status_name(Status s) {
  switch (s) {
    case Status::Ready:
      return "ready";
    case Status::Warning:
      return "warning";
    case Status::Blocked:
      return "blocked";
    case Status::Error:
      return "error";
  }
  return "error";
}

std::string_view status_label(Status s) {
  switch (s) {
    case Status::Ready:
      return "prêt";
    case Status::Warning:
      return "avertissements";
    case Status::Blocked:
      return "bloqué";
    case Status::Error:
      return "erreur";
  }
  return "erreur";
}

std::string_view status_phrase(Status s) {
  switch (s) {
    case Status::Ready:
      return "prêt";
    case Status::Warning:
      return "prêt avec avertissements";
    case Status::Blocked:
      return "bloqué";
    case Status::Error:
      return "en erreur";
  }
  return "en erreur";
}

}  // namespace siofill
