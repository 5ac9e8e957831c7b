#include "batch/class_pdf.hpp"

#include <cstdio>

#include "batch/sha256.hpp"
#include "output/atomic_file.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;

ClassPdfWriter::ClassPdfWriter(const JobSettings& job, const Shard& shard, std::size_t students)
    : job_(job), shard_(shard), students_(students), pdf_(writers::find_output_format("pdf")) {}

void ClassPdfWriter::add(std::size_t k, std::optional<doc::Section> section) {
  if (pdf_ && job_.class_pdf_form) pending_[k] = std::move(section);
}

void ClassPdfWriter::flush_ready(std::unique_lock<std::mutex>& lock, BatchOutcome& outcome) {
  if (!pdf_ || !job_.class_pdf_form) return;
  while (next_chunk_ * kStudentsPerFile < students_) {
    const std::size_t first = next_chunk_ * kStudentsPerFile;
    const std::size_t last = std::min(students_, first + kStudentsPerFile);
    for (std::size_t k = first; k < last; ++k)
      if (!pending_.count(k)) return;
    std::vector<doc::Section> sections;
    for (std::size_t k = first; k < last; ++k) {
      if (pending_[k]) sections.push_back(std::move(*pending_[k]));
      pending_.erase(k);
    }
    const std::size_t chunk = next_chunk_++;
    lock.unlock();
    write_chunk(chunk, std::move(sections), outcome);
    lock.lock();
  }
}

void ClassPdfWriter::finish(BatchOutcome& outcome) {
  if (!pdf_ || !job_.class_pdf_form || pending_.empty()) return;
  std::vector<doc::Section> sections;
  for (auto& [k, section] : pending_)
    if (section) sections.push_back(std::move(*section));
  pending_.clear();
  if (!sections.empty()) write_chunk(next_chunk_++, std::move(sections), outcome);
}

void ClassPdfWriter::write_chunk(std::size_t chunk, std::vector<doc::Section> sections, BatchOutcome& outcome) {
  std::string stem = "classe-synthese";
  if (students_ > kStudentsPerFile) {
    char number[16];
    std::snprintf(number, sizeof number, "-%03zu", chunk + 1);
    stem += number;
  }
  const std::string name = class_output_name(stem, "pdf", shard_);
  doc::FilledForm form;
  form.form_id = "classe-synthese";
  form.meta.title = "Tableaux de synthèse des réalisations professionnelles – classe";
  form.meta.subject = "BTS SIO – " + job_.class_pdf_form->description;
  form.meta.author = "siofill";
  form.meta.keywords = "BTS SIO; jury; " + job_.class_pdf_form->id;
  form.sections = std::move(sections);
  const fs::path target = job_.out_dir / name;
  try {
    output::write_atomically(target, [&](const fs::path& tmp) { pdf_->write(form, tmp, job_.write_options); });
    outcome.class_outputs.push_back(OutputRecord{"classe-synthese", "pdf", name, fs::file_size(target), sha256_file(target)});
  } catch (const std::exception& e) {
    outcome.class_failures.push_back(name + " : " + e.what());
  }
}

}  // namespace siofill::batch
