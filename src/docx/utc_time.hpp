#pragma once
// Calendar dates from Unix seconds, computed here rather than with
// localtime/gmtime: no time-zone or locale can change the bytes written.
#include <cstdint>
#include <string>

namespace siofill::docx {

struct CivilTime {
  int year = 1970, month = 1, day = 1;  // month 1–12
  int hour = 0, minute = 0, second = 0;
};

// UTC calendar time of `seconds` since 1970-01-01T00:00:00Z (proleptic Gregorian).
CivilTime civil_from_unix(std::int64_t seconds);

// "2026-01-01T00:00:00Z" (W3CDTF, what docProps/core.xml dates use).
std::string w3cdtf_from_unix(std::int64_t seconds);

// The date stored in zip entries: zip has only MS-DOS local dates (1980–2107,
// 2-second steps, no zone), so the UTC time is stored as is, clamped to that
// range, seconds rounded down to even.
CivilTime zip_time_from_unix(std::int64_t seconds);

}  // namespace siofill::docx
