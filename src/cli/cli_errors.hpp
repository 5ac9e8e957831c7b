#pragma once
// CLI11's usage errors, told in French with exit code 2 (help and version exit 0).
#include <CLI/CLI.hpp>

namespace siofill::cli {

int report_cli_error(const CLI::App& app, const CLI::ParseError& e);

// A first argument that is neither an option nor a command gets a did-you-mean
// (CLI11 alone would only say that a command is missing). Returns 0 when fine.
int reject_unknown_command(const CLI::App& app, int argc, char** argv);

}  // namespace siofill::cli
