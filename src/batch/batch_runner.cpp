#include "batch/batch_runner.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "batch/batch_report.hpp"
#include "batch/class_pdf.hpp"
#include "batch/class_workbook.hpp"
#include "batch/sha256.hpp"
#include "batch/zip_export.hpp"
#include "output/atomic_file.hpp"
#include "output/output_names.hpp"
#include "output/stale_temporaries.hpp"
#include "text/system_errors.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;
namespace {

// The names given so far, each kept as two independent 64-bit hashes of its
// case-folded form, output::collision_key (16 bytes rather than the name:
// 10 000 students with every form are 150 000 names). Two different names are
// taken for one only if both hashes collide, a chance of about 2^-128 per pair.
class NameSet {
 public:
  bool contains(const std::string& name) const { return keys_.count(key(name)) != 0; }
  void insert(const std::string& name) { keys_.insert(key(name)); }

 private:
  struct Key {
    std::uint64_t a, b;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const { return static_cast<std::size_t>(k.a); }
  };
  static Key key(const std::string& name) {
    std::uint64_t fnv = 0xcbf29ce484222325ULL;  // FNV-1a, independent of std::hash (MurmurHash2 in libstdc++)
    for (unsigned char c : name) fnv = (fnv ^ c) * 0x100000001b3ULL;
    return Key{std::hash<std::string>{}(name), fnv};
  }
  std::unordered_set<Key, KeyHash> keys_;
};

// Two students may render to the same name (same person twice, homonyms):
// the later one, in input order, gets "-2", "-3"… Case is ignored, with full
// Unicode folding, because Windows and macOS file systems ignore it. Called
// for each student in input order; `used` holds the names of every student before.
void resolve_names(std::vector<PlannedOutput>& plan, NameSet& used, std::vector<std::string>& notes) {
  for (PlannedOutput& p : plan) {
    std::string candidate = p.path;
    const std::size_t dot = p.path.rfind('.');
    const std::string stem = p.path.substr(0, dot), ext = dot == std::string::npos ? "" : p.path.substr(dot);
    for (int k = 2; used.contains(output::collision_key(candidate)); ++k)
      candidate = stem + "-" + std::to_string(k) + ext;
    if (candidate != p.path)
      notes.push_back("le nom « " + p.path + " » est déjà pris par un autre étudiant : fichier écrit sous « " +
                      candidate + " »");
    used.insert(output::collision_key(candidate));
    p.path = candidate;
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

// Takes in what the class outputs and the summary need of a finished student,
// and sends the rest to the report spool: nothing of it stays in memory.
void record_student(const StudentResult& r, const BatchSettings& settings, BatchOutcome& outcome) {
  BatchTotals& t = outcome.totals;
  ++t.students;
  t.files += r.outputs.size();
  switch (r.status) {
    case Status::Ready:
      ++t.ready;
      break;
    case Status::Warning:
      ++t.warning;
      break;
    case Status::Blocked:
      ++t.blocked;
      break;
    case Status::Error:
      ++t.error;
      break;
  }
  outcome.rows.append(ClassRow{r.source, r.status, r.numero, r.nom, r.prenom, r.option, r.realisations,
                               r.findings.size() + r.errors.size() + r.failures.size(), r.bloc1, r.sequences});
  if (r.status == Status::Blocked || r.status == Status::Error) {
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

// One run of the whole class, as a single pool of tasks without barriers:
//
//   prepare  read a student's evidence once, plan its files, fill its section
//            of the class PDF (every student: shards name files as a full run);
//   resolve  in input order, give each planned file its final name;
//   run      check, fill and write one student of this shard;
//   chunk    write one file of the class PDF, as soon as its students are prepared;
//   record   in input order, send a finished student to the report spool.
//
// Workers take a chunk first (the longest task, started early so it never
// runs alone at the end), then a preparation while fewer than kLookahead
// students wait to run (this bounds memory: their evidence is in memory), then
// a run. Output names never depend on thread timing: they are fixed in input order.
class Scheduler {
 public:
  static constexpr std::size_t kLookahead = 64;

  Scheduler(const std::vector<StudentInput>& inputs, const BatchSettings& settings, std::stop_token stop,
            BatchOutcome& outcome)
      : inputs_(inputs),
        settings_(settings),
        stop_(stop),
        outcome_(outcome),
        class_pdf_(settings.job, settings.shard, own_count(inputs.size(), settings.shard)),
        students_(own_count(inputs.size(), settings.shard)),
        progress_(settings.progress, students_) {
    chunks_.resize(class_pdf_.enabled() ? class_pdf_.chunks() : 0);
    for (std::size_t c = 0; c < chunks_.size(); ++c) {
      const std::size_t first = c * ClassPdfWriter::kStudentsPerFile;
      chunks_[c].size = std::min(ClassPdfWriter::kStudentsPerFile, students_ - first);
      chunks_[c].sections.resize(chunks_[c].size);
      chunks_[c].recorded.resize(chunks_[c].size, false);
    }
  }

  void run() {
    std::vector<std::thread> pool;
    // No more threads than students (one each is the most that can be busy), nor than kMaxThreads.
    const unsigned threads = static_cast<unsigned>(
        std::clamp<std::size_t>(std::min<std::size_t>(settings_.threads, students_), 1, kMaxThreads));
    for (unsigned t = 1; t < threads; ++t) {
      try {
        pool.emplace_back([this] { work(); });
      } catch (const std::system_error& e) {  // EAGAIN: ulimit -u, or the system's thread limit
        outcome_.thread_problem = "le système refuse de créer plus de " + std::to_string(t) + " fil(s) de calcul (" +
                                  text::system_error_text(e.code()) + ") : " + std::to_string(t) +
                                  " utilisé(s) au lieu de " + std::to_string(threads);
        break;
      }
    }
    outcome_.threads = static_cast<unsigned>(pool.size()) + 1;
    work();
    for (std::thread& t : pool) t.join();
    outcome_.interrupted = stop_.stop_requested();
    if (outcome_.interrupted) redo_interrupted_chunks();
    for (Chunk& c : chunks_) {
      if (c.written.record) outcome_.class_outputs.push_back(*c.written.record);
      if (!c.written.failure.empty()) outcome_.class_failures.push_back(c.written.failure);
    }
  }

 private:
  struct Chunk {
    std::size_t size = 0, prepared = 0, done = 0;
    std::vector<std::optional<doc::Section>> sections;  // kept until every student of the chunk is recorded
    std::vector<bool> recorded;
    bool written_once = false;
    ClassPdfWriter::Written written;
  };
  struct Runnable {
    std::size_t input = 0, position = 0;  // index in `inputs`, position among this shard's students
    PreparedStudent prepared;
    std::vector<std::string> notes;
    std::vector<Finding> duplicates;
  };

  static std::size_t own_count(std::size_t n, const Shard& shard) {
    return n > shard.index ? (n - shard.index + shard.count - 1) / shard.count : 0;
  }
  bool own(std::size_t i) const { return i % settings_.shard.count == settings_.shard.index; }
  std::size_t position(std::size_t i) const { return i / settings_.shard.count; }

  void work() {
    std::unique_lock lock(mutex_);
    while (true) {
      if (!stop_.stop_requested()) {
        if (!ready_chunks_.empty()) {
          const std::size_t c = ready_chunks_.front();
          ready_chunks_.pop_front();
          write_chunk(c, lock);
          continue;
        }
        if (next_prepare_ < inputs_.size() && waiting_ < kLookahead) {
          const std::size_t i = next_prepare_++;
          if (own(i)) ++waiting_;
          ++active_;
          lock.unlock();
          PreparedStudent p = prepare_student(inputs_[i], settings_.job, own(i));
          lock.lock();
          --active_;
          prepared_.emplace(i, std::move(p));
          resolve_ready();
          changed();
          continue;
        }
        if (!runnable_.empty()) {
          Runnable r = std::move(runnable_.front());
          runnable_.pop_front();
          --waiting_;
          ++active_;
          changed();  // one more student may now be prepared (kLookahead)
          lock.unlock();
          StudentResult result =
              run_prepared(inputs_[r.input], r.prepared, settings_.job, std::move(r.duplicates), stop_);
          result.notes = std::move(r.notes);
          const std::size_t k = r.position;
          r = Runnable{};  // frees the plan now rather than after the wait
          lock.lock();
          --active_;
          finished_.emplace(k, std::move(result));
          record_ready(lock);
          changed();
          continue;
        }
      }
      const bool nothing_left =
          stop_.stop_requested() || (next_prepare_ == inputs_.size() && runnable_.empty() && ready_chunks_.empty());
      if (nothing_left && active_ == 0) {
        record_ready(lock);
        changed();
        return;
      }
      // Woken when a task ends or a stop is requested (a signal, a deadline).
      // Once stopped, only the end of the running tasks is waited for.
      const std::uint64_t seen = generation_;
      const auto changed_since = [&] { return generation_ != seen; };
      if (stop_.stop_requested())
        changed_.wait(lock, changed_since);
      else
        changed_.wait(lock, stop_, changed_since);
    }
  }

  // Gives final names to the prepared students that come next in input order.
  // Caller holds the lock.
  void resolve_ready() {
    for (auto it = prepared_.find(next_resolve_); it != prepared_.end(); it = prepared_.find(next_resolve_)) {
      const std::size_t i = next_resolve_++;
      PreparedStudent p = std::move(it->second);
      prepared_.erase(it);
      std::vector<std::string> notes;
      resolve_names(p.plan, used_names_, notes);
      std::vector<Finding> duplicates = find_duplicates(i, p);
      if (!own(i)) continue;
      const std::size_t k = position(i);
      if (!chunks_.empty()) {
        Chunk& c = chunks_[k / ClassPdfWriter::kStudentsPerFile];
        c.sections[k % ClassPdfWriter::kStudentsPerFile] = std::move(p.synthesis);
        if (++c.prepared == c.size) ready_chunks_.push_back(k / ClassPdfWriter::kStudentsPerFile);
      }
      p.synthesis.reset();
      runnable_.push_back(Runnable{i, k, std::move(p), std::move(notes), std::move(duplicates)});
    }
  }

  // "ligne 3 de la liste (« a.json »)" or "« a.json »": where a student comes from, for messages.
  std::string origin(std::size_t i) const {
    const StudentInput& in = inputs_[i];
    const std::string file = "« " + in.source + " »";
    return in.roster ? "ligne " + std::to_string(in.roster->line) + " de la liste (" + file + ")" : file;
  }

  // The same evidence file twice (a roster row copied), or two files giving
  // one candidate number: both are processed (their files get distinct
  // names), and the later one, in input order, is flagged naming the first.
  // Called in input order for every student, shards included, so a shard
  // flags what the full run flags.
  std::vector<Finding> find_duplicates(std::size_t i, const PreparedStudent& p) {
    std::vector<Finding> found;
    if (const auto [it, first] = first_by_file_.emplace(p.identity, i); !first)
      found.push_back(Finding{false, "doublon", "",
                              "Doublon : " + origin(i) + " désigne le même fichier de preuves que " +
                                  origin(it->second) + " ; l’étudiant est traité deux fois."});
    else if (!p.numero.empty())
      if (const auto [n, first_number] = first_by_numero_.emplace(p.numero, i); !first_number)
        found.push_back(Finding{false, "doublon", "/candidat/numero",
                                "Doublon : le numéro de candidat " + p.numero + " de " + origin(i) +
                                    " est aussi celui de " + origin(n->second) + "."});
    return found;
  }

  // The sections are lent to the writer and put back: they stay in the chunk
  // until its students are recorded (an interrupted run may rewrite it).
  void write_chunk(std::size_t index, std::unique_lock<std::mutex>& lock) {
    Chunk& c = chunks_[index];
    std::vector<std::size_t> where;
    std::vector<doc::Section> sections;
    for (std::size_t j = 0; j < c.size; ++j)
      if (c.sections[j]) {
        where.push_back(j);
        sections.push_back(std::move(*c.sections[j]));
      }
    ++active_;
    lock.unlock();
    ClassPdfWriter::Written w = class_pdf_.write(index, sections);
    lock.lock();
    --active_;
    for (std::size_t n = 0; n < where.size() && n < sections.size(); ++n) c.sections[where[n]] = std::move(sections[n]);
    c.written = std::move(w);
    c.written_once = true;
    release_if_done(c);
    changed();
  }

  void release_if_done(Chunk& c) {
    if (c.written_once && c.done == c.size) {
      std::vector<std::optional<doc::Section>>().swap(c.sections);
    }
  }

  // Records, in input order, the finished students that come next. One thread
  // records at a time; the lock is released while a student is spooled.
  void record_ready(std::unique_lock<std::mutex>& lock) {
    if (recording_) return;
    recording_ = true;
    for (auto it = finished_.find(next_record_); it != finished_.end(); it = finished_.find(next_record_)) {
      StudentResult r = std::move(it->second);
      finished_.erase(it);
      const std::size_t k = next_record_++;
      lock.unlock();
      record_student(r, settings_, outcome_);
      progress_.update(k + 1);
      lock.lock();
      if (!chunks_.empty()) {
        Chunk& c = chunks_[k / ClassPdfWriter::kStudentsPerFile];
        c.recorded[k % ClassPdfWriter::kStudentsPerFile] = true;
        ++c.done;
        release_if_done(c);
      }
    }
    recording_ = false;
  }

  // After Ctrl-C the class PDF lists the students whose files were written,
  // as the report does: a file written ahead for students that never ran is
  // rewritten with those that did, or removed.
  void redo_interrupted_chunks() {
    for (std::size_t index = 0; index < chunks_.size(); ++index) {
      Chunk& c = chunks_[index];
      if (c.done == c.size && c.written_once) continue;
      if (c.sections.empty()) continue;
      std::vector<doc::Section> sections;
      for (std::size_t j = 0; j < c.size; ++j)
        if (c.recorded[j] && c.sections[j]) sections.push_back(std::move(*c.sections[j]));
      if (sections.empty()) {
        if (c.written.record) {
          std::error_code ignored;
          fs::remove(settings_.job.out_dir / c.written.record->path, ignored);
        }
        c.written = ClassPdfWriter::Written{};
        continue;
      }
      c.written = class_pdf_.write(index, sections);
    }
  }

  const std::vector<StudentInput>& inputs_;
  const BatchSettings& settings_;
  const std::stop_token stop_;
  BatchOutcome& outcome_;
  ClassPdfWriter class_pdf_;
  std::size_t students_;
  ProgressLine progress_;

  // Every change a waiting worker could act on bumps generation_ under the
  // lock; a stop request wakes the waits by itself (condition_variable_any).
  void changed() {
    ++generation_;
    changed_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable_any changed_;
  std::uint64_t generation_ = 0;
  std::size_t next_prepare_ = 0, next_resolve_ = 0, next_record_ = 0;
  std::size_t waiting_ = 0;  // this shard's students prepared or being prepared, not yet running
  std::size_t active_ = 0;   // tasks running outside the lock
  bool recording_ = false;
  std::map<std::size_t, PreparedStudent> prepared_;  // by input index, until resolved
  std::deque<Runnable> runnable_;                    // resolved, in input order
  std::map<std::size_t, StudentResult> finished_;    // by position, until recorded
  std::deque<std::size_t> ready_chunks_;
  std::vector<Chunk> chunks_;
  NameSet used_names_;                                                            // names given so far
  std::unordered_map<std::string, std::size_t> first_by_file_, first_by_numero_;  // first input of each
};

}  // namespace

std::string class_output_name(const std::string& stem, const std::string& ext, const Shard& shard) {
  if (shard.count <= 1) return stem + "." + ext;
  return stem + "-lot-" + std::to_string(shard.index + 1) + "-sur-" + std::to_string(shard.count) + "." + ext;
}

BatchOutcome run_batch(const std::vector<StudentInput>& inputs, const BatchSettings& settings, std::stop_token stop) {
  BatchOutcome outcome;
  const fs::path& out = settings.job.out_dir;
  // Temporary files of a run killed in this folder; with no lock (a file system
  // without locks) another run may be writing: only those an hour old are stale.
  const auto depth =
      static_cast<int>(std::count(settings.job.name_template.begin(), settings.job.name_template.end(), '/'));
  outcome.stale_temporaries = output::remove_stale_temporaries(
      out, depth, settings.folder_locked ? std::chrono::seconds(0) : std::chrono::hours(1));
  // The previous report describes files this run is about to replace: gone before the first of them.
  std::error_code ignored;
  fs::remove(out / class_output_name("rapport", "json", settings.shard), ignored);

  Scheduler(inputs, settings, stop, outcome).run();
  write_class_workbook(outcome, settings);
  // The report names every other output, so it is written after them, and put in place last.
  std::optional<output::PendingFile> report = write_report(outcome, settings);
  if (settings.zip) write_zip(outcome, settings, report ? report->temporary() : fs::path());
  if (report) commit_report(*report, outcome);
  return outcome;
}

}  // namespace siofill::batch
