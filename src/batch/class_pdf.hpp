#pragma once
// The class PDF for the jury: every student's synthesis table, one after the
// other, written a chunk of students at a time so memory stays flat.
#include <map>
#include <mutex>
#include <optional>
#include <vector>

#include "batch/batch_runner.hpp"
#include "document/filled_form.hpp"

namespace siofill::batch {

class ClassPdfWriter {
 public:
  static constexpr std::size_t kStudentsPerFile = 200;

  ClassPdfWriter(const JobSettings& job, const Shard& shard, std::size_t students);

  // Student `k` (position in this shard) is done; call with the batch lock held.
  void add(std::size_t k, std::optional<doc::Section> section);
  // Writes every chunk whose students are all done; unlocks `lock` while writing.
  void flush_ready(std::unique_lock<std::mutex>& lock, BatchOutcome& outcome);
  // Writes what remains (all of it, or what an interrupted run completed).
  void finish(BatchOutcome& outcome);

 private:
  void write_chunk(std::size_t chunk, std::vector<doc::Section> sections, BatchOutcome& outcome);

  const JobSettings& job_;
  Shard shard_;
  std::size_t students_;
  const writers::OutputFormat* pdf_;
  std::map<std::size_t, std::optional<doc::Section>> pending_;
  std::size_t next_chunk_ = 0;
};

}  // namespace siofill::batch
