#include "json/json_file.hpp"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

#include "text/system_errors.hpp"

namespace siofill::json {

std::optional<std::string> read_input_file(const std::string& path, Reporter& report, std::size_t max_bytes) {
  std::string data;
  if (path == "-") {
    std::istreambuf_iterator<char> it(std::cin), end;
    for (; it != end; ++it) {
      data.push_back(*it);
      if (data.size() > max_bytes) break;
    }
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      report.at("", "c’est un dossier, pas un fichier JSON");
      return std::nullopt;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      const int error = errno;
      std::error_code exists_ec;
      if (error == ENOENT || (!error && !std::filesystem::exists(path, exists_ec)))
        report.at("", "impossible d’ouvrir le fichier : il n’existe pas (vérifiez le nom et le dossier)");
      else if (error == EACCES)
        report.at("", "impossible d’ouvrir le fichier : droits de lecture manquants");
      else  // ENAMETOOLONG, ELOOP, ENOTDIR…: told in French too
        report.at("", "impossible d’ouvrir le fichier : " + text::system_error_text(error));
      return std::nullopt;
    }
    std::vector<char> buffer(64 * 1024);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
      data.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
      if (data.size() > max_bytes) break;
    }
    if (in.bad()) {
      report.at("", "lecture du fichier impossible (est-ce un dossier ?)");
      return std::nullopt;
    }
  }
  if (data.size() > max_bytes) {
    report.at("", "fichier trop volumineux (plus de " + std::to_string(max_bytes) + " octets)");
    return std::nullopt;
  }
  return data;
}

}  // namespace siofill::json
