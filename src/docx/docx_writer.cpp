#include "docx/docx_writer.hpp"

#include <memory>
#include <new>

#include "docx/flat_opc.hpp"
#include "docx/package.hpp"
#include "docx/zip_archive.hpp"
#include "output/write_in_place.hpp"

namespace siofill::docx {

namespace {

[[noreturn]] void out_of_memory(const std::filesystem::path& out) {
  throw doc::WriteError("écriture impossible de « " + out.string() + " » : mémoire insuffisante");
}

}  // namespace

void write_docx(const doc::FilledForm& form, const std::filesystem::path& out, const doc::WriteOptions& options) {
  std::string bytes;
  try {
    const Package package = build_package(form, options);
    ZipArchive zip(options.timestamp);
    // One printer for every part, and kept for the thread's next file: its
    // buffer stops growing (copy after copy, fresh pages) once it fits the
    // largest part. Dropped if an exception leaves it half-way through a part.
    thread_local std::unique_ptr<tinyxml2::XMLPrinter> kept;
    std::unique_ptr<tinyxml2::XMLPrinter> printer =
        kept ? std::move(kept) : std::make_unique<tinyxml2::XMLPrinter>(nullptr, /*compact=*/true);
    for (const Part& part : package.parts) zip.add(part.name, print_part(part, *printer));
    kept = std::move(printer);
    bytes = zip.finish();
  } catch (const std::bad_alloc&) {
    out_of_memory(out);
  }
  output::write_file(out, bytes);
}

void write_flat_xml(const doc::FilledForm& form, const std::filesystem::path& out, const doc::WriteOptions& options) {
  try {
    Package package = build_package(form, options);
    print_flat_opc(package, [&](std::string_view text) { output::write_file(out, text); });
  } catch (const std::bad_alloc&) {
    out_of_memory(out);
  }
}

}  // namespace siofill::docx
