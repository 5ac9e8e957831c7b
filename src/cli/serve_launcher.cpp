// siofill serve, as `siofill` runs it: replaces this process with siofill-web,
// same command line, same environment (see serve_options.hpp for why).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"
#include "cli/serve_options.hpp"

namespace siofill::cli {
namespace {

// Next to siofill in the build tree; in <libexecdir>/siofill once installed.
std::vector<std::filesystem::path> siofill_web_candidates() {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const std::filesystem::path dir = self.parent_path();
  return {dir / "siofill-web", (dir / SIOFILL_LIBEXEC_FROM_BINDIR / "siofill-web").lexically_normal()};
}

}  // namespace

int run_serve(const ServeOptions&, const GlobalOptions& global) {
  const std::vector<std::filesystem::path> candidates = siofill_web_candidates();
  std::string tried;
  for (const std::filesystem::path& program : candidates) {
    if (::access(program.c_str(), X_OK) == 0) {
      ::execv(program.c_str(), global.argv);
      std::cerr << "erreur : siofill serve : lancement de « " << program.string()
                << " » impossible : " << std::strerror(errno) << "\n";
      return kInputError;
    }
    tried += (tried.empty() ? "" : ", ") + program.string();
  }
  std::cerr << "erreur : siofill serve a besoin du programme siofill-web, introuvable (cherché : "
            << (tried.empty() ? "/proc/self/exe illisible" : tried) << ") : réinstallez siofill\n";
  return kInputError;
}

}  // namespace siofill::cli
