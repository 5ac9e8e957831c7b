#include "batch/batch_report.hpp"

#include <fstream>
#include <map>

#include "batch/sha256.hpp"
#include "output/atomic_file.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;
namespace {

using nlohmann::ordered_json;

ordered_json outputs_json(const std::vector<OutputRecord>& outputs) {
  ordered_json list = ordered_json::array();
  for (const OutputRecord& o : outputs)
    list.push_back({{"form", o.form}, {"format", o.format}, {"path", o.path}, {"bytes", o.bytes}, {"sha256", o.sha256}});
  return list;
}

ordered_json student_json(const StudentResult& r) {
  ordered_json warnings = ordered_json::array(), errors = ordered_json::array();
  for (const Finding& f : r.findings)
    (f.blocking ? errors : warnings).push_back({{"kind", f.blocking ? "blocking" : "warning"},
                                                {"code", f.code},
                                                {"pointer", f.pointer},
                                                {"message", f.message}});
  for (const Diagnostic& d : r.errors) {
    ordered_json e = {{"kind", "input"}, {"file", d.file}, {"message", d.message}};
    if (!d.pointer.empty()) e["pointer"] = d.pointer;
    if (d.line > 0) {
      e["line"] = d.line;
      e["column"] = d.column;
    }
    errors.push_back(std::move(e));
  }
  for (const std::string& f : r.failures) errors.push_back({{"kind", "write"}, {"message", f}});
  return {{"index", r.index},   {"source", r.source}, {"status", r.status},   {"numero", r.numero},
          {"nom", r.nom},       {"prenom", r.prenom}, {"option", r.option},   {"warnings", warnings},
          {"errors", errors},   {"notes", r.notes},   {"outputs", outputs_json(r.outputs)}};
}

}  // namespace

ordered_json report_json(const BatchOutcome& outcome, const BatchSettings& settings) {
  std::map<std::string, int> counts{{"ready", 0}, {"warning", 0}, {"blocked", 0}, {"error", 0}};
  std::size_t files = 0;
  ordered_json students = ordered_json::array();
  for (const StudentResult& r : outcome.results) {
    ++counts[r.status];
    files += r.outputs.size();
    students.push_back(student_json(r));
  }
  return {{"format", "siofill-rapport/1"},
          {"input", settings.input_label},
          {"shard", {{"index", settings.shard.index}, {"count", settings.shard.count}}},
          {"interrupted", outcome.interrupted},
          {"totals",
           {{"students", outcome.results.size()},
            {"ready", counts["ready"]},
            {"warning", counts["warning"]},
            {"blocked", counts["blocked"]},
            {"error", counts["error"]},
            {"files", files}}},
          {"input_problems", settings.input_problems},
          {"students", students},
          {"class_outputs", outputs_json(outcome.class_outputs)},
          {"class_errors", outcome.class_failures}};
}

void write_report(BatchOutcome& outcome, const BatchSettings& settings) {
  const std::string name = class_output_name("rapport", "json", settings.shard);
  const fs::path target = settings.job.out_dir / name;
  try {
    const std::string text = report_json(outcome, settings).dump(2) + "\n";
    output::write_atomically(target, [&](const fs::path& tmp) {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      out << text;
      out.close();
      if (!out) throw doc::WriteError("écriture du rapport impossible (disque plein ?)");
    });
    outcome.class_outputs.push_back(OutputRecord{"rapport", "json", name, fs::file_size(target), sha256_file(target)});
  } catch (const std::exception& e) {
    outcome.class_failures.push_back(name + " : " + e.what());
  }
}

}  // namespace siofill::batch
