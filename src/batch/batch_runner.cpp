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

  // Phase 2. Synthesis sections go to the class PDF writer in input order, a
  // chunk at a time, so memory does not grow with the number of students.
  std::vector<std::optional<StudentResult>> results(mine.size());
  ClassPdfWriter class_pdf(settings.job, settings.shard, mine.size());
  std::mutex mutex;
  std::condition_variable progressed;
  std::size_t done = 0;
  ProgressLine progress(settings.progress, mine.size());
  std::thread workers([&] {
    parallel_for(mine.size(), settings.threads, stop, [&](std::size_t k) {
      StudentResult r = run_student(inputs[mine[k]], plans[mine[k]], settings.job, stop);
      r.notes = notes[mine[k]];
      std::optional<doc::Section> section = std::move(r.synthesis);
      r.synthesis.reset();
      std::lock_guard lock(mutex);
      class_pdf.add(k, std::move(section));
      results[k] = std::move(r);
      ++done;
      progressed.notify_one();
    });
    std::lock_guard lock(mutex);
    done = mine.size() + 1;  // marks the end, even when stopped early
    progressed.notify_one();
  });
  {
    std::unique_lock lock(mutex);
    while (done <= mine.size()) {
      progressed.wait(lock);
      progress.update(std::min(done, mine.size()));
      class_pdf.flush_ready(lock, outcome);
    }
  }
  workers.join();
  outcome.interrupted = stop.load();
  for (std::optional<StudentResult>& r : results)
    if (r) outcome.results.push_back(std::move(*r));
  class_pdf.finish(outcome);

  write_class_workbook(outcome, settings);
  write_report(outcome, settings);  // names every other output, so it comes after them
  if (settings.zip) write_zip(outcome, settings);
  return outcome;
}

}  // namespace siofill::batch
