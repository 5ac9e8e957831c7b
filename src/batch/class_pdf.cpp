#include "batch/class_pdf.hpp"

#include <cstdio>

#include "batch/sha256.hpp"
#include "output/atomic_file.hpp"

namespace siofill::batch {
namespace fs = std::filesystem;

ClassPdfWriter::ClassPdfWriter(const JobSettings& job, const Shard& shard, std::size_t students)
    : job_(job), shard_(shard), students_(students), pdf_(writers::find_output_format("pdf")) {}

std::string ClassPdfWriter::file_name(std::size_t chunk) const {
  std::string stem = "classe-synthese";
  if (students_ > kStudentsPerFile) {
    char number[24];
    std::snprintf(number, sizeof number, "-%03zu", chunk + 1);
    stem += number;
  }
  return class_output_name(stem, "pdf", shard_);
}

ClassPdfWriter::Written ClassPdfWriter::write(std::size_t chunk, std::vector<doc::Section>& sections) const {
  Written result;
  const std::string name = file_name(chunk);
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
    result.record = OutputRecord{"classe-synthese", "pdf", name, fs::file_size(target), sha256_file(target)};
  } catch (const std::exception& e) {
    result.failure = name + " : " + e.what();
  }
  sections = std::move(form.sections);
  return result;
}

}  // namespace siofill::batch
