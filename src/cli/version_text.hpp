#pragma once
// What `siofill --version` prints: the program's version, and the référentiel
// and exam-session rules built into it, so that a secretariat can tell which
// rules a given binary applies.
#include <string>

namespace siofill::cli {

std::string version_text();

}  // namespace siofill::cli
