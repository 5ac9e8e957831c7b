#include "batch/spool.hpp"

#include <unistd.h>

#include <cstring>
#include <stdexcept>

namespace siofill::batch {

Spool::Spool() : file_(std::tmpfile()) {}

Spool::~Spool() {
  if (file_) std::fclose(file_);
}

Spool::Spool(Spool&& other) noexcept : file_(other.file_), memory_(std::move(other.memory_)) { other.file_ = nullptr; }

void Spool::append(std::string_view bytes) {
  if (file_) {
    const long before = std::ftell(file_);
    if (before >= 0 && std::fwrite(bytes.data(), 1, bytes.size(), file_) == bytes.size() && std::fflush(file_) == 0)
      return;
    // No space left (or another write error): go on in memory with what was spooled so far.
    std::string kept(before > 0 ? static_cast<std::size_t>(before) : 0, '\0');
    if (::pread(fileno(file_), kept.data(), kept.size(), 0) != static_cast<ssize_t>(kept.size()))
      throw std::runtime_error("fichier temporaire illisible");
    std::fclose(file_);
    file_ = nullptr;
    memory_ = std::move(kept);
  }
  memory_.append(bytes);
}

void Spool::read(const std::function<void(std::string_view)>& piece) const {
  if (file_) {
    char buffer[64 * 1024];
    off_t offset = 0;
    for (ssize_t n; (n = ::pread(fileno(file_), buffer, sizeof buffer, offset)) > 0; offset += n)
      piece(std::string_view(buffer, static_cast<std::size_t>(n)));
  }
  if (!memory_.empty()) piece(memory_);
}

void SpoolWriter::number(std::uint64_t n) {
  char bytes[sizeof n];
  std::memcpy(bytes, &n, sizeof n);
  buffer_.append(bytes, sizeof n);
}

void SpoolWriter::text(std::string_view s) {
  number(s.size());
  buffer_.append(s);
}

std::uint64_t SpoolReader::number() {
  std::uint64_t n = 0;
  if (data_.size() - pos_ < sizeof n) throw std::runtime_error("fichier temporaire tronqué");
  std::memcpy(&n, data_.data() + pos_, sizeof n);
  pos_ += sizeof n;
  return n;
}

std::string SpoolReader::text() {
  const std::uint64_t size = number();
  if (data_.size() - pos_ < size) throw std::runtime_error("fichier temporaire tronqué");
  std::string s(data_.substr(pos_, size));
  pos_ += size;
  return s;
}

}  // namespace siofill::batch
