#include "web/zip_upload.hpp"

#include <minizip/unzip.h>
#include <sys/stat.h>

#include <fstream>
#include <memory>
#include <set>
#include <vector>

#include "text/printable.hpp"
#include "text/utf8.hpp"

namespace siofill::web {
namespace fs = std::filesystem;
namespace {

struct UnzCloser {
  void operator()(void* z) const {
    if (z) unzClose(static_cast<unzFile>(z));
  }
};

std::string mib(std::size_t bytes) { return std::to_string(bytes >> 20) + " Mio"; }

}  // namespace

std::string unsafe_entry_name(const std::string& name) {
  if (name.empty()) return "nom vide";
  if (!text::is_valid_utf8(name)) return "nom qui n’est pas de l’UTF-8";
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7f) return "caractère de contrôle dans le nom";
  if (name.find('\\') != std::string::npos) return "barre oblique inverse dans le nom";
  if (name.front() == '/') return "chemin absolu";
  if (name.size() >= 2 && name[1] == ':') return "lecteur Windows dans le nom";
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t slash = name.find('/', start);
    if (slash == std::string::npos) slash = name.size();
    const std::string part = name.substr(start, slash - start);
    if (part == "..") return "« .. » dans le chemin (sortie du dossier)";
    if (part.empty() && slash != name.size()) return "« // » dans le chemin";
    if (part == ".") return "« . » dans le chemin";
    start = slash + 1;
  }
  return "";
}

bool extract_zip(const fs::path& zip, const fs::path& dest, const ZipLimits& limits, ZipProblem& problem) {
  const std::unique_ptr<void, UnzCloser> z(unzOpen64(zip.c_str()));
  if (!z) {
    problem = {false, "le fichier envoyé n’est pas une archive zip lisible"};
    return false;
  }
  unz_global_info64 global{};
  if (unzGetGlobalInfo64(z.get(), &global) != UNZ_OK) {
    problem = {false, "archive zip illisible (répertoire central abîmé)"};
    return false;
  }
  if (global.number_entry > limits.entries) {
    problem = {true, "archive de " + std::to_string(global.number_entry) + " fichiers : au plus " +
                         std::to_string(limits.entries) + " sont acceptés"};
    return false;
  }
  std::set<std::string> seen;
  std::size_t total = 0, count = 0;
  std::vector<char> buffer(64 * 1024);
  for (int rc = unzGoToFirstFile(z.get()); rc != UNZ_END_OF_LIST_OF_FILE; rc = unzGoToNextFile(z.get())) {
    if (rc != UNZ_OK) {
      problem = {false, "archive zip abîmée (entrée " + std::to_string(count + 1) + ")"};
      return false;
    }
    if (++count > limits.entries) {
      problem = {true, "archive de plus de " + std::to_string(limits.entries) + " fichiers"};
      return false;
    }
    unz_file_info64 info{};
    char raw_name[1024];
    if (unzGetCurrentFileInfo64(z.get(), &info, raw_name, sizeof raw_name, nullptr, 0, nullptr, 0) != UNZ_OK ||
        info.size_filename >= sizeof raw_name) {
      problem = {false, "archive zip : nom d’entrée illisible ou trop long (entrée " + std::to_string(count) + ")"};
      return false;
    }
    const std::string name(raw_name, info.size_filename);
    if (const std::string why = unsafe_entry_name(name); !why.empty()) {
      problem = {false, "archive zip : entrée « " + text::printable(name) + " » refusée : " + why};
      return false;
    }
    const unsigned mode = static_cast<unsigned>(info.external_fa >> 16) & S_IFMT;
    if (mode == S_IFLNK) {
      problem = {false, "archive zip : « " + text::printable(name) + " » est un lien symbolique (refusé)"};
      return false;
    }
    if (info.flag & 1u) {
      problem = {false, "archive zip : « " + text::printable(name) + " » est chiffrée (mot de passe) : refusée"};
      return false;
    }
    const bool directory = name.back() == '/';
    const std::string key = directory ? name.substr(0, name.size() - 1) : name;
    if (!seen.insert(key).second) {
      problem = {false, "archive zip : « " + text::printable(name) + " » y figure deux fois"};
      return false;
    }
    const fs::path target = dest / fs::u8path(key);
    std::error_code ec;
    fs::create_directories(directory ? target : target.parent_path(), ec);
    if (ec) {
      problem = {false, "archive zip : « " + text::printable(name) +
                            " » ne peut être créé (un fichier porte le nom d’un dossier ?)"};
      return false;
    }
    if (directory) continue;
    if (info.uncompressed_size > limits.entry_bytes || total + info.uncompressed_size > limits.total_bytes) {
      problem = {true, "archive zip : « " + text::printable(name) +
                           " » trop volumineux une fois décompressé (au plus " + mib(limits.entry_bytes) +
                           " par fichier, " + mib(limits.total_bytes) + " en tout)"};
      return false;
    }
    if (unzOpenCurrentFile(z.get()) != UNZ_OK) {
      problem = {false,
                 "archive zip : « " + text::printable(name) + " » ne peut être décompressé (méthode inconnue ?)"};
      return false;
    }
    // O_EXCL through "x": never through a file or link already there.
    std::unique_ptr<FILE, int (*)(FILE*)> out(std::fopen(target.c_str(), "wbx"), &std::fclose);
    std::size_t written = 0;
    int n = 0;
    bool ok = static_cast<bool>(out);
    while (ok && (n = unzReadCurrentFile(z.get(), buffer.data(), static_cast<unsigned>(buffer.size()))) > 0) {
      written += static_cast<std::size_t>(n);
      // The sizes in the archive may lie: the bytes really produced are what count.
      if (written > limits.entry_bytes || total + written > limits.total_bytes) {
        unzCloseCurrentFile(z.get());
        problem = {true, "archive zip : « " + text::printable(name) +
                             " » trop volumineux une fois décompressé (au plus " + mib(limits.entry_bytes) +
                             " par fichier, " + mib(limits.total_bytes) + " en tout)"};
        return false;
      }
      ok = std::fwrite(buffer.data(), 1, static_cast<std::size_t>(n), out.get()) == static_cast<std::size_t>(n);
    }
    // UNZ_CRCERROR comes from unzCloseCurrentFile when the content is damaged.
    const int closed = unzCloseCurrentFile(z.get());
    if (!ok || n < 0 || closed != UNZ_OK) {
      problem = {false, "archive zip : « " + text::printable(name) + " » " +
                            (!ok ? std::string("ne peut être écrit (disque plein ?)")
                                 : std::string("est abîmé (données ou CRC)"))};
      return false;
    }
    total += written;
  }
  return true;
}

}  // namespace siofill::web
