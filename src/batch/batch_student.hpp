#pragma once
// One student of a batch: its evidence read as an untrusted file named by a
// folder or a roster, then the student job (job/student_job.hpp), then what
// the class outputs and rapport.json need of it. Every failure stays inside
// the student's result: one bad student never stops the others.
#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "batch/roster_reader.hpp"
#include "coverage/exam_rules.hpp"
#include "diagnostics/diagnostic.hpp"
#include "document/filled_form.hpp"
#include "document/writer_options.hpp"
#include "forms/form_spec.hpp"
#include "job/student_job.hpp"
#include "output/output_names.hpp"
#include "referentiel/referentiel.hpp"
#include "sequences/sequence_plan.hpp"
#include "writers/output_formats.hpp"

namespace siofill::batch {

struct JobSettings {
  const Referentiel* ref = nullptr;
  std::vector<const forms::FormSpec*> forms;  // empty: the student's default forms
  std::vector<const writers::OutputFormat*> formats;
  std::string name_template = output::kDefaultNameTemplate;
  std::filesystem::path out_dir;
  doc::WriteOptions write_options;
  const forms::FormSpec* class_pdf_form = nullptr;  // the synthesis kept for the class PDF, if any
  const SequencePlan* sequences = nullptr;  // --sequences: the plan cited sequences come from (a roster column wins)
};

struct StudentInput {
  std::size_t index = 0;
  std::string source;               // evidence path as given
  std::optional<RosterRow> roster;  // when the batch came from a roster
};

using job::PlannedOutput;

struct OutputRecord {
  std::string form, format, path;
  std::uintmax_t bytes = 0;
  std::string sha256;
};

struct CompetenceCell {
  std::string id;
  bool covered = false;
  std::size_t covered_sous = 0, total_sous = 0;
};

struct StudentResult {
  std::size_t index = 0;
  std::string source;
  Status status = Status::Error;  // until the evidence is read and the files written
  std::string numero, nom, prenom, option;
  std::vector<Finding> findings;      // exam rules and roster disagreements
  Diagnostics errors;                 // the evidence could not be read
  std::vector<std::string> failures;  // files that could not be written
  std::vector<std::string> notes;     // e.g. a file name taken by another student
  std::vector<OutputRecord> outputs;
  std::vector<CompetenceCell> bloc1;   // for classe-synthese.xlsx
  std::vector<std::string> sequences;  // the plan's sequences the student cites, for the same
  std::size_t realisations = 0;
};

// Phase 1 of a student: the evidence, read once; the files the student will
// get (names before collision suffixes); the synthesis section for the class
// PDF. A batch keeps this only for the few hundred students it is working on.
struct PreparedStudent {
  std::optional<Evidence> evidence;       // kept when `keep` was asked and the file is readable
  Diagnostics errors;                     // why it is not readable
  std::vector<PlannedOutput> plan;        // empty when unreadable
  std::optional<doc::Section> synthesis;  // settings.class_pdf_form filled, when `keep` and set
  std::string numero;                     // the candidate's number, when readable (duplicates are reported)
  std::string identity;                   // the evidence file, links resolved (the same file twice is reported)
};

// Reads the evidence and plans its outputs. With `keep` (students this run
// writes), the evidence and the class PDF section are kept for run_prepared.
PreparedStudent prepare_student(const StudentInput& in, const JobSettings& settings, bool keep);

// Phase 2: the student job on the planned files (prepared.plan, names
// final); `duplicates` count in its status as the exam rules' findings.
// `stop` is asked between files. The evidence is released on return.
StudentResult run_prepared(const StudentInput& in, PreparedStudent& prepared, const JobSettings& settings,
                           std::vector<Finding> duplicates, std::stop_token stop);

// The same two phases for one student on its own (each reads the evidence).
std::vector<PlannedOutput> plan_student(const StudentInput& in, const JobSettings& settings);
StudentResult run_student(const StudentInput& in, const std::vector<PlannedOutput>& plan, const JobSettings& settings,
                          std::stop_token stop = {});

}  // namespace siofill::batch
