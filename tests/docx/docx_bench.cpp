// Measures the DOCX writer on the sample forms: milliseconds and bytes per
// file for the .docx at zip levels 1, 6 and 9, and for the flat XML.
// Not a test (timings are not asserted):
//   docx_bench [iterations] [evidence.json...]
// With evidence files, the forms siofill fill makes for them are measured too.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "diagnostics/diagnostic.hpp"
#include "document/normalize_form.hpp"
#include "docx/flat_opc.hpp"
#include "docx/package.hpp"
#include "docx/zip_archive.hpp"
#include "evidence/evidence_loader.hpp"
#include "fill/fill_form.hpp"
#include "referentiel/referentiel_loader.hpp"
#include "sample_forms.hpp"

using namespace siofill;

namespace {

struct Result {
  double ms = 0;
  std::size_t bytes = 0;
};

template <class F>
Result measure(int iterations, F&& make) {
  Result r;
  const std::clock_t start = std::clock();  // CPU time: what the budgets count
  for (int i = 0; i < iterations; ++i) r.bytes = make().size();
  r.ms = 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC / iterations;
  return r;
}

// What write_docx does, minus the file.
std::string docx_bytes(const doc::FilledForm& form, int level) {
  const docx::Package p = docx::build_package(form, doc::WriteOptions{});
  docx::ZipArchive zip(doc::WriteOptions{}.timestamp, level);
  thread_local tinyxml2::XMLPrinter printer(nullptr, true);  // as write_docx: kept between files
  for (const docx::Part& part : p.parts) zip.add(part.name, docx::print_part(part, printer));
  return zip.finish();
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::atoi(argv[1]) : 200;
  std::printf("%-20s %18s %18s %18s %18s\n", "forme", "docx niveau 1", "docx niveau 6", "docx niveau 9", "xml plat");
  auto forms = docx_test::all_sample_forms();
  for (auto& entry : forms) doc::normalize_form(entry.second);  // as fill_form does before any writer
  for (int a = 2; a < argc; ++a) {
    Diagnostics diagnostics;
    const Referentiel& ref = default_referentiel();
    const auto ev = load_evidence_file(argv[a], ref, diagnostics);
    if (!ev) {
      std::fprintf(stderr, "preuves illisibles : %s\n", argv[a]);
      return 1;
    }
    for (const forms::FormSpec* spec : fill::forms_for_student(ref, *ev))
      forms.emplace_back(spec->id, fill::fill_form(*spec, ref, *ev));
  }
  for (const auto& [name, form] : forms) {
    std::printf("%-20s", name.c_str());
    for (int level : {1, 6, 9}) {
      const Result r = measure(iterations, [&] { return docx_bytes(form, level); });
      std::printf(" %7.3f ms %7zu o", r.ms, r.bytes);
    }
    const Result flat = measure(iterations, [&] {
      docx::Package p = docx::build_package(form, doc::WriteOptions{});
      std::string_view text;
      std::size_t size = 0;
      docx::print_flat_opc(p, [&](std::string_view t) { text = t, size = t.size(); });
      return std::string(size, ' ');  // only the size is reported
    });
    std::printf(" %7.3f ms %7zu o\n", flat.ms, flat.bytes);
  }
  return 0;
}
