#pragma once
// Unpacks a class zip sent to the server, refusing what could hurt it: an
// archive that claims or expands to more than the limits (zip bombs lie about
// sizes, so the bytes really written are counted), names that leave the folder
// ("../", "/etc", "C:\"), links, encrypted or duplicate entries.
#include <cstddef>
#include <filesystem>
#include <string>

namespace siofill::web {

struct ZipLimits {
  std::size_t entries = 2000;
  std::size_t entry_bytes = 16u << 20;
  std::size_t total_bytes = 256u << 20;
};

struct ZipProblem {
  bool too_large = false;  // a limit was passed (HTTP 413); otherwise the archive is refused (422)
  std::string message;     // French
};

// Extracts `zip` into the existing, empty folder `dest`. Returns false with
// `problem` set when the archive is refused; `dest` may then hold part of it.
bool extract_zip(const std::filesystem::path& zip, const std::filesystem::path& dest, const ZipLimits& limits,
                 ZipProblem& problem);

// Why an entry name cannot be written under a folder, or empty when it can.
std::string unsafe_entry_name(const std::string& name);

}  // namespace siofill::web
