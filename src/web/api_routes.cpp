// The API of one student, with the CLI's semantics and the library functions
// the CLI calls: check, coverage, fill, import, référentiel, forms, formats.
#include <chrono>
#include <fstream>
#include <iterator>

#include "coverage/coverage.hpp"
#include "evidence/evidence_json_writer.hpp"
#include "evidence/evidence_loader.hpp"
#include "forms/form_aliases.hpp"
#include "forms/form_spec.hpp"
#include "import/notes_text.hpp"
#include "job/student_job.hpp"
#include "output/output_names.hpp"
#include "referentiel/referentiel_json.hpp"
#include "reports/check_json.hpp"
#include "reports/coverage_json.hpp"
#include "reports/forms_json.hpp"
#include "reports/student_check.hpp"
#include "text/did_you_mean.hpp"
#include "text/printable.hpp"
#include "web/http_reply.hpp"
#include "web/server_context.hpp"
#include "web/temp_dir.hpp"
#include "writers/output_formats.hpp"

namespace siofill::web {
namespace {

namespace fs = std::filesystem;

// The name evidence sent in a request goes by in messages.
constexpr const char* kEvidenceName = "preuves.json";
constexpr const char* kNotesName = "notes.txt";

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// The evidence in the body, or nullopt with the reply set: 400 when the JSON
// itself is broken (line and column), 422 when it is JSON but not valid evidence.
std::optional<Evidence> evidence_from(const httplib::Request& req, httplib::Response& res, const ServerContext& ctx) {
  if (!body_type_is(req, res, {"application/json"})) return std::nullopt;
  if (!body_fits(req, res, ctx.settings.limits.max_json_bytes, "fichier de preuves")) return std::nullopt;
  Diagnostics diagnostics;
  EvidenceLimits limits;
  limits.max_file_bytes = ctx.settings.limits.max_json_bytes;
  // An uploaded file names no plan the server would read: only --sequences counts.
  std::optional<Evidence> ev = load_evidence(req.body, kEvidenceName, *ctx.settings.ref, diagnostics, limits,
                                             SequenceSource{ctx.settings.sequences, false});
  if (ev) return ev;
  const bool syntax =
      std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.line > 0; });
  reply_error(res, syntax ? 400 : 422,
              std::string(kEvidenceName) +
                  (syntax ? " n’est pas du JSON valide" : " n’est pas un fichier de preuves valide") + " : " +
                  std::to_string(diagnostics.size()) + (diagnostics.size() > 1 ? " erreurs" : " erreur"),
              diagnostics_json(diagnostics));
  return std::nullopt;
}

void post_check(const httplib::Request& req, httplib::Response& res, ServerContext& ctx) {
  const auto slot = ctx.take_slot(res);
  if (!slot) return;
  const std::optional<Evidence> ev = evidence_from(req, res, ctx);
  if (!ev) return;
  nlohmann::ordered_json students = nlohmann::ordered_json::array();
  students.push_back(check_entry_json(kEvidenceName, *ev, check_student(*ctx.settings.ref, *ev)));
  reply_json(res, 200, check_report_json(std::move(students)));
}

void post_coverage(const httplib::Request& req, httplib::Response& res, ServerContext& ctx) {
  const auto slot = ctx.take_slot(res);
  if (!slot) return;
  const std::optional<Evidence> ev = evidence_from(req, res, ctx);
  if (!ev) return;
  const Referentiel& ref = *ctx.settings.ref;
  const Bloc* bloc = nullptr;
  if (const std::string id = req.get_param_value("bloc"); !id.empty()) {
    bloc = ref.bloc(id, ev->candidat.option);
    if (!bloc) {
      std::vector<std::string> known;
      for (const Bloc& b : ref.blocs)
        if (b.visible_to(ev->candidat.option)) known.push_back(b.id);
      return reply_error(res, 400, "bloc « " + text::shown_name(id) + " » inconnu (blocs : " + joined(known) + ")");
    }
  } else {
    const std::vector<const Bloc*> blocs = blocs_to_check(ref, *ev);
    if (blocs.empty()) return reply_error(res, 422, "aucun bloc à examiner pour ces preuves");
    bloc = blocs.front();  // as `coverage --json`: B1 unless ?bloc=
  }
  reply_json(res, 200, coverage_json(ref, *ev, compute_coverage(ref, *bloc, *ev)));
}

