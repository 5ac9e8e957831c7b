#include "document/writer_options.hpp"

#include <cstdlib>
#include <string>

namespace siofill::doc {

WriteOptions write_options_from_environment() {
  WriteOptions options;
  if (const char* env = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long v = std::strtoll(env, &end, 10);
    // Dates before 1980 cannot be stored in zip entries; beyond 9999 in PDF dates.
    if (end && *end == '\0' && v >= 315532800LL && v < 253402300800LL) options.timestamp = v;
  }
  return options;
}

}  // namespace siofill::doc
