#pragma once
// The students of a batch: every *.json of a folder (sorted by name), or the
// rows of a class roster CSV. Shared by `siofill batch` and the web API.
#include <string>
#include <vector>

#include "batch/batch_student.hpp"

namespace siofill::batch {

// Appends the students found in `input` to `out`. Roster lines that cannot be
// used go to `problems` (the others are kept). Returns false when the input
// cannot be used at all, with the French reasons in `errors`.
bool collect_inputs(const std::string& input, std::vector<StudentInput>& out, std::vector<std::string>& problems,
                    std::vector<std::string>& errors);

}  // namespace siofill::batch
