#include "pdf/file_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "document/writer_options.hpp"

namespace siofill::pdf {
namespace {

std::string reason(int err) {
  switch (err) {
    case ENOSPC: return "disque plein";
    case EDQUOT: return "quota disque dépassé";
    case EACCES:
    case EPERM: return "permission refusée";
    case ENOENT: return "dossier inexistant";
    case ENOTDIR: return "un élément du chemin n’est pas un dossier";
    case EISDIR: return "le chemin désigne un dossier";
    case EROFS: return "système de fichiers en lecture seule";
    case EIO: return "erreur d’entrée-sortie du disque";
    case EFBIG: return "fichier trop gros pour ce système de fichiers";
    default: return std::string("erreur système ") + std::to_string(err) + " (" + std::strerror(err) + ")";
  }
}

[[noreturn]] void fail(const std::filesystem::path& path, int err, bool created) {
  if (created) {
    // Only a regular file we made is removed: never /dev/full or a FIFO.
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) std::filesystem::remove(path, ec);
  }
  throw doc::WriteError("écriture impossible de « " + path.string() + " » : " + reason(err));
}

}  // namespace

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) fail(path, errno, false);
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      fail(path, err, true);
    }
    if (n == 0) {  // no progress and no error: treat as a full device
      ::close(fd);
      fail(path, ENOSPC, true);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) fail(path, errno, true);
}

}  // namespace siofill::pdf
