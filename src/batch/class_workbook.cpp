#include "batch/class_workbook.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <ctime>
#include <memory>
#include <optional>

#include "batch/sha256.hpp"
#include "output/atomic_file.hpp"
#include "xlsx/library_messages.hpp"
#include "xlsx/lxw_check.hpp"
#include "xlsx/package_check.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;
namespace {

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const noexcept {
    if (wb) workbook_close(wb);
  }
};

void check(lxw_error err, const char* what) {
  if (err != LXW_NO_ERROR)
    throw doc::WriteError(std::string("classeur de classe : ") + what + " : " + xlsx::describe(err));
}

// The "Séquences" sheet (batch --sequences): students × the plan's
// sequences, so that a teacher sees who has not yet listed a sequence done in
// class. Rows are written as the "Classe" sheet's are, in the same pass.
// Every class sheet reads the same way: a filter on the header, the header and
// the identity columns frozen, printed landscape on A4, one page wide, the
// header repeated on each page. `rows` counts the header.
void finish_class_sheet(lxw_worksheet* ws, lxw_row_t rows, lxw_col_t last_col) {
  check(worksheet_autofilter(ws, 0, 0, rows > 1 ? rows - 1 : 1, last_col), "filtre");
  worksheet_freeze_panes(ws, 1, 3);
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_repeat_rows(ws, 0, 0);
}

class SequenceSheet {
 public:
  SequenceSheet(lxw_workbook* wb, const SequencePlan& plan, lxw_format* header, lxw_format* cell, lxw_format* missing)
      : plan_(plan), cell_(cell), missing_(missing) {
    ws_ = workbook_add_worksheet(wb, "Séquences");
    std::vector<std::string> titles = {"N° candidat", "Nom", "Prénom"};
    for (const Sequence& s : plan.sequences) titles.push_back(s.id + "\n" + s.intitule);
    titles.push_back("Séquences citées");
    worksheet_set_row(ws_, 0, 90, nullptr);
    for (std::size_t c = 0; c < titles.size(); ++c)
      check(worksheet_write_string(ws_, 0, static_cast<lxw_col_t>(c), titles[c].c_str(), header), "en-tête");
  }

  void add(const ClassRow& r) {
    lxw_col_t col = 0;
    for (const std::string* s : {&r.numero, &r.nom, &r.prenom})
      worksheet_write_string(ws_, row_, col++, s->c_str(), cell_);
    std::size_t cited = 0;
    for (const Sequence& s : plan_.sequences) {
      const bool yes = std::find(r.sequences.begin(), r.sequences.end(), s.id) != r.sequences.end();
      cited += yes ? 1 : 0;
      worksheet_write_string(ws_, row_, col++, yes ? "citée" : "non", yes ? cell_ : missing_);
    }
    const std::string total = std::to_string(cited) + "/" + std::to_string(plan_.sequences.size());
    worksheet_write_string(ws_, row_, col, total.c_str(), cell_);
    ++row_;
  }

  void finish() {
    const lxw_col_t last = static_cast<lxw_col_t>(plan_.sequences.size() + 3);
    worksheet_set_column(ws_, 0, 0, 14, nullptr);
    worksheet_set_column(ws_, 1, 2, 18, nullptr);
    worksheet_set_column(ws_, 3, static_cast<lxw_col_t>(last - 1), 22, nullptr);
    worksheet_set_column(ws_, last, last, 12, nullptr);
    finish_class_sheet(ws_, row_, last);
  }

 private:
  const SequencePlan& plan_;
  lxw_format* cell_;
  lxw_format* missing_;
  lxw_worksheet* ws_ = nullptr;
  lxw_row_t row_ = 1;
};

