#include "batch/batch_student.hpp"

#include <algorithm>

#include "batch/evidence_source.hpp"
#include "batch/sha256.hpp"
#include "coverage/coverage.hpp"
#include "evidence/evidence_loader.hpp"
#include "fill/fill_form.hpp"
#include "sequences/sequences_loader.hpp"
#include "text/utf8.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;
namespace {

std::vector<const forms::FormSpec*> forms_for(const Evidence& ev, const JobSettings& settings) {
  return settings.forms.empty() ? fill::forms_for_student(*settings.ref, ev) : settings.forms;
}

// The roster and the evidence file must speak of the same person.
void compare_with_roster(const RosterRow& row, const Candidat& c, std::vector<Finding>& findings) {
  auto differs = [](const std::string& listed, const std::string& actual) {
    return !listed.empty() && text::fold(listed) != text::fold(actual);
  };
  auto note = [&](const char* what, const std::string& listed, const std::string& actual) {
    findings.push_back(Finding{false, "liste-differente", "/candidat",
                               "La liste de classe (ligne " + std::to_string(row.line) + ") indique " + what + " « " +
                                   listed + " » mais le fichier de preuves dit « " + actual + " »."});
  };
  if (differs(row.numero, c.numero)) note("le numéro", row.numero, c.numero);
  if (differs(row.nom, c.nom)) note("le nom", row.nom, c.nom);
  if (differs(row.prenom, c.prenom)) note("le prénom", row.prenom, c.prenom);
  if (differs(row.option, std::string(option_name(c.option))))
    note("l’option", row.option, std::string(option_name(c.option)));
}

}  // namespace

PreparedStudent prepare_student(const StudentInput& in, const JobSettings& settings, bool keep) {
  PreparedStudent p;
  std::error_code ec;
  p.identity = fs::weakly_canonical(in.source, ec).string();
  if (ec) p.identity = in.source;
  // A roster column names the student's own plan; it is small, read per student.
  std::optional<SequencePlan> own_plan;
  if (in.roster && !in.roster->sequences.empty()) {
    own_plan = load_sequences_file(in.roster->sequences, *settings.ref, p.errors);
    if (!own_plan) return p;
  }
  std::optional<Evidence> ev =
      load_student_evidence(in.source, *settings.ref, p.errors, own_plan ? &*own_plan : settings.sequences);
  if (!ev) return p;
  p.numero = ev->candidat.numero;
  p.plan = job::plan_outputs(*ev, forms_for(*ev, settings), settings.formats, settings.name_template);
  if (!keep) return p;
  if (settings.class_pdf_form) {
    doc::FilledForm synthesis = fill::fill_form(*settings.class_pdf_form, *settings.ref, *ev);
    if (!synthesis.sections.empty()) {
      p.synthesis = std::move(synthesis.sections.front());
      // In the class PDF, the jury finds a student by name in the bookmarks.
      p.synthesis->bookmarks = {
          doc::Bookmark{ev->candidat.nom + " " + ev->candidat.prenom + " – n° " + ev->candidat.numero, 1, 0}};
    }
  }
  p.evidence = std::move(ev);
  return p;
}

StudentResult run_prepared(const StudentInput& in, PreparedStudent& prepared, const JobSettings& settings,
                           std::vector<Finding> duplicates, std::stop_token stop) {
  StudentResult result;
  result.index = in.index;
  result.source = in.source;
  if (in.roster) {
    result.numero = in.roster->numero;
    result.nom = in.roster->nom;
    result.prenom = in.roster->prenom;
    result.option = in.roster->option;
  }
  const std::optional<Evidence> ev = std::move(prepared.evidence);
  prepared.evidence.reset();
  if (!ev) {
    result.errors = std::move(prepared.errors);
    return result;
  }
  const Referentiel& ref = *settings.ref;
  result.numero = ev->candidat.numero;
  result.nom = ev->candidat.nom;
  result.prenom = ev->candidat.prenom;
  result.option = std::string(option_name(ev->candidat.option));
  result.realisations = ev->realisations.size();
  for (const Realisation& r : ev->realisations)
    for (const std::string& id : r.sequences)
      if (std::find(result.sequences.begin(), result.sequences.end(), id) == result.sequences.end())
        result.sequences.push_back(id);
  if (const Bloc* b1 = ref.bloc("B1", ev->candidat.option)) {
    for (const CompetenceCoverage& cc : compute_coverage(ref, *b1, *ev).competences)
      result.bloc1.push_back(CompetenceCell{cc.competence->id, cc.covered(), cc.covered_sous(), cc.sous.size()});
  }

  job::StudentJob student{&ref, &*ev, std::move(prepared.plan), settings.out_dir, settings.write_options, {}, stop};
  if (in.roster) compare_with_roster(*in.roster, ev->candidat, student.extra_findings);
  student.extra_findings.insert(student.extra_findings.end(), duplicates.begin(), duplicates.end());
  job::JobEvents events;
  // rapport.json gives each file's size and digest, taken as soon as it is in place.
  events.written = [&](const PlannedOutput& p) {
    const fs::path target = settings.out_dir / p.path;
    try {
      result.outputs.push_back(
          OutputRecord{p.form->id, std::string(p.format->name), p.path, fs::file_size(target), sha256_file(target)});
    } catch (const std::exception& e) {
      result.failures.push_back(p.path + " : " + e.what());
    }
  };
  events.failed = [&](const job::FailedOutput& f) { result.failures.push_back(f.path + " : " + f.message); };
  job::StudentOutcome outcome = job::run_student_job(student, events);
  result.findings = std::move(outcome.findings);
  result.status = result.failures.empty() ? outcome.status : Status::Error;
  return result;
}

std::vector<PlannedOutput> plan_student(const StudentInput& in, const JobSettings& settings) {
  return prepare_student(in, settings, false).plan;
}

StudentResult run_student(const StudentInput& in, const std::vector<PlannedOutput>& plan, const JobSettings& settings,
                          std::stop_token stop) {
  PreparedStudent p = prepare_student(in, settings, true);
  p.plan = plan;
  return run_prepared(in, p, settings, {}, stop);
}

}  // namespace siofill::batch
