#pragma once
// Puts finished bytes into a file, every step checked: a full disk gives an
// error, never a silently short file. The one place a writer's output reaches
// the disk (PDF, DOCX and flat XML, the XLSX zip built in memory).
#include <filesystem>
#include <string_view>

namespace siofill::output {

// Writes `bytes` at `path` (created, or overwritten and cut to size), without
// O_TRUNC: ext4 starts writing a file truncated to zero back to disk as soon
// as it is closed (auto_da_alloc), a disk request per output, 6 % of a batch's
// CPU; a longer previous content is cut after the write instead. Returns 0, or
// the errno of the first failure (what was written is left in place).
int write_in_place(const std::filesystem::path& path, std::string_view bytes);

// The same, throwing doc::WriteError "écriture impossible de « path » : reason"
// (text/system_errors.hpp) on failure, after removing what was written when
// `path` is a regular file (never /dev/full or a FIFO).
void write_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace siofill::output
