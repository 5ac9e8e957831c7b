#pragma once
// rapport.json: per student status, messages and the files written with their
// size and SHA-256; totals. No timestamp, so two runs give the same report.
#include <nlohmann/json.hpp>

#include "batch/batch_runner.hpp"

namespace siofill::batch {

nlohmann::ordered_json report_json(const BatchOutcome& outcome, const BatchSettings& settings);
void write_report(BatchOutcome& outcome, const BatchSettings& settings);

}  // namespace siofill::batch
