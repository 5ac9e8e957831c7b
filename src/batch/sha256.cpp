#include "batch/sha256.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

#include "document/writer_options.hpp"

namespace siofill::batch {
namespace {

// Fetched once: OpenSSL 3 looks the algorithm up (under a lock) on every
// EVP_sha256() digest otherwise, which cost more than hashing a 10 KB file.
const EVP_MD* sha256_algorithm() {
  static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return md;
}

struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::string sha256_file(const std::filesystem::path& path) {
  const EVP_MD* md = sha256_algorithm();
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!md || !ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1)
    throw doc::WriteError("calcul SHA-256 impossible (OpenSSL)");
  const FdCloser file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) throw doc::WriteError("relecture impossible de « " + path.string() + " »");
  // The outputs are small and were just written: one or two reads from the page cache.
  unsigned char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      throw doc::WriteError("relecture impossible de « " + path.string() + " »");
    }
    EVP_DigestUpdate(ctx.get(), buffer, static_cast<std::size_t>(n));
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1) throw doc::WriteError("calcul SHA-256 impossible (OpenSSL)");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(2 * length, '0');
  for (unsigned int i = 0; i < length; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 15];
  }
  return hex;
}

}  // namespace siofill::batch
