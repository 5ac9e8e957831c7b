#pragma once
// Calendar dates as written in evidence (ISO "YYYY-MM-DD") and on the forms ("JJ/MM/AA").
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace siofill {

struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;

  std::string iso() const;     // 2025-05-12
  std::string jjmmaa() const;  // 12/05/25
};

// Strict ISO date with a real calendar day (2025-02-29 is refused).
std::optional<Date> parse_iso_date(std::string_view s);

}  // namespace siofill
