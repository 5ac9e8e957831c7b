#include "output/output_folder.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include "text/printable.hpp"
#include "text/system_errors.hpp"

namespace siofill::output {
namespace fs = std::filesystem;

std::optional<OutputFolder> OutputFolder::open(const fs::path& dir, Access access, std::string& problem) {
  const std::string shown = "« " + text::shown_name(dir.string()) + " »";
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (fs::exists(st) && !fs::is_directory(st)) {
    problem = "le dossier de sortie " + shown +
              " est un fichier, pas un dossier : indiquez avec -o un dossier "
              "(il est créé s’il n’existe pas)";
    return std::nullopt;
  }
  fs::create_directories(dir, ec);
  if (ec) {
    problem = "impossible de créer le dossier de sortie " + shown + " : " + text::system_error_text(ec);
    return std::nullopt;
  }
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    problem = "impossible d’ouvrir le dossier de sortie " + shown + " : " + text::system_error_text(errno);
    return std::nullopt;
  }
  OutputFolder folder(fd, false);
  const int operation = (access == Access::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
  int rc;
  do rc = ::flock(fd, operation);
  while (rc != 0 && errno == EINTR);
  if (rc == 0) {
    folder.locked_ = true;
  } else if (errno == EWOULDBLOCK) {
    problem = access == Access::Exclusive
                  ? "un autre siofill écrit en ce moment dans le dossier de sortie " + shown +
                        " : attendez qu’il ait fini, ou choisissez un autre dossier (-o)"
                  : "un export de classe (siofill batch) écrit en ce moment dans le dossier de sortie " + shown +
                        " : attendez qu’il ait fini, ou choisissez un autre dossier (-o)";
    return std::nullopt;
  }
  // Any other error (ENOLCK, EOPNOTSUPP…): a file system without locks; not a reason to refuse the run.
  return folder;
}

OutputFolder::~OutputFolder() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace siofill::output
