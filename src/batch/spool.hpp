#pragma once
// What a batch must remember of every student (its report entry, its row of
// the class workbook) goes to an anonymous temporary file rather than to
// memory, so a class of 100 000 needs no more memory than a class of 35.
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace siofill::batch {

// An append-only anonymous temporary file (gone when closed, even after a
// crash). Should the temporary directory fail (full, read-only), the content
// goes on in memory: nothing is ever lost, only memory is spent.
class Spool {
 public:
  Spool();
  ~Spool();
  Spool(Spool&& other) noexcept;
  Spool& operator=(Spool&&) = delete;
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  void append(std::string_view bytes);
  // Calls `piece` on the whole content, in order, a buffer at a time.
  void read(const std::function<void(std::string_view)>& piece) const;

 private:
  std::FILE* file_ = nullptr;
  std::string memory_;  // only when the file could not be created or written
};

// Reads back what was appended as length-prefixed fields.
class SpoolWriter {
 public:
  void text(std::string_view s);
  void number(std::uint64_t n);
  const std::string& bytes() const { return buffer_; }

 private:
  std::string buffer_;
};

class SpoolReader {
 public:
  explicit SpoolReader(std::string_view data) : data_(data) {}
  bool done() const { return pos_ >= data_.size(); }
  std::string text();
  std::uint64_t number();

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
};

}  // namespace siofill::batch
