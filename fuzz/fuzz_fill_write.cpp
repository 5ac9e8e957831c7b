// Fuzzes the whole path of `siofill fill`: evidence bytes -> load -> exam rules
// -> every built-in form filled -> written by every registered writer into a
// temporary directory, then deleted. Writers must not crash, and a write
// either succeeds or throws doc::WriteError.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "coverage/exam_rules.hpp"
#include "evidence/evidence_loader.hpp"
#include "fill/fill_form.hpp"
#include "forms/form_spec.hpp"
#include "output/atomic_file.hpp"
#include "output/output_names.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "writers/output_formats.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path& work_dir() {
  static const fs::path dir = [] {
    std::string pattern = (fs::temp_directory_path() / "siofill-fuzz-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) std::abort();
    return fs::path(pattern);
  }();
  return dir;
}

struct RemoveAtExit {
  ~RemoveAtExit() {
    std::error_code ignored;
    fs::remove_all(work_dir(), ignored);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const siofill::Referentiel& ref = siofill::default_referentiel();
  static RemoveAtExit cleanup;
  siofill::Diagnostics diagnostics;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto ev = siofill::load_evidence(text, "fuzz.json", ref, diagnostics);
  if (!ev) return 0;

  std::vector<siofill::ExamScope> scopes;
  for (const siofill::Bloc* b : siofill::blocs_to_check(ref, *ev))
    scopes.push_back(siofill::ExamScope{b, siofill::forms::synthesis_rubriques(b->id)});
  (void)siofill::check_exam_rules(ref, *ev, scopes);

  const siofill::doc::WriteOptions options;
  const siofill::output::NameFields base{ev->candidat.numero,
                                         ev->candidat.nom,
                                         ev->candidat.prenom,
                                         std::string(siofill::option_name(ev->candidat.option)),
                                         std::to_string(ev->candidat.session),
                                         "",
                                         ""};
  for (const siofill::forms::FormSpec& spec : siofill::forms::builtin_forms()) {
    const siofill::doc::FilledForm filled = siofill::fill::fill_form(spec, ref, *ev);
    for (const siofill::writers::OutputFormat& format : siofill::writers::output_formats()) {
      siofill::output::NameFields fields = base;
      fields.form = spec.id;
      fields.ext = std::string(format.extension);
      const std::string name = siofill::output::render_output_name(siofill::output::kDefaultNameTemplate, fields);
      if (name.find('/') != std::string::npos || name == "." || name == "..") __builtin_trap();  // must stay inside
      const fs::path target = work_dir() / name;
      try {
        siofill::output::write_atomically(target, [&](const fs::path& tmp) { format.write(filled, tmp, options); });
      } catch (const siofill::doc::WriteError&) {
        // A clear refusal is allowed (for instance a limit of the file format).
      }
    }
  }
  std::error_code ignored;
  for (const fs::directory_entry& e : fs::directory_iterator(work_dir(), ignored)) fs::remove_all(e.path(), ignored);
  return 0;
}
