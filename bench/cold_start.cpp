// siofill_cold_start — where a fresh process spends its CPU before and during its
// first documents: the cold-start breakdown of tools/bench.
//
//   siofill_cold_start --out DOSSIER [--sample FICHIER] [--unicode-sample FICHIER]
//
// Linked like siofill (the same libraries, loaded and relocated the same way),
// it runs once the steps of `siofill fill` for the seed-002 grid and prints, as
// one JSON object on standard output, the process CPU time (user + system,
// CLOCK_PROCESS_CPUTIME_ID, in ms) each step took:
//
//   start-up          exec, loading and relocating the shared libraries, static
//                     initialisers: the CPU the process had used on entering main()
//   forms             builtin_forms(): the built-in form specs, first use
//   referentiel       default_referentiel(): the built-in référentiel, first use
//   evidence          reading and checking the sample's evidence
//   first/<format>    filling the grid and writing it, first file of that format
//   second/<format>   the same again: first - second is the format's one-time set-up
//   fonts/first       the grid PDF of a student whose name is outside WinAnsi, first
//                     one (font files found, mapped, subset); fonts/second: again
//
// tools/bench runs it many times (fresh processes) and prints the medians; the
// whole process's CPU (wait4) minus the last step gives the exit. A measuring
// tool, not a test: nothing here asserts a duration.
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "evidence/evidence_loader.hpp"
#include "fill/fill_form.hpp"
#include "forms/form_spec.hpp"
#include "output/atomic_file.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "writers/output_formats.hpp"

namespace fs = std::filesystem;
using namespace siofill;

namespace {

double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Steps {
  std::vector<std::pair<std::string, double>> done;
  double last = 0;

  void mark(const std::string& name) {
    const double now = cpu_ms();
    done.emplace_back(name, now - last);
    last = now;
  }
  void print() const {
    std::printf("{");
    for (std::size_t i = 0; i < done.size(); ++i)
      std::printf("%s\"%s\": %.4f", i ? ", " : "", done[i].first.c_str(), done[i].second);
    std::printf(", \"total\": %.4f}\n", last);
  }
};

Evidence load(const std::string& path) {
  Diagnostics d;
  std::optional<Evidence> ev = load_evidence_file(path, default_referentiel(), d);
  if (!ev) {
    std::cerr << "siofill_cold_start : preuves illisibles : " << path << "\n";
    std::exit(2);
  }
  return std::move(*ev);
}

void write_grid(const Evidence& ev, const writers::OutputFormat& format, const fs::path& target) {
  const doc::FilledForm f = fill::fill_form(*forms::find_form("grille-b1"), default_referentiel(), ev);
  output::write_atomically(target, [&](const fs::path& tmp) { format.write(f, tmp, doc::WriteOptions{}); });
}

}  // namespace

int main(int argc, char** argv) {
  Steps steps;
  steps.mark("start-up");
  const fs::path source(SIOFILL_SOURCE_DIR);
  std::string sample = (source / "samples/classe/etudiant-001.json").string();
  std::string unicode_sample = (source / "samples/classe/etudiant-020.json").string();
  fs::path out;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--sample")
      sample = argv[i + 1];
    else if (a == "--unicode-sample")
      unicode_sample = argv[i + 1];
    else if (a == "--out")
      out = argv[i + 1];
  }
  if (out.empty() || argc % 2 == 0) {
    std::cerr << "utilisation : siofill_cold_start --out DOSSIER [--sample FICHIER] [--unicode-sample FICHIER]\n";
    return 2;
  }

  // Forms first: checking the référentiel's session rules asks for the form ids.
  forms::builtin_forms();
  steps.mark("forms");
  default_referentiel();
  steps.mark("referentiel");
  const Evidence ev = load(sample);
  steps.mark("evidence");
  for (const char* pass : {"first", "second"})
    for (const writers::OutputFormat& format : writers::output_formats()) {
      write_grid(ev, format, out / (std::string(pass) + "-grille-b1." + std::string(format.extension)));
      steps.mark(std::string(pass) + "/" + std::string(format.name));
    }
  const double before = cpu_ms();
  const Evidence unicode = load(unicode_sample);
  steps.last += cpu_ms() - before;  // reading the second sample is not a font cost
  const writers::OutputFormat& pdf = *writers::find_output_format("pdf");
  write_grid(unicode, pdf, out / "fonts-first-grille-b1.pdf");
  steps.mark("fonts/first");
  write_grid(unicode, pdf, out / "fonts-second-grille-b1.pdf");
  steps.mark("fonts/second");
  steps.print();
  return 0;
}
