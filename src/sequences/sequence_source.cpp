#include "sequences/sequence_source.hpp"

#include <filesystem>

#include "sequences/sequence_merge.hpp"
#include "sequences/sequences_loader.hpp"

namespace siofill {
namespace fs = std::filesystem;
namespace {

bool cites_sequences(const Evidence& ev) {
  for (const Realisation& r : ev.realisations)
    if (!r.sequences.empty()) return true;
  return false;
}

const Realisation* first_citing(const Evidence& ev) {
  for (const Realisation& r : ev.realisations)
    if (!r.sequences.empty()) return &r;
  return nullptr;
}

// The file named by the evidence, relative to the evidence's folder. Only a
// regular .json file is opened: an evidence file from someone else could name
// a FIFO or a device, which would block or never end.
std::optional<SequencePlan> read_named_plan(const Evidence& ev, const std::string& source, const Referentiel& ref,
                                            Reporter& report, Diagnostics& diagnostics) {
  fs::path path(ev.sequences_file);
  if (path.is_relative() && source != "-") path = fs::path(source).parent_path() / path;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    report.at("/fichier_sequences", "fichier de séquences « " + path.string() + " » introuvable");
    return std::nullopt;
  }
  if (!fs::is_regular_file(st) || path.extension() != ".json") {
    report.at("/fichier_sequences",
              "« " + path.string() + " » n’est pas un fichier de séquences (un fichier ordinaire .json est attendu)");
    return std::nullopt;
  }
  // The plan's own errors name the plan's file; this line says who named it.
  const std::size_t before = diagnostics.size();
  std::optional<SequencePlan> plan = load_sequences_file(path.string(), ref, diagnostics);
  if (!plan)
    diagnostics.insert(
        diagnostics.begin() + static_cast<std::ptrdiff_t>(before),
        Diagnostic{report.file(), "/fichier_sequences", 0, 0,
                   "le fichier de séquences « " + path.string() + " » est invalide (erreurs ci-dessous)"});
  return plan;
}

}  // namespace

void settle_sequences(Evidence& ev, const std::string& file, const SequenceSource& source, const Referentiel& ref,
                      Diagnostics& diagnostics) {
  Reporter report(file, diagnostics);
  std::optional<SequencePlan> named;
  const SequencePlan* plan = source.plan;
  if (!plan && !ev.sequences_file.empty()) {
    if (!source.read_named_file) {
      report.at("/fichier_sequences",
                "fichier de séquences nommé dans les preuves non lu ici : donnez le plan "
                "autrement (--sequences FICHIER)");
      return;
    }
    named = read_named_plan(ev, file, ref, report, diagnostics);
    if (!named) return;
    plan = &*named;
  }
  if (!cites_sequences(ev)) return;
  if (!plan) {
    report.at(
        first_citing(ev)->pointer + "/sequences",
        "cette réalisation cite des séquences, mais aucun plan de séquences n’est donné : option --sequences "
        "FICHIER, colonne « sequences » de la liste de classe, ou « fichier_sequences » dans ce fichier de preuves");
    return;
  }
  merge_sequences(ev, *plan, ref, report);
}

}  // namespace siofill
