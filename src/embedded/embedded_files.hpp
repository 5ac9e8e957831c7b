#pragma once
// Data files compiled into the binary at build time (see cmake/EmbedFiles.cmake).
#include <optional>
#include <string_view>
#include <vector>

namespace siofill {

// The bytes of an embedded file, named by its path relative to the source tree
// (e.g. "referentiel/bts-sio-2019.json"), or nullopt when it was not embedded.
std::optional<std::string_view> embedded_file(std::string_view name);

// Names of the embedded files whose path starts with `prefix` ("forms/"), in build order.
std::vector<std::string_view> embedded_files_under(std::string_view prefix);

}  // namespace siofill
