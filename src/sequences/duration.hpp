#pragma once
// Durations as teachers write them in a plan: "2h", "5.5h", "1h30", "30min".
#include <optional>
#include <string>
#include <string_view>

namespace siofill {

// Minutes, or nullopt when `text` is not one of the accepted spellings or is zero.
std::optional<int> parse_duration(std::string_view text);

// "5h30", "2h", "30min": how siofill writes a number of minutes back.
std::string format_duration(int minutes);

// For messages: the spellings accepted.
inline constexpr std::string_view kDurationExamples = "\"2h\", \"5.5h\", \"1h30\" ou \"30min\"";

}  // namespace siofill
