#include "batch/batch_inputs.hpp"

#include <algorithm>
#include <filesystem>

#include "batch/roster_reader.hpp"
#include "json/json_file.hpp"
#include "text/printable.hpp"
#include "text/system_errors.hpp"

namespace siofill::batch {

namespace fs = std::filesystem;

bool collect_inputs(const std::string& input, std::vector<StudentInput>& out, std::vector<std::string>& problems,
                    std::vector<std::string>& errors) {
  std::error_code ec;
  if (fs::is_directory(input, ec)) {
    std::vector<std::string> files;
    // Error codes rather than exceptions: a folder that cannot be read, or an
    // entry that vanishes or cannot be examined, is told in French, not thrown.
    for (fs::directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& path = it->path();
      const std::string name = path.filename().string();
      std::error_code entry_ec;
      // Not only regular files: a named pipe or a link to a device called *.json
      // becomes a student in error with the reason (evidence_source.hpp), never a silent gap.
      if (name.empty() || name[0] == '.' || path.extension() != ".json" || it->is_directory(entry_ec)) continue;
      files.push_back(path.string());
    }
    if (ec) {
      errors.push_back("lecture du dossier « " + text::shown_name(input) +
                       " » impossible : " + text::system_error_text(ec));
      return false;
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) out.push_back(StudentInput{out.size(), f, std::nullopt});
    return true;
  }
  const bool exists = fs::exists(input, ec);
  if (ec) {  // not "absent": a path too long, a loop of links, no right to look
    errors.push_back("« " + text::shown_name(input) + " » illisible : " + text::system_error_text(ec));
    return false;
  }
  if (!exists) {
    errors.push_back("« " + text::shown_name(input) +
                     " » n’existe pas (attendu : un dossier de fichiers de preuves ou une liste CSV)");
    return false;
  }
  if (fs::path(input).extension() == ".json") {
    errors.push_back("« " + text::shown_name(input) +
                     " » est un fichier de preuves : pour un seul étudiant, utilisez "
                     "« siofill fill » ; batch attend un dossier ou une liste CSV");
    return false;
  }
  Diagnostics diagnostics;
  Reporter report(input, diagnostics);
  const auto text = json::read_input_file(input, report, 64u << 20);
  std::vector<RosterRow> rows;
  if (text) rows = read_roster(*text, fs::path(input).parent_path().string(), report);
  for (const Diagnostic& d : diagnostics) problems.push_back(format(d));
  if (!text || (rows.empty() && !diagnostics.empty())) {
    for (const Diagnostic& d : diagnostics) errors.push_back(format(d));
    return false;
  }
  for (RosterRow& r : rows) out.push_back(StudentInput{out.size(), r.evidence, std::move(r)});
  return true;
}

}  // namespace siofill::batch
