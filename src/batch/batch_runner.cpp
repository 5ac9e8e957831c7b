#include "batch/batch_runner.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "batch/batch_report.hpp"
#include "batch/class_pdf.hpp"
#include "batch/class_workbook.hpp"
#include "batch/sha256.hpp"
#include "batch/zip_export.hpp"
#include "output/atomic_file.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;
namespace {

// Runs task(i) for every i in [0, n) on `threads` threads.
template <typename Task>
void parallel_for(std::size_t n, unsigned threads, const std::atomic<bool>& stop, Task task) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; !stop.load() && (i = next.fetch_add(1)) < n;) task(i);
  };
  std::vector<std::thread> pool;
  const unsigned extra = std::min<std::size_t>(threads, std::max<std::size_t>(n, 1)) - 1;
  for (unsigned t = 0; t < extra; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

std::string lower_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Two students may render to the same name (same person twice, homonyms):
// the later one, in input order, gets "-2", "-3"… Case is ignored because
// Windows and macOS file systems ignore it.
void resolve_collisions(std::vector<std::vector<PlannedOutput>>& plans, std::vector<std::vector<std::string>>& notes) {
  std::set<std::string> used;
  for (std::size_t s = 0; s < plans.size(); ++s) {
    for (PlannedOutput& p : plans[s]) {
      std::string candidate = p.path;
      const std::size_t dot = p.path.rfind('.');
      const std::string stem = p.path.substr(0, dot), ext = dot == std::string::npos ? "" : p.path.substr(dot);
      for (int k = 2; used.count(lower_ascii(candidate)); ++k) candidate = stem + "-" + std::to_string(k) + ext;
      if (candidate != p.path)
        notes[s].push_back("le nom « " + p.path + " » est déjà pris par un autre étudiant : fichier écrit sous « " +
                           candidate + " »");
      used.insert(lower_ascii(candidate));
      p.path = candidate;
    }
  }
}

class ProgressLine {
 public:
  ProgressLine(bool enabled, std::size_t total)
      : enabled_(enabled && ::isatty(STDERR_FILENO)), total_(total), start_(std::chrono::steady_clock::now()) {}
  void update(std::size_t done) {
    if (!enabled_) return;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
    const double eta = rate > 0 ? static_cast<double>(total_ - done) / rate : 0;
    std::fprintf(stderr, "\r%zu/%zu étudiants — %.0f/s — reste %.0f s   ", done, total_, rate, eta);
    std::fflush(stderr);
  }
  ~ProgressLine() {
    if (enabled_) std::fprintf(stderr, "\n");
  }

 private:
  bool enabled_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace

std::string class_output_name(const std::string& stem, const std::string& ext, const Shard& shard) {
  if (shard.count <= 1) return stem + "." + ext;
  return stem + "-lot-" + std::to_string(shard.index + 1) + "-sur-" + std::to_string(shard.count) + "." + ext;
}

namespace {

// Takes in what the class outputs and the summary need of a finished student,
// and sends the rest to the report spool: nothing of it stays in memory.
void record_student(const StudentResult& r, const BatchSettings& settings, BatchOutcome& outcome) {
  BatchTotals& t = outcome.totals;
  ++t.students;
  t.files += r.outputs.size();
  if (r.status == "ready") ++t.ready;
  else if (r.status == "warning") ++t.warning;
  else if (r.status == "blocked") ++t.blocked;
  else ++t.error;
  outcome.rows.push_back(ClassRow{r.source, r.status, r.numero, r.nom, r.prenom, r.option, r.realisations,
                                  r.findings.size() + r.errors.size() + r.failures.size(), r.bloc1});
  if (r.status == "blocked" || r.status == "error") {
    std::string first;
    for (const Finding& f : r.findings)
      if (f.blocking && first.empty()) first = f.message;
    if (first.empty() && !r.errors.empty()) first = format(r.errors.front());
    if (first.empty() && !r.failures.empty()) first = r.failures.front();
    outcome.problems.push_back(ProblemStudent{r.status, r.source, r.numero + " " + r.nom + " " + r.prenom, first});
  }
  if (settings.zip)
    for (const OutputRecord& o : r.outputs) outcome.written.push_back(o.path);
  outcome.report.append(r);
}

}  // namespace

BatchOutcome run_batch(const std::vector<StudentInput>& inputs, const BatchSettings& settings,
                       const std::atomic<bool>& stop) {
  BatchOutcome outcome;
  // Phase 1, every student (not only this shard's), so that shards name files as a full run would.
  std::vector<std::vector<PlannedOutput>> plans(inputs.size());
  std::vector<std::vector<std::string>> notes(inputs.size());
  parallel_for(inputs.size(), settings.threads, stop, [&](std::size_t i) { plans[i] = plan_student(inputs[i], settings.job); });
  resolve_collisions(plans, notes);

  std::vector<std::size_t> mine;
  for (std::size_t i = 0; i < inputs.size(); ++i)
    if (i % settings.shard.count == settings.shard.index) mine.push_back(i);
  // Students of other shards are not run here: their plans are not needed any more.
  for (std::size_t i = 0; i < inputs.size(); ++i)
    if (i % settings.shard.count != settings.shard.index) std::vector<PlannedOutput>().swap(plans[i]);

  // Phase 2. Finished students are recorded in input order (report spool,
  // class row) and synthesis sections go to the class PDF writer a chunk at a
  // time, so memory does not grow with the number of students: only the
  // students finished ahead of a slower one wait in `finished`.
  ClassPdfWriter class_pdf(settings.job, settings.shard, mine.size());
  std::map<std::size_t, StudentResult> finished;
  std::size_t next_to_record = 0;
  std::mutex mutex;
  std::condition_variable progressed;
  std::size_t done = 0;
  bool workers_ended = false;
  ProgressLine progress(settings.progress, mine.size());
  std::thread workers([&] {
    parallel_for(mine.size(), settings.threads, stop, [&](std::size_t k) {
      const std::size_t i = mine[k];
      StudentResult r = run_student(inputs[i], plans[i], settings.job, stop);
      r.notes = std::move(notes[i]);
      std::vector<PlannedOutput>().swap(plans[i]);
      std::optional<doc::Section> section = std::move(r.synthesis);
      r.synthesis.reset();
      std::lock_guard lock(mutex);
      class_pdf.add(k, std::move(section));
      finished.emplace(k, std::move(r));
      ++done;
      progressed.notify_one();
    });
    std::lock_guard lock(mutex);
    workers_ended = true;  // even when stopped early
    progressed.notify_one();
  });
  // Records the finished students that come next in input order; the lock is
  // released while each one is written to the spool.
  auto record_ready = [&](std::unique_lock<std::mutex>& lock) {
    for (auto it = finished.find(next_to_record); it != finished.end(); it = finished.find(next_to_record)) {
      StudentResult r = std::move(it->second);
      finished.erase(it);
      ++next_to_record;
      lock.unlock();
      record_student(r, settings, outcome);
      lock.lock();
    }
  };
  {
    std::unique_lock lock(mutex);
    std::size_t seen = 0;
    while (true) {
      progressed.wait(lock, [&] { return workers_ended || done != seen || finished.count(next_to_record); });
      seen = done;
      record_ready(lock);
      progress.update(done);
      class_pdf.flush_ready(lock, outcome);
      if (workers_ended && !finished.count(next_to_record)) break;
    }
  }
  workers.join();
  outcome.interrupted = stop.load();
  // An interrupted run may leave finished students after one that never ran.
  for (auto& [k, r] : finished) record_student(r, settings, outcome);
  finished.clear();
  class_pdf.finish(outcome);

  write_class_workbook(outcome, settings);
  write_report(outcome, settings);  // names every other output, so it comes after them
  if (settings.zip) write_zip(outcome, settings);
  return outcome;
}

}  // namespace siofill::batch
