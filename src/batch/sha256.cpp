#include "batch/sha256.hpp"

#include <fcntl.h>
#include <nettle/sha2.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <memory>

#include "document/writer_options.hpp"

namespace siofill::batch {
namespace {
constexpr std::size_t kBufferSize = 64 * 1024;

// Nettle's context is a plain struct: nothing to allocate or free, and no
// library start-up (OpenSSL's libcrypto cost every command ~1 ms to load).
sha256_ctx start_sha256() {
  sha256_ctx ctx;
  sha256_init(&ctx);
  return ctx;
}

std::string finish_hex(sha256_ctx& ctx) {
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(2 * sizeof digest, '0');
  for (std::size_t i = 0; i < sizeof digest; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0x0f];
  }
  return hex;
}
}  // namespace

std::string sha256_bytes(std::string_view bytes) {
  sha256_ctx ctx = start_sha256();
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  return finish_hex(ctx);
}

std::string sha256_file(const std::filesystem::path& path) {
  sha256_ctx ctx = start_sha256();
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
    sha256_update(&ctx, static_cast<std::size_t>(n), reinterpret_cast<const std::uint8_t*>(buffer.get()));
  }
  ::close(fd);
  return finish_hex(ctx);
}

}  // namespace siofill::batch
