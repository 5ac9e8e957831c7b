#pragma once
// --zip: one archive of every file the batch wrote, to hand over in one piece.
#include <filesystem>

#include "batch/batch_runner.hpp"

namespace siofill::batch {

// `report` is where the report is until it is put in place (after the
// archive, output/atomic_file.hpp PendingFile); empty when there is none.
void write_zip(BatchOutcome& outcome, const BatchSettings& settings, const std::filesystem::path& report);

}  // namespace siofill::batch
