#pragma once
// What every writer needs besides the document.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace siofill::doc {

struct WriteOptions {
  // Seconds since 1970 used for every date stored in a file (creation,
  // modification, zip entries): SOURCE_DATE_EPOCH when set, else a fixed
  // date, so the same input always gives the same bytes.
  std::int64_t timestamp = 1767225600;  // 2026-01-01T00:00:00Z
};

// Reads SOURCE_DATE_EPOCH (decimal seconds, 0 included); unset or empty: the
// fixed default. A malformed or out-of-range value is never replaced
// silently: nullopt, with `problem` set to a French message.
std::optional<WriteOptions> write_options_from_environment(std::string& problem);

// A writer could not produce its file (disk full, unwritable directory, library error).
class WriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace siofill::doc
