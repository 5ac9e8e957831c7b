#pragma once
// One student of a batch, from evidence file to written outputs. Every
// failure stays inside the student's result: one bad student never stops the others.
#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "batch/roster_reader.hpp"
#include "coverage/exam_rules.hpp"
#include "diagnostics/diagnostic.hpp"
#include "document/filled_form.hpp"
#include "document/writer_options.hpp"
#include "forms/form_spec.hpp"
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

// One file to write: decided before writing so names never depend on thread timing.
struct PlannedOutput {
  const forms::FormSpec* form = nullptr;
  const writers::OutputFormat* format = nullptr;
  std::string path;  // relative to the output directory
};

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
  std::string status = "error";  // ready, warning, blocked, error
  std::string numero, nom, prenom, option;
  std::vector<Finding> findings;       // exam rules and roster disagreements
  Diagnostics errors;                  // the evidence could not be read
  std::vector<std::string> failures;   // files that could not be written
  std::vector<std::string> notes;      // e.g. a file name taken by another student
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

// Phase 2: checks, fills and writes the planned files (prepared.plan, names
// final). `stop` is polled between files. The evidence is released on return.
StudentResult run_prepared(const StudentInput& in, PreparedStudent& prepared, const JobSettings& settings,
                           const std::atomic<bool>& stop);

// The same two phases for one student on its own (each reads the evidence).
std::vector<PlannedOutput> plan_student(const StudentInput& in, const JobSettings& settings);
StudentResult run_student(const StudentInput& in, const std::vector<PlannedOutput>& plan,
                          const JobSettings& settings, const std::atomic<bool>& stop);

}  // namespace siofill::batch
