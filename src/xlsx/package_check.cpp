#include "xlsx/package_check.hpp"

#include <minizip/unzip.h>

#include <memory>
#include <string_view>

namespace siofill::xlsx {
namespace {

struct UnzipCloser {
  void operator()(void* z) const noexcept { unzClose(static_cast<unzFile>(z)); }
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A part written whole ends with the end of its root element: "</worksheet>",
// or "/>" when the root element is empty and is the whole document.
bool xml_is_whole(std::string_view xml) {
  while (!xml.empty() && (xml.back() == '\n' || xml.back() == '\r' || xml.back() == ' ')) xml.remove_suffix(1);
  std::size_t at = 0;
  while ((at = xml.find('<', at)) != std::string_view::npos && at + 1 < xml.size() &&
         (xml[at + 1] == '?' || xml[at + 1] == '!'))
    ++at;  // the XML declaration, comments
  if (at == std::string_view::npos) return false;
  const std::size_t name_end = xml.find_first_of(" \t\r\n/>", at + 1);
  if (name_end == std::string_view::npos) return false;
  const std::string_view root = xml.substr(at + 1, name_end - at - 1);
  if (ends_with(xml, "</" + std::string(root) + ">")) return true;
  return ends_with(xml, "/>") && xml.find('>', at) == xml.size() - 1;
}

}  // namespace

std::optional<std::string> incomplete_package(const std::filesystem::path& path) {
  std::unique_ptr<void, UnzipCloser> zip(unzOpen64(path.c_str()));
  if (!zip) return "le fichier écrit n’est pas une archive lisible";
  unzFile z = static_cast<unzFile>(zip.get());
  std::string part;
  char name[512];
  for (int rc = unzGoToFirstFile(z); rc == UNZ_OK; rc = unzGoToNextFile(z)) {
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(z, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(z) != UNZ_OK)
      return "archive illisible";
    part.resize(static_cast<std::size_t>(info.uncompressed_size));
    const int read = part.empty() ? 0 : unzReadCurrentFile(z, part.data(), static_cast<unsigned>(part.size()));
    const int closed = unzCloseCurrentFile(z);  // UNZ_CRCERROR when the bytes do not match
    if (read != static_cast<int>(part.size()) || closed != UNZ_OK)
      return "partie « " + std::string(name) + " » illisible";
    const std::string_view n(name);
    if ((ends_with(n, ".xml") || ends_with(n, ".rels")) && !xml_is_whole(part))
      return "partie « " + std::string(name) + " » incomplète";
  }
  return std::nullopt;
}

}  // namespace siofill::xlsx
