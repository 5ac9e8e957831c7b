#pragma once
// SHA-256 of output files for rapport.json (Nettle does the hashing).
#include <filesystem>
#include <string>
#include <string_view>

namespace siofill::batch {

// Lower-case hex digest of the file's bytes; throws doc::WriteError if unreadable.
std::string sha256_file(const std::filesystem::path& path);
// The same for bytes in memory (the embedded référentiel, for --version).
std::string sha256_bytes(std::string_view bytes);

}  // namespace siofill::batch
