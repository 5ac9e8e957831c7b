#include "batch/batch_report.hpp"

#include <fstream>

#include <nlohmann/json.hpp>

#include "batch/sha256.hpp"
#include "output/atomic_file.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;
namespace {

using nlohmann::ordered_json;

// Text that is not valid UTF-8 (a file name, a system message) is written with
// U+FFFD rather than losing the whole report.
std::string dump(const ordered_json& j) { return j.dump(2, ' ', false, ordered_json::error_handler_t::replace); }

// Indents every line but the first by `spaces`: a value printed at that depth.
std::string indent_tail(const std::string& text, std::size_t spaces) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out.append(spaces, ' ');
  }
  return out;
}

ordered_json outputs_json(const std::vector<OutputRecord>& outputs) {
  ordered_json list = ordered_json::array();
  for (const OutputRecord& o : outputs)
    list.push_back(
        {{"form", o.form}, {"format", o.format}, {"path", o.path}, {"bytes", o.bytes}, {"sha256", o.sha256}});
  return list;
}

ordered_json student_json(const StudentResult& r) {
  ordered_json warnings = ordered_json::array(), errors = ordered_json::array();
  for (const Finding& f : r.findings)
    (f.blocking ? errors : warnings)
        .push_back({{"kind", f.blocking ? "blocking" : "warning"},
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
  return {{"index", r.index},
          {"source", r.source},
          {"status", status_name(r.status)},
          {"numero", r.numero},
          {"nom", r.nom},
          {"prenom", r.prenom},
          {"option", r.option},
          {"warnings", warnings},
          {"errors", errors},
          {"notes", r.notes},
          {"outputs", outputs_json(r.outputs)}};
}

}  // namespace

// ---------------------------------------------------------------------------
// ReportSpool

void ReportSpool::append(const StudentResult& r) {
  spool_.append((count_ ? ",\n" : "") + student_report_entry(r));
  ++count_;
}

void ReportSpool::copy_to(std::ostream& out) const {
  spool_.read([&](std::string_view piece) { out.write(piece.data(), static_cast<std::streamsize>(piece.size())); });
}

// ---------------------------------------------------------------------------

std::string student_report_entry(const StudentResult& r) { return "    " + indent_tail(dump(student_json(r)), 4); }

void print_report(std::ostream& out, const BatchOutcome& outcome, const BatchSettings& settings) {
  const BatchTotals& t = outcome.totals;
  auto field = [&](const char* key, const ordered_json& value) {
    out << "  \"" << key << "\": " << indent_tail(dump(value), 2) << ",\n";
  };
  out << "{\n";
  field("format", "siofill-rapport/1");
  field("input", settings.input_label);
  field("shard", {{"index", settings.shard.index}, {"count", settings.shard.count}});
  field("interrupted", outcome.interrupted);
  field("totals", {{"students", t.students},
                   {"ready", t.ready},
                   {"warning", t.warning},
                   {"blocked", t.blocked},
                   {"error", t.error},
                   {"files", t.files}});
  field("input_problems", settings.input_problems);
  if (outcome.report.count() == 0) {
    out << "  \"students\": [],\n";
  } else {
    out << "  \"students\": [\n";
    outcome.report.copy_to(out);
    out << "\n  ],\n";
  }
  field("class_outputs", outputs_json(outcome.class_outputs));
  out << "  \"class_errors\": " << indent_tail(dump(outcome.class_failures), 2) << "\n}\n";
}

std::optional<output::PendingFile> write_report(BatchOutcome& outcome, const BatchSettings& settings) {
  const std::string name = class_output_name("rapport", "json", settings.shard);
  std::optional<output::PendingFile> pending;
  try {
    pending.emplace(settings.job.out_dir / name, [&](const fs::path& tmp) {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      print_report(out, outcome, settings);
      out.close();
      if (!out) throw doc::WriteError("écriture du rapport impossible (disque plein ?)");
    });
    outcome.class_outputs.push_back(
        OutputRecord{"rapport", "json", name, fs::file_size(pending->temporary()), sha256_file(pending->temporary())});
  } catch (const std::exception& e) {
    outcome.class_failures.push_back(name + " : " + e.what());
    pending.reset();
  }
  return pending;
}

void commit_report(output::PendingFile& report, BatchOutcome& outcome) {
  try {
    report.commit();
  } catch (const std::exception& e) {
    outcome.class_failures.push_back(e.what());
  }
}

}  // namespace siofill::batch
