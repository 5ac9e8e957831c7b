#include "docx/file_output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <system_error>

#include "document/writer_options.hpp"

namespace siofill::docx {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }  // error paths only: success closes and checks
};

std::string reason(int err) {
  switch (err) {
    case ENOSPC: return "disque plein";
    case EACCES:
    case EPERM: return "permission refusée";
    case ENOENT: return "dossier introuvable";
    case EROFS: return "système de fichiers en lecture seule";
    case EDQUOT: return "quota disque dépassé";
    case EISDIR: return "c’est un dossier";
    default: return std::strerror(err);
  }
}

[[noreturn]] void fail(const std::filesystem::path& path, int err, bool remove) {
  if (remove) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
  throw doc::WriteError("écriture impossible de « " + path.string() + " » : " + reason(err));
}

}  // namespace

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  errno = 0;
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "wb"));
  if (!f) fail(path, errno, false);
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size()) fail(path, errno, true);
  if (std::fflush(f.get()) != 0) fail(path, errno, true);
  if (std::fclose(f.release()) != 0) fail(path, errno, true);
}

}  // namespace siofill::docx
