#pragma once
// One student, from evidence already read to written files and a status: the
// one path `fill`, `batch` and `siofill serve` (/api/fill) take. Reading the
// evidence (a file, standard input, a roster row, a request body) and telling
// the outcome (terminal, rapport.json, HTTP reply) stay with each caller.
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "coverage/exam_rules.hpp"
#include "document/writer_options.hpp"
#include "evidence/evidence.hpp"
#include "forms/form_spec.hpp"
#include "referentiel/referentiel.hpp"
#include "writers/output_formats.hpp"

namespace siofill::job {

// One file to write. Names are decided before anything is written, so a
// batch can settle collisions in input order whatever the thread timing.
struct PlannedOutput {
  const forms::FormSpec* form = nullptr;
  const writers::OutputFormat* format = nullptr;
  std::string path;  // relative to the output folder
};

// Each form in each format, forms first, named by `name_template`
// (output/output_names.hpp; checked by the caller).
std::vector<PlannedOutput> plan_outputs(const Evidence& ev, const std::vector<const forms::FormSpec*>& forms,
                                        const std::vector<const writers::OutputFormat*>& formats,
                                        const std::string& name_template);

struct FailedOutput {
  std::string path;     // as planned
  std::string message;  // French, from the writer or the file system
};

// Hooks for a caller that tells as it goes; each may be left empty.
struct JobEvents {
  // The exam rules' verdict, before any file is written.
  std::function<void(const CheckResult&)> checked;
  // Characters of a filled form that `format` can only show as a replacement
  // sign (OutputFormat::missing_characters). Looked for only when this is set.
  std::function<void(const forms::FormSpec&, const writers::OutputFormat&, const std::u32string&)> missing_characters;
  // A file in place (the rename done).
  std::function<void(const PlannedOutput&)> written;
  std::function<void(const FailedOutput&)> failed;
};

struct StudentJob {
  const Referentiel* ref = nullptr;
  const Evidence* evidence = nullptr;
  std::vector<PlannedOutput> plan;
  std::filesystem::path out_dir;
  doc::WriteOptions write_options;
  // Findings the caller knows of besides the exam rules (a roster that
  // disagrees, a duplicate): they count in the status as the rules' own.
  std::vector<Finding> extra_findings;
  std::stop_token stop;  // asked between files: no new file starts
};

struct StudentOutcome {
  // ready, warning, blocked from the findings (a blocked student's files are
  // written all the same, for review); error when a planned file failed.
  Status status = Status::Ready;
  std::vector<Finding> findings;       // the exam rules', then the extra ones
  std::vector<PlannedOutput> written;  // in plan order
  std::vector<FailedOutput> failures;
};

// Checks the student, fills each planned form once and writes it in each of
// its formats (temporary file then rename, inside `out_dir`). A failure stays
// in the outcome; the other files are still written.
StudentOutcome run_student_job(const StudentJob& job, const JobEvents& events = {});

}  // namespace siofill::job