void write_workbook(const fs::path& path, const BatchOutcome& outcome, const BatchSettings& settings) {
  const xlsx::QuietLibrary quiet;  // libxlsxwriter's English lines stay off stderr
  lxw_workbook_options options{};
  const std::string tmpdir = path.parent_path().string();
  options.tmpdir = const_cast<char*>(tmpdir.c_str());
  // Rows go to a temporary file as they are written (strings inline), so a
  // class of 10 000 takes no more memory than a class of 35.
  options.constant_memory = LXW_TRUE;
  std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new_opt(path.c_str(), &options));
  if (!wb) throw doc::WriteError("classeur de classe : création impossible");
  lxw_doc_properties props{};
  props.title = const_cast<char*>("Synthèse de la classe – compétences du bloc 1");
  props.author = const_cast<char*>("siofill");
  // libxlsxwriter takes 0 for "now": SOURCE_DATE_EPOCH=0 is written one second later, never as the clock.
  props.created =
      settings.job.write_options.timestamp == 0 ? 1 : static_cast<time_t>(settings.job.write_options.timestamp);
  check(workbook_set_properties(wb.get(), &props), "propriétés");
  lxw_worksheet* ws = workbook_add_worksheet(wb.get(), "Classe");
  lxw_format* header = workbook_add_format(wb.get());
  format_set_bold(header);
  format_set_bg_color(header, 0xE6E6E6);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* cell = workbook_add_format(wb.get());
  format_set_border(cell, LXW_BORDER_THIN);
  lxw_format* missing = workbook_add_format(wb.get());
  format_set_border(missing, LXW_BORDER_THIN);
  format_set_bg_color(missing, 0xF8D7DA);

  const std::vector<std::string>& competences = outcome.rows.competences();
  std::vector<std::string> titles = {"N° candidat", "Nom", "Prénom", "Option", "Statut", "Réalisations"};
  for (const std::string& c : competences) titles.push_back(c);
  titles.insert(titles.end(), {"Compétences mobilisées", "Messages", "Fichier de preuves"});
  worksheet_set_row(ws, 0, 30, nullptr);  // before the row is written: rows are flushed in order
  for (std::size_t c = 0; c < titles.size(); ++c)
    check(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), titles[c].c_str(), header), "en-tête");

  std::optional<SequenceSheet> sequences;
  if (settings.job.sequences) sequences.emplace(wb.get(), *settings.job.sequences, header, cell, missing);

  lxw_row_t row = 1;
  outcome.rows.for_each([&](const ClassRow& r) {
    if (sequences) sequences->add(r);
    lxw_col_t col = 0;
    // Every value a student typed is written as text: a name can never become a formula.
    for (const std::string* s : {&r.numero, &r.nom, &r.prenom, &r.option})
      worksheet_write_string(ws, row, col++, s->c_str(), cell);
    worksheet_write_string(ws, row, col++, std::string(status_label(r.status)).c_str(), cell);
    worksheet_write_number(ws, row, col++, static_cast<double>(r.realisations), cell);
    std::size_t covered = 0;
    for (std::size_t i = 0; i < competences.size(); ++i) {
      if (i < r.bloc1.size()) {
        const CompetenceCell& c = r.bloc1[i];
        covered += c.covered ? 1 : 0;
        const std::string text = std::string(c.covered ? "oui" : "non") + " (" + std::to_string(c.covered_sous) + "/" +
                                 std::to_string(c.total_sous) + ")";
        worksheet_write_string(ws, row, col++, text.c_str(), c.covered ? cell : missing);
      } else {
        worksheet_write_string(ws, row, col++, "", cell);
      }
    }
    const std::string total = r.bloc1.empty() ? "" : std::to_string(covered) + "/" + std::to_string(r.bloc1.size());
    worksheet_write_string(ws, row, col++, total.c_str(), cell);
    worksheet_write_number(ws, row, col++, static_cast<double>(r.messages), cell);
    worksheet_write_string(ws, row, col++, r.source.c_str(), cell);
    ++row;
  });
  const lxw_col_t last_col = static_cast<lxw_col_t>(titles.size() - 1);
  worksheet_set_column(ws, 0, 0, 14, nullptr);
  worksheet_set_column(ws, 1, 2, 18, nullptr);
  worksheet_set_column(ws, 3, 5, 11, nullptr);
  worksheet_set_column(ws, 6, static_cast<lxw_col_t>(5 + competences.size()), 10, nullptr);
  worksheet_set_column(ws, last_col, last_col, 40, nullptr);
  finish_class_sheet(ws, row, last_col);
  if (sequences) sequences->finish();
  lxw_workbook* raw = wb.release();
  xlsx::close_workbook(raw, path.string());
  // Its rows and parts went through temporary files whose writes libxlsxwriter does not check.
  if (const auto problem = xlsx::incomplete_package(path))
    throw doc::WriteError("écriture XLSX impossible : " + path.string() + " (" + *problem +
                          " : disque plein ou limite de taille de fichier atteinte ?)");
}

}  // namespace

