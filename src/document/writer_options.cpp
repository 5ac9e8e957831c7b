#include "document/writer_options.hpp"

#include <cstdlib>
#include <string>

namespace siofill::doc {

std::optional<WriteOptions> write_options_from_environment(std::string& problem) {
  WriteOptions options;
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (!env || !*env) return options;
  // The reproducible-builds convention: the decimal output of `date +%s`,
  // nothing else. 0 (1970-01-01) is a date like any other; zip entries, which
  // cannot go below 1980, are clamped by their writers.
  const std::string value = env;
  constexpr long long kLast = 253402300799LL;  // 9999-12-31T23:59:59Z: PDF dates have four-digit years
  bool digits = value.size() <= 12;
  for (char c : value) digits = digits && c >= '0' && c <= '9';
  if (!digits || std::stoll(value) > kLast) {
    std::string shown;
    for (unsigned char c : value.substr(0, 40)) shown += c >= 0x20 && c < 0x7F ? static_cast<char>(c) : '?';
    problem = "SOURCE_DATE_EPOCH « " + shown + (value.size() > 40 ? "…" : "") +
              " » invalide : un nombre entier de secondes depuis le 1er janvier 1970 est attendu, de 0 à " +
              std::to_string(kLast) + " (par exemple 1767225600, ce que donne « date +%s »)";
    return std::nullopt;
  }
  options.timestamp = std::stoll(value);
  return options;
}

}  // namespace siofill::doc
