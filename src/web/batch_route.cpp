// POST /api/batch: a class zip in, the zip of `siofill batch --zip` out, by
// the same batch runner; everything happens in a temporary folder removed at
// the end of the request.
#include <algorithm>
#include <condition_variable>
#include <fstream>
#include <iterator>
#include <mutex>
#include <thread>

#include "batch/batch_inputs.hpp"
#include "batch/batch_runner.hpp"
#include "forms/form_spec.hpp"
#include "output/output_folder.hpp"
#include "text/printable.hpp"
#include "web/base64.hpp"
#include "web/http_reply.hpp"
#include "web/server_context.hpp"
#include "web/temp_dir.hpp"
#include "web/zip_upload.hpp"

namespace siofill::web {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> entries_with(const fs::path& dir, const char* extension) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code type_ec;
    if (!name.empty() && name[0] != '.' && it->path().extension() == extension && it->is_regular_file(type_ec))
      out.push_back(it->path());
  }
  return out;
}

// The folder of evidence files or the roster in the unpacked archive: at its
// top, or in its only folder (a zip made of a folder holds "classe/…").
std::optional<fs::path> find_batch_input(const fs::path& root, std::string& problem) {
  fs::path dir = root;
  for (int depth = 0; depth < 2; ++depth) {
    const std::vector<fs::path> rosters = entries_with(dir, ".csv");
    if (rosters.size() > 1) {
      problem = "l’archive contient plusieurs listes CSV au même niveau : gardez-en une seule";
      return std::nullopt;
    }
    if (rosters.size() == 1) return rosters.front();
    if (!entries_with(dir, ".json").empty()) return dir;
    std::vector<fs::path> folders;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      std::error_code type_ec;
      if (!name.empty() && name[0] != '.' && name != "__MACOSX" && it->is_directory(type_ec))
        folders.push_back(it->path());
    }
    if (folders.size() != 1) break;
    dir = folders.front();
  }
  problem =
      "aucun fichier de preuves (*.json) ni liste de classe (*.csv) dans l’archive (à sa racine ou dans son unique "
      "dossier)";
  return std::nullopt;
}

// A roster inside the archive may only name files of the archive: never one
// of the server's own files.
std::optional<std::string> outside_archive(const std::vector<batch::StudentInput>& inputs, const fs::path& root) {
  std::error_code ec;
  const fs::path base = fs::weakly_canonical(root, ec);
  for (const batch::StudentInput& in : inputs) {
    const fs::path p = fs::weakly_canonical(in.source, ec);
    const auto end = std::mismatch(base.begin(), base.end(), p.begin(), p.end()).first;
    if (ec || end != base.end())
      return "la liste de classe" + (in.roster ? " (ligne " + std::to_string(in.roster->line) + ")" : std::string()) +
             " désigne un fichier en dehors de l’archive : « " +
             text::printable(in.roster ? in.roster->evidence : in.source) + " » (les chemins sont relatifs à la liste)";
  }
  return std::nullopt;
}

// Requests a stop once `limit` has passed, unless the batch ends first.
class Deadline {
 public:
  Deadline(std::stop_source& stop, std::chrono::seconds limit)
      : thread_([this, &stop, limit] {
          std::unique_lock lock(mutex_);
          if (!done_cv_.wait_for(lock, limit, [this] { return done_; })) stop.request_stop();
        }) {}
  Deadline(const Deadline&) = delete;
  Deadline& operator=(const Deadline&) = delete;
  ~Deadline() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    done_cv_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false;
  std::thread thread_;  // last: started once the members it uses exist
};

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return bytes;
}

