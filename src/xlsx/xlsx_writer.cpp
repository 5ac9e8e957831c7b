#include "xlsx/xlsx_writer.hpp"

#include <cerrno>
#include <string>
#include <system_error>

#include "document/normalize_form.hpp"
#include "text/system_errors.hpp"
#include "xlsx/cell_formats.hpp"
#include "xlsx/library_messages.hpp"
#include "xlsx/lxw_check.hpp"
#include "xlsx/memory_parts.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/sheet_writer.hpp"

namespace siofill::xlsx {
namespace {

// Title, subject, author and keywords from the form; the creation date from
// the options, never the clock (libxlsxwriter takes 0 to mean "now", so the
// epoch itself is stored one second later). Zip entries carry libxlsxwriter's
// fixed 1980-01-01 date.
void set_properties(lxw_workbook* wb, const doc::Metadata& meta, const doc::WriteOptions& options) {
  std::string title = meta.title, subject = meta.subject, author = meta.author, keywords = meta.keywords;
  std::string comments = "Créé par siofill", creator = "siofill";
  lxw_doc_properties p{};
  p.title = title.data();
  p.subject = subject.data();
  p.author = author.empty() ? creator.data() : author.data();
  p.keywords = keywords.data();
  p.comments = comments.data();
  p.created = options.timestamp == 0 ? 1 : static_cast<time_t>(options.timestamp);
  check(workbook_set_properties(wb, &p), "propriétés du document");
}

// A sheet named after the form when it has one section, after its part in a
// document that joins several forms; otherwise after what tells the sections
// apart (their footer, then their first heading).
std::string wanted_sheet_name(const doc::FilledForm& form, const doc::Section& section) {
  if (form.sections.size() == 1) return form.form_id;
  if (!section.part.empty()) return section.part;
  if (!section.footer.empty()) return section.footer;
  for (const doc::Block& b : section.blocks)
    if (const auto* h = std::get_if<doc::Heading>(&b)) return h->text;
  return form.form_id;
}

void fill_workbook(lxw_workbook* wb, const doc::FilledForm& form, const doc::WriteOptions& options) {
  set_properties(wb, form.meta, options);
  use_arial_as_default_font(wb);
  CellFormats formats(wb);
  SheetNames names;
  const std::string fallback = form.form_id.empty() ? "Feuille" : form.form_id;
  // A workbook needs at least one sheet to open.
  const doc::Section empty_section;
  const std::size_t count = std::max<std::size_t>(form.sections.size(), 1);
  for (std::size_t i = 0; i < count; ++i) {
    const doc::Section& section = form.sections.empty() ? empty_section : form.sections[i];
    const std::string name = names.make(wanted_sheet_name(form, section), fallback);
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    if (!ws) throw doc::WriteError("écriture XLSX impossible : la feuille « " + name + " » ne peut pas être ajoutée");
    const PrintLayout layout = SheetWriter(ws, formats, section).write();
    set_up_page(ws, section, layout);
  }
}

}  // namespace

void write_xlsx(const doc::FilledForm& form, const std::filesystem::path& out, const doc::WriteOptions& options) {
  doc::require_normalized(form);  // grids and text are settled: the sheet trusts them
  // libxlsxwriter assembles the parts in temporary files before zipping
  // them; they go to memory (memory_parts.hpp), or, should that fail, next
  // to the output (same disk, same permissions), unlinked as soon as they
  // are created, so nothing stays behind even if the process dies.
  const QuietLibrary quiet;  // libxlsxwriter's English lines stay off stderr (library_messages.hpp)
  std::filesystem::path dir = out.parent_path();
  if (dir.empty()) dir = ".";
  // Said here in French rather than by libxlsxwriter in English on stderr.
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw doc::WriteError("écriture XLSX impossible : " + out.string() + " (le dossier " + dir.string() +
                          " n’existe pas ou n’est pas un dossier)");
  std::string tmpdir = dir.string();
  const std::string filename = out.string();
  lxw_workbook_options wo{};
  wo.constant_memory = LXW_FALSE;
  wo.tmpdir = tmpdir.data();
  wo.use_zip64 = LXW_FALSE;
  const MemoryParts in_memory;  // the parts of a form's workbook are small: no temporary files (memory_parts.hpp)
  const MemoryOutput memory;    // and the zip is built in memory, put on disk in one write
  WorkbookPtr wb(workbook_new_opt(filename.c_str(), &wo));
  if (!wb) throw doc::WriteError("écriture XLSX impossible : mémoire insuffisante");
  fill_workbook(wb.get(), form, options);  // on error, WorkbookPtr frees the unwritten workbook

  try {
    close_workbook(wb.release(), filename);  // frees the workbook in every case
  } catch (const doc::WriteError&) {
    std::error_code ignored;
    if (std::filesystem::is_regular_file(out, ignored))
      std::filesystem::remove(out, ignored);  // a half-written file is worse than none
    throw;
  }
  if (memory.used()) {
    if (const int e = memory.write_to(out)) {
      std::error_code ignored;
      if (std::filesystem::is_regular_file(out, ignored)) std::filesystem::remove(out, ignored);
      throw doc::WriteError("écriture XLSX impossible : " + filename +
                            " (écriture interrompue : " + text::system_error_text(e) + ")");
    }
  }
}

}  // namespace siofill::xlsx
