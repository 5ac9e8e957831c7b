// siofill_bench — CPU cost of the per-student work, with Google Benchmark.
//
//   siofill_bench [--sample FICHIER] [--class DOSSIER] [--out DOSSIER] [--benchmark_* ...]
//
// The référentiel, the forms and the evidence are loaded once, before any
// timing ("after start-up"); each benchmark then repeats one piece of
// per-student work, writing a new file each time (into --out, or a private
// temporary directory):
//
//   startup/referentiel, startup/forms parse the embedded référentiel / form specs (paid once
//                                        per process: default_referentiel(), builtin_forms())
//   load/evidence                      read + validate the sample's evidence
//   batch/plan-student                 batch phase 1 for one student (second read of the evidence)
//   batch/sha256-file                  SHA-256 of one written file (the grid PDF) for rapport.json
//   fill/<form>                        fill one form (no file)
//   write/<form>/<format>              fill + write one file (atomic rename), as `fill` does
//   student/grid/pdf+xlsx+docx         the batch path for one student (read evidence, exam
//   student/all-forms/all-formats        rules, coverage, fill, write, SHA-256): the grid in
//                                        three formats, or every form in all four formats
//   class/grid/pdf+xlsx+docx           the same, one student of --class per iteration, so
//   class/all-forms/all-formats          the figure is the class average (non-WinAnsi names
//                                        included)
//
// Times are process CPU time (user + system, MeasureProcessCPUTime), in ms.
// tools/bench runs this with --benchmark_repetitions and reads the medians.
// No timing is asserted anywhere: this is a measuring tool, not a test.
#include <malloc.h>
#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "batch/batch_student.hpp"
#include "batch/sha256.hpp"
#include "embedded/embedded_files.hpp"
#include "evidence/evidence_loader.hpp"
#include "fill/fill_form.hpp"
#include "forms/form_spec.hpp"
#include "output/atomic_file.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "writers/output_formats.hpp"

namespace fs = std::filesystem;
using namespace siofill;

