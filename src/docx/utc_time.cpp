#include "docx/utc_time.hpp"

#include <algorithm>
#include <cstdio>

namespace siofill::docx {

CivilTime civil_from_unix(std::int64_t seconds) {
  // Howard Hinnant's days-to-civil algorithm (public domain), exact for any
  // day count; floor division keeps dates before 1970 right.
  std::int64_t days = seconds / 86400;
  std::int64_t rem = seconds % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  CivilTime t;
  t.year = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  t.month = static_cast<int>(m);
  t.day = static_cast<int>(d);
  t.hour = static_cast<int>(rem / 3600);
  t.minute = static_cast<int>(rem % 3600 / 60);
  t.second = static_cast<int>(rem % 60);
  return t;
}

std::string w3cdtf_from_unix(std::int64_t seconds) {
  const CivilTime t = civil_from_unix(seconds);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", std::clamp(t.year, 0, 9999), t.month, t.day, t.hour,
                t.minute, t.second);
  return buf;
}

CivilTime zip_time_from_unix(std::int64_t seconds) {
  constexpr std::int64_t kFirst = 315532800;  // 1980-01-01T00:00:00Z
  constexpr std::int64_t kLast = 4354819198;  // 2107-12-31T23:59:58Z
  CivilTime t = civil_from_unix(std::clamp(seconds, kFirst, kLast));
  t.second -= t.second % 2;
  return t;
}

}  // namespace siofill::docx