void write_class_workbook(BatchOutcome& outcome, const BatchSettings& settings) {
  const std::string name = class_output_name("classe-synthese", "xlsx", settings.shard);
  const fs::path target = settings.job.out_dir / name;
  try {
    output::write_atomically(target, [&](const fs::path& tmp) { write_workbook(tmp, outcome, settings); });
    outcome.class_outputs.push_back(
        OutputRecord{"classe-synthese", "xlsx", name, fs::file_size(target), sha256_file(target)});
  } catch (const std::exception& e) {
    outcome.class_failures.push_back(name + " : " + e.what());
  }
}

// Each row: its size, then its fields (see SpoolWriter), so that rows can be
// read back a buffer at a time.
void ClassRows::append(const ClassRow& r) {
  SpoolWriter w;
  for (const std::string* t : {&r.source, &r.numero, &r.nom, &r.prenom, &r.option}) w.text(*t);
  w.number(static_cast<std::uint64_t>(r.status));
  w.number(r.realisations);
  w.number(r.messages);
  w.number(r.bloc1.size());
  for (const CompetenceCell& c : r.bloc1) {
    w.text(c.id);
    w.number(c.covered ? 1 : 0);
    w.number(c.covered_sous);
    w.number(c.total_sous);
  }
  w.number(r.sequences.size());
  for (const std::string& id : r.sequences) w.text(id);
  SpoolWriter record;
  record.text(w.bytes());
  spool_.append(record.bytes());
  ++count_;
  if (r.bloc1.size() > competences_.size()) {
    competences_.clear();
    for (const CompetenceCell& c : r.bloc1) competences_.push_back(c.id);
  }
}

void ClassRows::for_each(const std::function<void(const ClassRow&)>& fn) const {
  std::string carry;
  spool_.read([&](std::string_view piece) {
    carry.append(piece);
    std::size_t used = 0;
    while (true) {
      SpoolReader head(std::string_view(carry).substr(used));
      if (carry.size() - used < sizeof(std::uint64_t)) break;
      const std::uint64_t size = head.number();
      if (carry.size() - used - sizeof(std::uint64_t) < size) break;
      SpoolReader in(std::string_view(carry).substr(used + sizeof(std::uint64_t), size));
      used += sizeof(std::uint64_t) + size;
      ClassRow r;
      for (std::string* t : {&r.source, &r.numero, &r.nom, &r.prenom, &r.option}) *t = in.text();
      r.status = static_cast<Status>(in.number());
      r.realisations = in.number();
      r.messages = in.number();
      r.bloc1.resize(in.number());
      for (CompetenceCell& c : r.bloc1) {
        c.id = in.text();
        c.covered = in.number() != 0;
        c.covered_sous = in.number();
        c.total_sous = in.number();
      }
      r.sequences.resize(in.number());
      for (std::string& id : r.sequences) id = in.text();
      fn(r);
    }
    carry.erase(0, used);
  });
}

}  // namespace siofill::batch
