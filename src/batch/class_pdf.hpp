#pragma once
// The class PDF for the jury: every student's synthesis table, one after the
// other, in files of at most kStudentsPerFile students. The batch writes each
// file as soon as the sections of its students are prepared, on one of its
// worker threads, so the class PDF runs alongside the students' own files.
#include <optional>
#include <string>
#include <vector>

#include "batch/batch_runner.hpp"
#include "document/filled_form.hpp"

namespace siofill::batch {

class ClassPdfWriter {
 public:
  static constexpr std::size_t kStudentsPerFile = 200;

  ClassPdfWriter(const JobSettings& job, const Shard& shard, std::size_t students);

  // False when there is no class PDF to write (no PDF writer, no synthesis form).
  bool enabled() const { return pdf_ && job_.class_pdf_form; }
  std::size_t chunks() const { return (students_ + kStudentsPerFile - 1) / kStudentsPerFile; }
  std::string file_name(std::size_t chunk) const;

  // Writes file `chunk` with these sections (students in input order; they are
  // moved in and given back). Safe to call from several threads for different
  // chunks. Returns the record, or the failure message for the report.
  struct Written {
    std::optional<OutputRecord> record;
    std::string failure;
  };
  Written write(std::size_t chunk, std::vector<doc::Section>& sections) const;

 private:
  const JobSettings& job_;
  Shard shard_;
  std::size_t students_;
  const writers::OutputFormat* pdf_;
};

}  // namespace siofill::batch
