#include "sequences/duration.hpp"

#include <cctype>

namespace siofill {
namespace {

constexpr int kMaxMinutes = 1000 * 60;  // a sequence of more than 1000 hours is a typo

// Reads digits at `pos`; nullopt when there are none or too many to be a duration.
std::optional<int> digits(std::string_view s, std::size_t& pos, std::size_t* count = nullptr) {
  const std::size_t start = pos;
  int value = 0;
  while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
    if (pos - start >= 6) return std::nullopt;
    value = value * 10 + (s[pos] - '0');
    ++pos;
  }
  if (pos == start) return std::nullopt;
  if (count) *count = pos - start;
  return value;
}

}  // namespace

std::optional<int> parse_duration(std::string_view s) {
  std::size_t pos = 0;
  const auto whole = digits(s, pos);
  if (!whole) return std::nullopt;
  long minutes = 0;
  const std::string_view rest = s.substr(pos);
  if (rest == "min") {
    minutes = *whole;
  } else if (rest == "h") {
    minutes = *whole * 60L;
  } else if (!rest.empty() && (rest[0] == '.' || rest[0] == ',')) {  // "5.5h", "1,5h"
    ++pos;
    std::size_t n = 0;
    const auto fraction = digits(s, pos, &n);
    if (!fraction || n > 2 || s.substr(pos) != "h") return std::nullopt;
    const int hundredths = n == 1 ? *fraction * 10 : *fraction;
    if (hundredths * 60 % 100 != 0) return std::nullopt;  // not a whole number of minutes
    minutes = *whole * 60L + hundredths * 60 / 100;
  } else if (!rest.empty() && rest[0] == 'h') {  // "1h30"
    ++pos;
    std::size_t n = 0;
    const auto m = digits(s, pos, &n);
    if (!m || n != 2 || *m >= 60 || pos != s.size()) return std::nullopt;
    minutes = *whole * 60L + *m;
  } else {
    return std::nullopt;
  }
  if (minutes <= 0 || minutes > kMaxMinutes) return std::nullopt;
  return static_cast<int>(minutes);
}

std::string format_duration(int minutes) {
  if (minutes < 60) return std::to_string(minutes) + "min";
  const int m = minutes % 60;
  return std::to_string(minutes / 60) + "h" + (m ? (m < 10 ? "0" : "") + std::to_string(m) : "");
}

}  // namespace siofill
