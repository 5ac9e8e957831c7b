#include "job/student_job.hpp"

#include "fill/fill_form.hpp"
#include "output/atomic_file.hpp"
#include "output/output_names.hpp"
#include "reports/student_check.hpp"

namespace siofill::job {

std::vector<PlannedOutput> plan_outputs(const Evidence& ev, const std::vector<const forms::FormSpec*>& forms,
                                        const std::vector<const writers::OutputFormat*>& formats,
                                        const std::string& name_template) {
  const Candidat& c = ev.candidat;
  const output::NameFields base{
      c.numero, c.nom, c.prenom, std::string(option_name(c.option)), std::to_string(c.session), "", ""};
  std::vector<PlannedOutput> plan;
  for (const forms::FormSpec* form : forms)
    for (const writers::OutputFormat* format : formats) {
      output::NameFields fields = base;
      fields.form = form->id;
      fields.ext = std::string(format->extension);
      plan.push_back(PlannedOutput{form, format, output::render_output_name(name_template, fields)});
    }
  return plan;
}

namespace {

// What the formats of the current form cannot draw, told once per form and
// format before its files are written.
void tell_missing_characters(const doc::FilledForm& filled, const std::vector<PlannedOutput>& plan, std::size_t first,
                             const JobEvents& events) {
  for (std::size_t i = first; i < plan.size() && plan[i].form == plan[first].form; ++i) {
    const writers::OutputFormat& format = *plan[i].format;
    if (!format.missing_characters) continue;
    std::u32string missing;
    try {
      missing = format.missing_characters(filled);
    } catch (const std::exception&) {
      continue;  // the writer meets the same problem and reports it as the file's failure
    }
    if (!missing.empty()) events.missing_characters(*plan[i].form, format, missing);
  }
}

}  // namespace

StudentOutcome run_student_job(const StudentJob& job, const JobEvents& events) {
  const Referentiel& ref = *job.ref;
  const Evidence& ev = *job.evidence;
  CheckResult check = check_student(ref, ev);
  check.findings.insert(check.findings.end(), job.extra_findings.begin(), job.extra_findings.end());
  check.status = status_of(check.findings);
  if (events.checked) events.checked(check);

  StudentOutcome outcome;
  outcome.status = check.status;
  outcome.findings = std::move(check.findings);
  // Each form is filled once and written in every format.
  const forms::FormSpec* current = nullptr;
  doc::FilledForm filled;
  for (std::size_t i = 0; i < job.plan.size(); ++i) {
    const PlannedOutput& p = job.plan[i];
    if (job.stop.stop_requested()) break;
    if (p.form != current) {
      filled = fill::fill_form(*p.form, ref, ev);
      current = p.form;
      if (events.missing_characters) tell_missing_characters(filled, job.plan, i, events);
    }
    try {
      // write_inside: a symbolic link among the folders of a "{…}/…" template is refused (atomic_file.hpp).
      output::write_inside(job.out_dir, p.path,
                           [&](const std::filesystem::path& tmp) { p.format->write(filled, tmp, job.write_options); });
    } catch (const std::exception& e) {
      outcome.failures.push_back(FailedOutput{p.path, e.what()});
      if (events.failed) events.failed(outcome.failures.back());
      continue;
    }
    outcome.written.push_back(p);
    if (events.written) events.written(p);
  }
  if (!outcome.failures.empty()) outcome.status = Status::Error;
  return outcome;
}

}  // namespace siofill::job