const forms::FormSpec* form_named(const std::string& name, std::string& problem) {
  if (const forms::FormSpec* f = forms::find_form(name)) return f;
  if (const auto current = forms::renamed_form(name)) return forms::find_form(*current);
  std::vector<std::string> known;
  for (const forms::FormSpec& f : forms::builtin_forms()) known.push_back(f.id);
  problem = name.empty() ? "paramètre form manquant (formulaires : " + joined(known) + ")"
                         : "formulaire « " + text::shown_name(name) + " » inconnu" +
                               text::suggestion_suffix(name, known) + " (formulaires : " + joined(known) + ")";
  return nullptr;
}

const writers::OutputFormat* format_named(const std::string& name, std::string& problem) {
  if (const writers::OutputFormat* f = writers::find_output_format(name)) return f;
  std::vector<std::string> known;
  for (const writers::OutputFormat& f : writers::output_formats()) known.emplace_back(f.name);
  problem = name.empty() ? "paramètre format manquant (formats : " + joined(known) + ")"
                         : "format « " + text::shown_name(name) + " » inconnu" + text::suggestion_suffix(name, known) +
                               " (formats : " + joined(known) + ")";
  return nullptr;
}

void post_fill(const httplib::Request& req, httplib::Response& res, ServerContext& ctx) {
  const auto started = std::chrono::steady_clock::now();
  std::string problem;
  const forms::FormSpec* spec = form_named(req.get_param_value("form"), problem);
  const writers::OutputFormat* format = spec ? format_named(req.get_param_value("format"), problem) : nullptr;
  if (!format) return reply_error(res, 400, problem);
  const auto slot = ctx.take_slot(res);
  if (!slot) return;
  const std::optional<Evidence> ev = evidence_from(req, res, ctx);
  if (!ev) return;
  const std::optional<TempDir> tmp = TempDir::create();
  if (!tmp) return reply_error(res, 500, "dossier temporaire impossible à créer sur le serveur (voir TMPDIR)");
  // The one file asked for, by the student job `siofill fill` runs, in a private folder.
  job::StudentJob student{ctx.settings.ref, &*ev, {}, tmp->path(), ctx.settings.write_options, {}, {}};
  student.plan = job::plan_outputs(*ev, {spec}, {format}, output::kDefaultNameTemplate);
  const job::StudentOutcome outcome = job::run_student_job(student);
  if (!outcome.failures.empty())
    return reply_error(res, 500,
                       "écriture du formulaire impossible : " + text::printable(outcome.failures.front().message));
  const job::PlannedOutput& written = student.plan.front();
  std::ifstream in(tmp->path() / written.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return reply_error(res, 500, "lecture du formulaire écrit impossible");
  res.set_header("Content-Disposition", attachment(written.path));
  // As `siofill fill`, a blocked student's forms are written for review; the status says so.
  res.set_header("X-Siofill-Status", std::string(status_name(outcome.status)));
  // The server's own time (reading the evidence, checking, filling, writing): tools/bench reads it.
  const std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - started;
  res.set_header("Server-Timing", "fill;dur=" + std::to_string(spent.count()));
  res.set_content(std::move(bytes), std::string(format->media_type));
}

// The candidate fields of `siofill import`'s options, from the query string.
bool candidat_from_query(const httplib::Request& req, import::CandidatFields& c, std::string& problem) {
  const auto text_param = [&](const char* key, std::optional<std::string>& field) {
    if (req.has_param(key)) field = req.get_param_value(key);
  };
  text_param("nom", c.nom);
  text_param("prenom", c.prenom);
  text_param("numero", c.numero);
  text_param("centre", c.centre);
  text_param("portfolio", c.portfolio);
  if (req.has_param("option")) {
    c.option = parse_option(req.get_param_value("option"));
    if (!c.option) {
      problem = "option « " + text::shown_name(req.get_param_value("option")) + " » inconnue (SISR ou SLAM)";
      return false;
    }
  }
  if (req.has_param("session")) {
    const std::string s = req.get_param_value("session");
    if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string::npos) {
      problem = "session « " + text::shown_name(s) + " » : une année sur quatre chiffres est attendue (ex. : 2026)";
      return false;
    }
    c.session = std::stoi(s);
  }
  return true;
}

