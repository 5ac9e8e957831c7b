#pragma once
// A whole class (or school) in one run: a pool of threads, one student per
// task, outputs named before any is written so the result never depends on
// thread timing, then the class outputs (report, class workbook, class PDF, zip).
#include <functional>
#include <optional>
#include <ostream>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

#include "batch/batch_student.hpp"
#include "batch/spool.hpp"

namespace siofill::batch {

struct Shard {
  std::size_t index = 0, count = 1;  // --shard I/N: students with position ≡ I mod N
};

struct BatchSettings {
  JobSettings job;
  unsigned threads = 1;
  Shard shard;
  bool zip = false;
  bool progress = false;                    // a progress line on stderr (only when it is a terminal)
  std::string input_label;                  // the directory or roster, as given, for the report
  std::vector<std::string> input_problems;  // roster lines that could not be used
  // The caller holds the output folder alone (output::OutputFolder, Exclusive;
  // shards share it): every temporary file a killed run left there is removed, not only old ones.
  bool folder_locked = false;
};

// Threads at most, whatever --jobs asks: more than the cores gain nothing,
// and each holds a student's document in memory.
inline constexpr unsigned kMaxThreads = 64;

// A student's row of classe-synthese.xlsx.
struct ClassRow {
  std::string source;
  Status status = Status::Error;
  std::string numero, nom, prenom, option;
  std::size_t realisations = 0;
  std::size_t messages = 0;  // findings + input errors + write failures
  std::vector<CompetenceCell> bloc1;
  std::vector<std::string> sequences;  // cited sequence ids (the "Séquences" sheet)
};

// The rows of the class workbook, spooled as students finish (input order).
class ClassRows {
 public:
  void append(const ClassRow& row);
  std::size_t size() const { return count_; }
  // The compétences of the longest bloc 1 seen (the workbook's columns).
  const std::vector<std::string>& competences() const { return competences_; }
  void for_each(const std::function<void(const ClassRow&)>& fn) const;

 private:
  Spool spool_;
  std::size_t count_ = 0;
  std::vector<std::string> competences_;
};

// A blocked or failed student, for the summary printed at the end.
struct ProblemStudent {
  Status status = Status::Error;  // blocked, error
  std::string source, who;
  std::string first_message;
};

struct BatchTotals {
  std::size_t students = 0, ready = 0, warning = 0, blocked = 0, error = 0, files = 0;
};

// The students' part of rapport.json, spooled as each student finishes (in
// input order), then copied into the report (see batch_report.hpp).
class ReportSpool {
 public:
  void append(const StudentResult& r);
  std::size_t count() const { return count_; }
  void copy_to(std::ostream& out) const;  // the students, "    {…},\n    {…}" (no brackets)

 private:
  Spool spool_;
  std::size_t count_ = 0;
};

struct BatchOutcome {
  BatchTotals totals;                       // this shard's students
  ClassRows rows;                           // this shard's students, in input order
  std::vector<ProblemStudent> problems;     // blocked and failed students, in input order
  std::vector<std::string> written;         // students' files, for --zip only
  ReportSpool report;                       // students' entries of rapport.json
  std::vector<OutputRecord> class_outputs;  // rapport, class workbook, class PDF(s), zip
  std::vector<std::string> class_failures;
  bool interrupted = false;
  unsigned threads = 0;               // threads that did run (fewer when the system refused some)
  std::string thread_problem;         // why it refused, in French, when it did
  std::size_t stale_temporaries = 0;  // left by a killed run, removed before starting
};

// Once `stop` is requested (a signal, a deadline), running students finish
// the file they are writing, no new one starts, and the class outputs are
// still written for the students that completed. The report of an earlier run
// with the same name is removed before the first output and the new one is
// put in place last: a rapport.json always describes a run that finished.
BatchOutcome run_batch(const std::vector<StudentInput>& inputs, const BatchSettings& settings, std::stop_token stop);

// Names of the class outputs, with a shard suffix so shards never clash.
std::string class_output_name(const std::string& stem, const std::string& ext, const Shard& shard);

}  // namespace siofill::batch
