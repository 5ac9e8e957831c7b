#include "batch/evidence_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <filesystem>

#include "evidence/evidence_loader.hpp"
#include "json/json_parse.hpp"
#include "text/system_errors.hpp"

namespace siofill::batch {
namespace {

// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "un dossier";
  if (S_ISFIFO(mode)) return "un tube nommé (FIFO)";
  if (S_ISCHR(mode)) return "un périphérique (comme /dev/zero)";
  if (S_ISBLK(mode)) return "un périphérique de stockage";
  if (S_ISSOCK(mode)) return "une socket";
  return "un fichier spécial";
}

bool has_json_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".json";
}

// JSON evidence starts with "{" (after a byte-order mark and blanks). A file
// in UTF-16 or UTF-32 goes on to the parser, which says what it is.
bool starts_like_evidence(std::string_view text) {
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF" ||
      text.substr(0, 4).find('\0') != std::string_view::npos)
    return true;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos || text[first] == '{';
}

// Reads the file without following it anywhere it should not go: stat first
// (a FIFO or a device is refused before any open, so nothing can block), then
// open with O_NONBLOCK and check that what was opened is the regular file
// that was examined (it may have been swapped in between).
std::optional<std::string> read_if_evidence(const std::string& path, Reporter& report, std::size_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int error = errno;
    struct stat link {};
    if (error == ENOENT && ::lstat(path.c_str(), &link) == 0)
      report.at("", "lien symbolique vers un fichier qui n’existe pas : non lu");
    else
      report.at("", "impossible d’ouvrir le fichier : " + text::system_error_text(error));
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    struct stat link {};
    const bool symlink = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
    report.at("", std::string(symlink ? "lien symbolique vers " : "") + kind_of(st.st_mode) +
                      ", pas un fichier ordinaire : non lu (un fichier de preuves .json est attendu)");
    return std::nullopt;
  }
  if (!has_json_extension(path)) {
    report.at("", "ce n’est pas un fichier de preuves (extension .json attendue) : non lu");
    return std::nullopt;
  }
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    report.at("", "fichier trop volumineux (" + std::to_string(st.st_size) + " octets ; au plus " +
                      std::to_string(max_bytes) + ") : ce n’est pas un fichier de preuves, non lu");
    return std::nullopt;
  }
  const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) {
    report.at("", "impossible d’ouvrir le fichier : " + text::system_error_text(errno));
    return std::nullopt;
  }
  struct stat opened {};
  if (::fstat(fd.get(), &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_dev != st.st_dev ||
      opened.st_ino != st.st_ino) {
    report.at("", "le fichier a été remplacé pendant sa lecture : non lu");
    return std::nullopt;
  }
  std::string data;
  char buffer[64 * 1024];
  while (data.size() <= max_bytes) {
    const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      report.at("", "lecture du fichier impossible : " + text::system_error_text(errno));
      return std::nullopt;
    }
    if (n == 0) break;
    data.append(buffer, static_cast<std::size_t>(n));
  }
  if (data.size() > max_bytes) {  // it grew while being read
    report.at("", "fichier trop volumineux (plus de " + std::to_string(max_bytes) + " octets) : non lu");
    return std::nullopt;
  }
  if (!starts_like_evidence(data)) {
    report.at("", "ce n’est pas un fichier de preuves JSON (il devrait commencer par « { ») : non lu");
    return std::nullopt;
  }
  return data;
}

// A JSON file that is not evidence (someone's configuration, a key store…):
// its keys and values are not ours to copy into a report.
bool foreign_json(std::string_view text) {
  Diagnostics ignored;
  Reporter scratch("", ignored);
  const std::optional<nlohmann::json> doc = json::parse(text, scratch);
  if (!doc) return false;  // malformed: the parser's messages quote at most a short, escaped token
  if (!doc->is_object()) return false;
  const auto format = doc->find("format");
  const bool ours = format != doc->end() && format->is_string() &&
                    format->get_ref<const std::string&>().rfind("siofill-evidence/", 0) == 0;
  return !ours && !doc->contains("candidat") && !doc->contains("realisations");
}

}  // namespace

std::optional<Evidence> load_student_evidence(const std::string& path, const Referentiel& ref, Diagnostics& diagnostics,
                                              const SequencePlan* sequences) {
  const EvidenceLimits limits;
  Reporter report(path, diagnostics);
  const std::optional<std::string> text = read_if_evidence(path, report, limits.max_file_bytes);
  if (!text) return std::nullopt;
  const std::size_t before = diagnostics.size();
  std::optional<Evidence> ev = load_evidence(*text, path, ref, diagnostics, limits, SequenceSource{sequences, true});
  if (!ev && foreign_json(*text)) {
    diagnostics.resize(before);
    report.at("",
              "ce fichier JSON n’est pas un fichier de preuves (« \"format\": \"siofill-evidence/1\" » absent) : "
              "non lu plus loin");
  }
  return ev;
}

}  // namespace siofill::batch
