#pragma once
// Temporary files a run of ours left behind when it was killed (kill -9, a
// power cut): ".NAME.tmp-XXXXXX", the names atomic_file.hpp writes under
// before renaming. A later run in the same folder removes them, and only them.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>

namespace siofill::output {

// True for a name atomic_file.hpp gives a temporary file: a dot, the final
// name, ".tmp-" and the six letters or digits mkstemp chose.
bool is_our_temporary_name(const std::string& name);

// Removes the regular files with such names in `dir` and in its sub-folders
// down to `depth` levels (the folders a name template makes), never through a
// symbolic link; only those older than `min_age` (zero: all of them — the
// caller holds the folder alone). Returns how many were removed.
std::size_t remove_stale_temporaries(const std::filesystem::path& dir, int depth,
                                     std::chrono::seconds min_age = std::chrono::seconds(0));

}  // namespace siofill::output
