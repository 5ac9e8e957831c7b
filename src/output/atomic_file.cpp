#include "output/atomic_file.hpp"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include "document/writer_options.hpp"
#include "text/system_errors.hpp"

namespace siofill::output {
namespace fs = std::filesystem;
namespace {

std::string reason(const std::error_code& ec) { return text::system_error_text(ec); }

// Removes the temporary file unless the rename succeeded.
class TemporaryFile {
 public:
  explicit TemporaryFile(fs::path p) : path_(std::move(p)) {}
  ~TemporaryFile() {
    if (!path_.empty()) {
      std::error_code ignored;
      fs::remove(path_, ignored);
    }
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const fs::path& path() const { return path_; }
  void release() { path_.clear(); }

 private:
  fs::path path_;
};

}  // namespace

PendingFile::PendingFile(const fs::path& final_path, const std::function<void(const fs::path&)>& write)
    : final_(final_path) {
  std::error_code ec;
  const fs::path dir = final_path.parent_path().empty() ? fs::path(".") : final_path.parent_path();
  fs::create_directories(dir, ec);
  if (ec) throw doc::WriteError("impossible de créer le dossier « " + dir.string() + " » : " + reason(ec));
  if (fs::is_directory(fs::symlink_status(final_path, ec)))
    throw doc::WriteError("« " + final_path.string() + " » est un dossier : impossible d’y écrire un fichier");

  // mkstemp gives a name nobody else uses, even with several processes on one folder.
  std::string pattern = (dir / ("." + final_path.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0)
    throw doc::WriteError("impossible d’écrire dans « " + dir.string() + " » : " + text::system_error_text(errno));
  ::close(fd);
  TemporaryFile tmp{fs::path(pattern)};
  write(tmp.path());
  // mkstemp creates the file for its owner only; outputs are ordinary documents.
  fs::permissions(tmp.path(),
                  fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read, ec);
  temporary_ = tmp.path();
  tmp.release();
}

PendingFile::~PendingFile() {
  if (!temporary_.empty()) {
    std::error_code ignored;
    fs::remove(temporary_, ignored);
  }
}

void PendingFile::commit() {
  std::error_code ec;
  fs::rename(temporary_, final_, ec);
  if (ec) throw doc::WriteError("impossible de renommer le fichier en « " + final_.string() + " » : " + reason(ec));
  temporary_.clear();
}

void write_atomically(const fs::path& final_path, const std::function<void(const fs::path&)>& write) {
  PendingFile(final_path, write).commit();
}

void write_inside(const fs::path& out_dir, const std::string& relative,
                  const std::function<void(const fs::path&)>& write) {
  const fs::path rel(relative);
  if (relative.empty() || rel.is_absolute() || rel.has_root_name() || rel.has_root_directory())
    throw doc::WriteError("nom de fichier « " + relative + " » refusé : il doit rester dans le dossier de sortie");
  fs::path dir = out_dir;
  std::error_code ec;
  const fs::path folders = rel.parent_path();
  for (const fs::path& part : rel) {
    if (part == "." || part == ".." || part.empty())
      throw doc::WriteError("nom de fichier « " + relative + " » refusé : il contient « " + part.string() +
                            " » et doit rester dans le dossier de sortie");
  }
  for (const fs::path& part : folders) {
    dir /= part;
    const fs::file_status st = fs::symlink_status(dir, ec);
    if (fs::is_symlink(st))
      throw doc::WriteError("« " + dir.string() +
                            " » est un lien symbolique : siofill n’écrit pas au travers d’un lien, pour ne jamais "
                            "sortir du dossier de sortie (remplacez-le par un vrai dossier ou changez --name)");
    if (fs::exists(st) && !fs::is_directory(st))
      throw doc::WriteError("« " + dir.string() + " » existe déjà et n’est pas un dossier");
  }
  write_atomically(out_dir / rel, write);
}

}  // namespace siofill::output
