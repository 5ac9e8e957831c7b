#pragma once
// The class roster as the secretariat's software or Excel saves it:
// numero;nom;prenom;option;evidence — ';' or ',' separated, UTF-8 with or
// without BOM, CRLF or LF, fields quoted the RFC 4180 way when needed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"

namespace siofill::batch {

struct RosterRow {
  int line = 0;  // 1-based line of the CSV, for messages
  std::string numero, nom, prenom, option;
  std::string evidence;   // resolved against the CSV's folder
  std::string sequences;  // optional column: the plan of sequences the student cites, resolved likewise
};

// Parses the roster text; rows with problems are reported (file:line: …) and
// skipped, the others returned. `base_dir` resolves relative evidence paths.
std::vector<RosterRow> read_roster(std::string_view text, const std::string& base_dir, Reporter& report);

}  // namespace siofill::batch
