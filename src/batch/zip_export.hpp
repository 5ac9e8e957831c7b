#pragma once
// --zip: one archive of every file the batch wrote, to hand over in one piece.
#include "batch/batch_runner.hpp"

namespace siofill::batch {

void write_zip(BatchOutcome& outcome, const BatchSettings& settings);

}  // namespace siofill::batch