void post_batch(const httplib::Request& req, httplib::Response& res, ServerContext& ctx) {
  if (!body_type_is(req, res, {"application/zip", "application/x-zip-compressed"})) return;
  const ServerLimits& limits = ctx.settings.limits;
  const auto slot = ctx.take_slot(res);
  if (!slot) return;
  const std::optional<TempDir> tmp = TempDir::create();
  if (!tmp) return reply_error(res, 500, "dossier temporaire impossible à créer sur le serveur (voir TMPDIR)");
  const fs::path upload = tmp->path() / "envoi.zip", unpacked = tmp->path() / "entree",
                 out_dir = tmp->path() / "sortie";
  {
    std::ofstream out(upload, std::ios::binary);
    out.write(req.body.data(), static_cast<std::streamsize>(req.body.size()));
    if (!out.flush()) return reply_error(res, 500, "écriture de l’archive reçue impossible (disque plein ?)");
  }
  std::error_code ec;
  fs::create_directory(unpacked, ec);
  ZipProblem zip_problem;
  if (!extract_zip(upload, unpacked, ZipLimits{limits.zip_entries, limits.zip_entry_bytes, limits.zip_total_bytes},
                   zip_problem))
    return reply_error(res, zip_problem.too_large ? 413 : 422, zip_problem.message);
  fs::remove(upload, ec);

  std::string problem;
  const std::optional<fs::path> input = find_batch_input(unpacked, problem);
  if (!input) return reply_error(res, 422, problem);
  batch::BatchSettings settings;
  std::vector<batch::StudentInput> inputs;
  std::vector<std::string> errors;
  if (!batch::collect_inputs(input->string(), inputs, settings.input_problems, errors)) {
    nlohmann::json list = nlohmann::json::array();
    for (const std::string& e : errors) list.push_back({{"message", e}});
    return reply_error(res, 422, errors.empty() ? "archive inutilisable" : errors.front(), list);
  }
  if (inputs.empty()) return reply_error(res, 422, "aucun étudiant dans l’archive");
  if (const auto outside = outside_archive(inputs, unpacked)) return reply_error(res, 422, *outside);

  batch::JobSettings& job = settings.job;
  job.ref = ctx.settings.ref;
  job.sequences = ctx.settings.sequences;
  for (const writers::OutputFormat& f : writers::output_formats()) job.formats.push_back(&f);
  job.out_dir = out_dir;
  job.write_options = ctx.settings.write_options;
  job.class_pdf_form = forms::find_form("synthese-b1");
  settings.threads = std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
  settings.zip = true;
  settings.input_label = "archive envoyée";
  const std::optional<output::OutputFolder> folder =
      output::OutputFolder::open(out_dir, output::OutputFolder::Access::Exclusive, problem);
  if (!folder) return reply_error(res, 500, problem);
  settings.folder_locked = folder->locked();

  std::stop_source stop;
  std::optional<batch::BatchOutcome> outcome;
  {
    const Deadline deadline(stop, limits.job_time);
    outcome.emplace(batch::run_batch(inputs, settings, stop.get_token()));
  }
  if (outcome->interrupted)
    return reply_error(res, 503,
                       "traitement arrêté : plus de " + std::to_string(limits.job_time.count()) +
                           " secondes (découpez la classe en plusieurs archives)");
  const std::optional<std::string> zip = read_file(out_dir / "siofill-export.zip");
  const std::optional<std::string> report = read_file(out_dir / "rapport.json");
  if (!zip || !report) {
    nlohmann::json list = nlohmann::json::array();
    for (const std::string& f : outcome->class_failures) list.push_back({{"message", f}});
    return reply_error(res, 500, "l’archive de la classe n’a pas pu être écrite", list);
  }
  res.set_header("X-Siofill-Students", std::to_string(outcome->totals.students));
  if (req.get_param_value("reponse") == "json") {
    // For the secretariat's page: the statuses to show before the download.
    nlohmann::ordered_json body = {{"rapport", nlohmann::ordered_json::parse(*report)}, {"zip", base64(*zip)}};
    return reply_json(res, 200, body);
  }
  res.set_header("Content-Disposition", attachment("siofill-classe.zip"));
  res.set_content(*zip, "application/zip");
}

}  // namespace

void add_batch_route(httplib::Server& server, ServerContext& ctx) {
  server.Post("/api/batch", [&ctx](const httplib::Request& req, httplib::Response& res) { post_batch(req, res, ctx); });
}

}  // namespace siofill::web
