#pragma once
// SHA-256 of output files for rapport.json (OpenSSL's libcrypto does the hashing).
#include <filesystem>
#include <string>

namespace siofill::batch {

// Lower-case hex digest of the file's bytes; throws doc::WriteError if unreadable.
std::string sha256_file(const std::filesystem::path& path);

}  // namespace siofill::batch
