#pragma once
// rapport.json: per student status, messages and the files written with their
// size and SHA-256; totals. No timestamp, so two runs give the same report.
// Students are spooled to a temporary file as they complete (ReportSpool), so
// writing the report of 10 000 students needs no more memory than for 35.
#include <optional>
#include <ostream>
#include <string>

#include "batch/batch_runner.hpp"
#include "output/atomic_file.hpp"

namespace siofill::batch {

// One student's entry, as it appears in the "students" array (JSON indented by
// 2 spaces, every line already indented by 4: its depth in the report).
std::string student_report_entry(const StudentResult& r);

// The whole report, byte for byte what nlohmann's dump(2) of the complete
// object gives, followed by a newline. Throws std::ios failures of `out` only.
void print_report(std::ostream& out, const BatchOutcome& outcome, const BatchSettings& settings);

// Writes rapport.json whole under a temporary name and records it in
// outcome.class_outputs; commit_report() puts it in place (after the archive,
// which holds it). nullopt when it could not be written (in class_failures).
std::optional<output::PendingFile> write_report(BatchOutcome& outcome, const BatchSettings& settings);
void commit_report(output::PendingFile& report, BatchOutcome& outcome);

}  // namespace siofill::batch