void post_import(const httplib::Request& req, httplib::Response& res, ServerContext& ctx) {
  if (!body_type_is(req, res, {"text/plain"})) return;
  if (!body_fits(req, res, import::kMaxNotesBytes, "fichier de notes")) return;
  import::ImportSettings settings;
  std::string problem;
  if (!candidat_from_query(req, settings.candidat, problem)) return reply_error(res, 400, problem);
  for (std::size_t i = 0; i < req.get_param_value_count("organisation"); ++i)
    settings.organisations.push_back(req.get_param_value("organisation", i));
  const auto slot = ctx.take_slot(res);
  if (!slot) return;
  const import::NotesTextImport imported =
      import::import_notes_text(req.body, kEvidenceName, *ctx.settings.ref, settings);
  if (imported.error)
    return reply_error(
        res, 422, std::string(kNotesName) + ":" + std::to_string(imported.error->line) + ": " + imported.error->message,
        nlohmann::json::array(
            {{{"file", kNotesName}, {"line", imported.error->line}, {"message", imported.error->message}}}));
  if (!imported.reread.empty())
    return reply_error(res, 422, "le fichier produit depuis les notes ne se relit pas",
                       diagnostics_json(imported.reread));
  const import::ImportResult& r = imported.result;
  nlohmann::ordered_json remarks = nlohmann::ordered_json::array();
  for (const import::NoteRemark& m : import::remarks_in_line_order(r))
    remarks.push_back({{"line", m.line}, {"kind", m.ignored ? "ignored" : "note"}, {"message", m.message}});
  reply_json(res, 200,
             nlohmann::ordered_json{{"evidence", evidence_json(r.evidence)},
                                    {"remarks", std::move(remarks)},
                                    {"to_complete", r.to_complete},
                                    {"activities", r.activities},
                                    {"realisations", r.realisations}});
}

nlohmann::json formats_json() {
  nlohmann::json list = nlohmann::json::array();
  for (const writers::OutputFormat& f : writers::output_formats())
    list.push_back(
        {{"name", f.name}, {"extension", f.extension}, {"description", f.description}, {"media_type", f.media_type}});
  return list;
}

}  // namespace

void add_api_routes(httplib::Server& server, ServerContext& ctx) {
  server.Post("/api/check", [&ctx](const httplib::Request& req, httplib::Response& res) { post_check(req, res, ctx); });
  server.Post("/api/coverage",
              [&ctx](const httplib::Request& req, httplib::Response& res) { post_coverage(req, res, ctx); });
  server.Post("/api/fill", [&ctx](const httplib::Request& req, httplib::Response& res) { post_fill(req, res, ctx); });
  server.Post("/api/import",
              [&ctx](const httplib::Request& req, httplib::Response& res) { post_import(req, res, ctx); });
  // Read once: the référentiel and the lists never change while the server runs.
  const Referentiel& ref = *ctx.settings.ref;
  std::vector<const Bloc*> blocs;
  for (const Bloc& b : ref.blocs) blocs.push_back(&b);
  std::vector<const SessionRules*> rules;
  for (const SessionRules& r : ref.regles) rules.push_back(&r);
  const std::string referentiel = referentiel_to_json(ref, blocs, rules).dump(2) + "\n";
  const std::string forms = forms_json().dump(2) + "\n";
  const std::string formats = formats_json().dump(2) + "\n";
  const auto fixed = [](std::string body) {
    return [body = std::move(body)](const httplib::Request&, httplib::Response& res) {
      res.set_content(body, "application/json; charset=utf-8");
    };
  };
  server.Get("/api/referentiel", fixed(referentiel));
  server.Get("/api/forms", fixed(forms));
  server.Get("/api/formats", fixed(formats));
}

}  // namespace siofill::web