namespace {

struct BenchData {
  std::string sample;              // evidence file of the per-student benchmarks
  std::vector<std::string> klass;  // evidence files of the class benchmarks
  fs::path out_dir;                // private temporary directory
  Evidence evidence;               // the sample, loaded once
  std::vector<const forms::FormSpec*> all_forms;
  std::vector<const writers::OutputFormat*> all_formats, grid_formats;
  const forms::FormSpec* grid = nullptr;
};

BenchData g;

batch::JobSettings job_settings(const std::vector<const forms::FormSpec*>& forms,
                                const std::vector<const writers::OutputFormat*>& formats, const fs::path& dir) {
  batch::JobSettings s;
  s.ref = &default_referentiel();
  s.forms = forms;
  s.formats = formats;
  s.out_dir = dir;
  s.write_options = doc::WriteOptions{};
  return s;
}

void bench_load(benchmark::State& state) {
  for (auto _ : state) {
    Diagnostics d;
    std::optional<Evidence> ev = load_evidence_file(g.sample, default_referentiel(), d);
    benchmark::DoNotOptimize(ev);
  }
}

// What every process pays once before its first student (the statics of
// default_referentiel() and builtin_forms()), measured by parsing again.
void bench_startup_referentiel(benchmark::State& state) {
  const std::string_view text = *embedded_file("referentiel/bts-sio-2019.json");
  for (auto _ : state) {
    Diagnostics d;
    Reporter report("referentiel", d);
    std::optional<Referentiel> ref = load_referentiel(text, report);
    benchmark::DoNotOptimize(ref);
  }
}

void bench_startup_forms(benchmark::State& state) {
  for (auto _ : state) {
    for (std::string_view name : embedded_files_under("forms/")) {
      Diagnostics d;
      Reporter report(std::string(name), d);
      std::optional<forms::FormSpec> spec = forms::load_form_spec(*embedded_file(name), report);
      benchmark::DoNotOptimize(spec);
    }
  }
}

// Phase 1 of a batch (reads the evidence a first time to name the outputs).
void bench_plan(benchmark::State& state) {
  const batch::JobSettings settings = job_settings(g.all_forms, g.all_formats, g.out_dir / "plan");
  const batch::StudentInput in{0, g.sample, std::nullopt};
  for (auto _ : state) {
    std::vector<batch::PlannedOutput> plan = batch::plan_student(in, settings);
    benchmark::DoNotOptimize(plan);
  }
}

// The SHA-256 of one written file for rapport.json (the grid PDF of the sample).
void bench_sha256(benchmark::State& state) {
  const fs::path target = g.out_dir / "sha" / "grille-b1.pdf";
  const doc::FilledForm f = fill::fill_form(*g.grid, default_referentiel(), g.evidence);
  output::write_atomically(target, [&](const fs::path& tmp) { g.all_formats.front()->write(f, tmp, {}); });
  for (auto _ : state) {
    std::string digest = batch::sha256_file(target);
    benchmark::DoNotOptimize(digest);
  }
  state.counters["bytes"] = static_cast<double>(fs::file_size(target));
}

void bench_fill(benchmark::State& state, const forms::FormSpec* form) {
  for (auto _ : state) {
    doc::FilledForm f = fill::fill_form(*form, default_referentiel(), g.evidence);
    benchmark::DoNotOptimize(f);
  }
}

// Every iteration writes a new file, as a batch does: replacing the same file
// would time the deletion of the previous one (on this machine's ext4, mounted
// with `discard`, a synchronous trim of its blocks), which no batch pays.
std::string fresh_name(const std::string& name) {
  static std::atomic<std::uint64_t> counter{0};
  return std::to_string(counter++) + "-" + name;
}

void bench_write(benchmark::State& state, const forms::FormSpec* form, const writers::OutputFormat* format) {
  const fs::path dir = g.out_dir / "write";
  const std::string name = form->id + "." + std::string(format->extension);
  const doc::WriteOptions options{};
  fs::path target;
  for (auto _ : state) {
    const doc::FilledForm f = fill::fill_form(*form, default_referentiel(), g.evidence);
    target = dir / fresh_name(name);
    output::write_atomically(target, [&](const fs::path& tmp) { format->write(f, tmp, options); });
  }
  state.counters["bytes"] = static_cast<double>(fs::file_size(target));
}

// One student through the batch path (plan once, then run_student per iteration).
void bench_students(benchmark::State& state, const std::vector<std::string>* students,
                    const std::vector<const forms::FormSpec*>* forms,
                    const std::vector<const writers::OutputFormat*>* formats, std::string tag) {
  const batch::JobSettings settings = job_settings(*forms, *formats, g.out_dir / tag);
  std::vector<batch::StudentInput> inputs;
  std::vector<std::vector<batch::PlannedOutput>> plans;
  for (const std::string& s : *students) {
    inputs.push_back(batch::StudentInput{inputs.size(), s, std::nullopt});
    plans.push_back(batch::plan_student(inputs.back(), settings));
  }
  std::size_t i = 0, files = 0, bytes = 0;
  std::vector<batch::PlannedOutput> plan;
  for (auto _ : state) {
    plan = plans[i];
    const std::string prefix = fresh_name("");
    for (batch::PlannedOutput& p : plan) p.path = prefix + p.path;
    const batch::StudentResult r = batch::run_student(inputs[i], plan, settings);
    files += r.outputs.size();
    for (const batch::OutputRecord& o : r.outputs) bytes += o.bytes;
    if (!r.failures.empty()) state.SkipWithError(r.failures.front().c_str());
    i = (i + 1) % inputs.size();
  }
  const double n = static_cast<double>(state.iterations());
  state.counters["files"] = n > 0 ? static_cast<double>(files) / n : 0;
  state.counters["bytes"] = n > 0 ? static_cast<double>(bytes) / n : 0;
}

std::vector<std::string> class_files(const fs::path& dir) {
  std::vector<std::string> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json" && e.path().filename().string().rfind('.', 0) != 0)
      files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

template <typename... Args>
benchmark::internal::Benchmark* add(const std::string& name, Args&&... args) {
  return benchmark::RegisterBenchmark(name.c_str(), std::forward<Args>(args)...)
      ->Unit(benchmark::kMillisecond)
      ->MeasureProcessCPUTime();
}

}  // namespace

int main(int argc, char** argv) {
  // The same allocator settings as the siofill process (src/cli/main.cpp).
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  benchmark::Initialize(&argc, argv);
  const fs::path source(SIOFILL_SOURCE_DIR);
  g.sample = (source / "samples/classe/etudiant-001.json").string();
  fs::path klass = source / "samples/classe";
  fs::path out;  // empty: a temporary directory, removed at the end
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--sample" && i + 1 < argc) {
      g.sample = argv[++i];
    } else if (a == "--class" && i + 1 < argc) {
      klass = argv[++i];
    } else if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else {
      std::cerr << "siofill_bench : option inconnue « " << a << " »\n"
                << "utilisation : siofill_bench [--sample FICHIER] [--class DOSSIER] [--out DOSSIER] [--benchmark_*]\n";
      return 2;
    }
  }
  g.klass = class_files(klass);
  Diagnostics diagnostics;
  std::optional<Evidence> ev = load_evidence_file(g.sample, default_referentiel(), diagnostics);
  if (!ev || g.klass.empty()) {
    std::cerr << "siofill_bench : échantillon illisible (" << g.sample << ") ou classe vide (" << klass.string()
              << ")\n";
    return 2;
  }
  g.evidence = std::move(*ev);
  // With --out the caller removes the files later: deleting thousands of files
  // makes the next creations slower for 30 s on an ext4 volume without journal.
  const bool remove_at_end = out.empty();
  if (out.empty()) {
    std::string pattern = (fs::temp_directory_path() / "siofill-bench-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
      std::perror("mkdtemp");
      return 2;
    }
    out = pattern;
  }
  g.out_dir = out;
  // "Every form" is the four forms a student hands in; the dossier is the same
  // four again in one document and would count them twice.
  for (const forms::FormSpec& f : forms::builtin_forms())
    if (f.type != forms::FormType::Dossier) g.all_forms.push_back(&f);
  for (const writers::OutputFormat& f : writers::output_formats()) g.all_formats.push_back(&f);
  for (const char* name : {"pdf", "xlsx", "docx"}) g.grid_formats.push_back(writers::find_output_format(name));
  g.grid = forms::find_form("grille-b1");
  static const std::vector<const forms::FormSpec*> grid_only{g.grid};
  static const std::vector<std::string> sample_only{g.sample};

  add("startup/referentiel", bench_startup_referentiel);
  add("startup/forms", bench_startup_forms);
  add("load/evidence", bench_load);
  add("batch/plan-student", bench_plan);
  add("batch/sha256-file", bench_sha256);
  for (const forms::FormSpec* form : g.all_forms) add("fill/" + form->id, bench_fill, form);
  for (const forms::FormSpec* form : g.all_forms)
    for (const writers::OutputFormat* format : g.all_formats)
      add("write/" + form->id + "/" + std::string(format->name), bench_write, form, format);
  add("student/grid/pdf+xlsx+docx", bench_students, &sample_only, &grid_only, &g.grid_formats, "s-grid");
  add("student/all-forms/all-formats", bench_students, &sample_only, &g.all_forms, &g.all_formats, "s-all");
  add("class/grid/pdf+xlsx+docx", bench_students, &g.klass, &grid_only, &g.grid_formats, "c-grid");
  add("class/all-forms/all-formats", bench_students, &g.klass, &g.all_forms, &g.all_formats, "c-all");

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (remove_at_end) {
    std::error_code ignored;
    fs::remove_all(g.out_dir, ignored);
  }
  return 0;
}
