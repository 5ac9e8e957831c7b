#include "reports/check_json.hpp"

namespace siofill {

nlohmann::json diagnostics_json(const Diagnostics& diagnostics) {
  nlohmann::json out = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) {
    nlohmann::json e = {{"file", d.file}, {"message", d.message}};
    if (!d.pointer.empty()) e["pointer"] = d.pointer;
    if (d.line > 0) {
      e["line"] = d.line;
      e["column"] = d.column;
    }
    out.push_back(std::move(e));
  }
  return out;
}

nlohmann::ordered_json check_entry_json(const std::string& file, const Evidence& ev, const CheckResult& result) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& f : result.findings)
    findings.push_back({{"severity", f.blocking ? "blocking" : "warning"},
                        {"code", f.code},
                        {"pointer", f.pointer},
                        {"message", f.message}});
  return {{"file", file},
          {"status", status_name(result.status)},
          {"candidat", nlohmann::ordered_json{{"nom", ev.candidat.nom},
                                              {"prenom", ev.candidat.prenom},
                                              {"numero", ev.candidat.numero},
                                              {"option", option_name(ev.candidat.option)}}},
          {"findings", std::move(findings)}};
}

nlohmann::ordered_json check_error_entry_json(const std::string& file, const Diagnostics& diagnostics) {
  return {{"file", file}, {"status", "error"}, {"errors", diagnostics_json(diagnostics)}};
}

nlohmann::ordered_json check_report_json(nlohmann::ordered_json students) {
  std::map<std::string, int> totals{{"ready", 0}, {"warning", 0}, {"blocked", 0}, {"error", 0}};
  for (const auto& s : students) ++totals[s["status"].get<std::string>()];
  return {{"students", std::move(students)}, {"totals", totals}};
}

}  // namespace siofill
