#include "batch/sha256.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <memory>

#include "document/writer_options.hpp"

namespace siofill::batch {
namespace {
constexpr std::size_t kBufferSize = 64 * 1024;

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

DigestContext start_sha256() {
  DigestContext ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
    throw doc::WriteError("calcul SHA-256 impossible (OpenSSL)");
  return ctx;
}

std::string finish_hex(EVP_MD_CTX* ctx) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(ctx, digest, &length);
  std::string hex;
  char byte[3];
  for (unsigned int i = 0; i < length; ++i) {
    std::snprintf(byte, sizeof byte, "%02x", digest[i]);
    hex += byte;
  }
  return hex;
}
}  // namespace

std::string sha256_bytes(std::string_view bytes) {
  DigestContext ctx = start_sha256();
  EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size());
  return finish_hex(ctx.get());
}

std::string sha256_file(const std::filesystem::path& path) {
  DigestContext ctx = start_sha256();
  // Called for every file of every student: a plain descriptor and a buffer
  // kept per thread, where an ifstream and a zero-filled 64 KB vector each time
  // cost more than hashing a small file.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw doc::WriteError("relecture impossible de « " + path.string() + " »");
  thread_local std::unique_ptr<char[]> buffer(new char[kBufferSize]);
  for (;;) {
    const ssize_t n = ::read(fd, buffer.get(), kBufferSize);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      throw doc::WriteError("relecture impossible de « " + path.string() + " »");
    }
    if (n == 0) break;
    EVP_DigestUpdate(ctx.get(), buffer.get(), static_cast<std::size_t>(n));
  }
  ::close(fd);
  return finish_hex(ctx.get());
}

}  // namespace siofill::batch
