// The student job (job/student_job.hpp) and the batch scheduler's stop, on the
// real writers and the real sample class: what reaches the disk and the status.
#include <filesystem>
#include <fstream>
#include <stop_token>

#include <catch2/catch.hpp>

#include "batch/batch_inputs.hpp"
#include "batch/batch_runner.hpp"
#include "forms/form_spec.hpp"
#include "job/student_job.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "test_support.hpp"
#include "writers/output_formats.hpp"

using namespace siofill;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary directory, removed at the end.
struct ScratchDir {
  fs::path path;
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "siofill-job-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

std::string first_bytes(const fs::path& p, std::size_t n) {
  std::ifstream in(p, std::ios::binary);
  std::string s(n, '\0');
  in.read(s.data(), static_cast<std::streamsize>(n));
  s.resize(static_cast<std::size_t>(in.gcount()));
  return s;
}

job::StudentJob grid_job(const Evidence& ev, const fs::path& out, std::vector<const writers::OutputFormat*> formats) {
  job::StudentJob j;
  j.ref = &default_referentiel();
  j.evidence = &ev;
  j.plan = job::plan_outputs(ev, {forms::find_form("grille-b1")}, formats, "{numero}_{form}.{ext}");
  j.out_dir = out;
  return j;
}

}  // namespace

TEST_CASE("the student job writes each planned file and tells each one") {
  const ScratchDir dir;
  const Evidence ev = test::load_ok(test::complete_evidence());
  const job::StudentJob j =
      grid_job(ev, dir.path, {writers::find_output_format("pdf"), writers::find_output_format("xml")});
  std::vector<std::string> told;
  job::JobEvents events;
  events.written = [&](const job::PlannedOutput& p) { told.push_back(p.path); };
  const job::StudentOutcome outcome = job::run_student_job(j, events);
  CHECK(outcome.failures.empty());
  REQUIRE(outcome.written.size() == 2);
  CHECK(told == std::vector<std::string>{"02412345678_grille-b1.pdf", "02412345678_grille-b1.xml"});
  CHECK(first_bytes(dir.path / told[0], 5) == "%PDF-");
  CHECK(first_bytes(dir.path / told[1], 5) == "<?xml");
  CHECK(outcome.status == Status::Ready);
}

TEST_CASE("a file that cannot be written leaves the others written and the status error") {
  const ScratchDir dir;
  const Evidence ev = test::load_ok(test::complete_evidence());
  job::StudentJob j = grid_job(ev, dir.path, {writers::find_output_format("pdf"), writers::find_output_format("xml")});
  std::ofstream(dir.path / "occupe") << "a file where a folder is wanted";
  j.plan[0].path = "occupe/grille.pdf";
  const job::StudentOutcome outcome = job::run_student_job(j);
  REQUIRE(outcome.failures.size() == 1);
  CHECK(outcome.failures[0].path == "occupe/grille.pdf");
  CHECK(!outcome.failures[0].message.empty());
  REQUIRE(outcome.written.size() == 1);
  CHECK(fs::is_regular_file(dir.path / outcome.written[0].path));
  CHECK(outcome.status == Status::Error);
}

TEST_CASE("the caller's findings count in the status as the exam rules' own") {
  const ScratchDir dir;
  const Evidence ev = test::load_ok(test::complete_evidence());
  job::StudentJob j = grid_job(ev, dir.path, {writers::find_output_format("xml")});
  j.extra_findings = {Finding{false, "doublon", "", "Doublon."}};
  CHECK(job::run_student_job(j).status == Status::Warning);
  j.extra_findings.push_back(Finding{true, "liste-differente", "/candidat", "Autre personne."});
  const job::StudentOutcome blocked = job::run_student_job(j);
  CHECK(blocked.status == Status::Blocked);
  CHECK(blocked.findings.size() == 2);
  CHECK(blocked.written.size() == 1);  // a blocked student's forms are written for review
}

TEST_CASE("a stop requested before the job starts writes nothing") {
  const ScratchDir dir;
  const Evidence ev = test::load_ok(test::complete_evidence());
  job::StudentJob j = grid_job(ev, dir.path, {writers::find_output_format("xml")});
  std::stop_source stop;
  stop.request_stop();
  j.stop = stop.get_token();
  const job::StudentOutcome outcome = job::run_student_job(j);
  CHECK(outcome.written.empty());
  CHECK(fs::is_empty(dir.path));
}

TEST_CASE("a batch stopped before it starts returns, marked interrupted, with its report and no student file") {
  const ScratchDir dir;
  batch::BatchSettings settings;
  std::vector<batch::StudentInput> inputs;
  std::vector<std::string> errors;
  REQUIRE(batch::collect_inputs(SIOFILL_SAMPLES_DIR "/classe", inputs, settings.input_problems, errors));
  REQUIRE(inputs.size() > 2);
  settings.job.ref = &default_referentiel();
  settings.job.formats = {writers::find_output_format("xml")};
  settings.job.out_dir = dir.path;
  settings.threads = 2;
  std::stop_source stop;
  stop.request_stop();
  // Every worker finds the stop and nothing running: none waits for a wake-up that never comes.
  const batch::BatchOutcome outcome = batch::run_batch(inputs, settings, stop.get_token());
  CHECK(outcome.interrupted);
  CHECK(outcome.totals.students == 0);
  CHECK(fs::is_regular_file(dir.path / "rapport.json"));
  for (const fs::directory_entry& e : fs::directory_iterator(dir.path))
    CHECK((e.path().filename() == "rapport.json" || e.path().filename() == "classe-synthese.xlsx"));
}

TEST_CASE("a status becomes text in one place: the JSON names of rapport.json and the French labels") {
  CHECK(status_name(Status::Ready) == "ready");
  CHECK(status_name(Status::Warning) == "warning");
  CHECK(status_name(Status::Blocked) == "blocked");
  CHECK(status_name(Status::Error) == "error");
  CHECK(status_label(Status::Blocked) == "bloqué");
  CHECK(status_label(Status::Error) == "erreur");
}
