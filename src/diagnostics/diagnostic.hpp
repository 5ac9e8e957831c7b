#pragma once
// A message for a person about one input file, located by JSON pointer or by
// line and column. Messages are French; the fields are for scripts.
#include <string>
#include <vector>

namespace siofill {

struct Diagnostic {
  std::string file;     // as the user named it ("-" for standard input)
  std::string pointer;  // JSON pointer ("/realisations/3/debut"), empty if none
  int line = 0;         // 1-based, 0 when unknown
  int column = 0;       // 1-based, in characters
  std::string message;  // French, without the location
};

using Diagnostics = std::vector<Diagnostic>;

// "file:3:15: message", "file: /a/b : message" or "file: message", control
// characters and bytes that are not UTF-8 shown escaped (text/printable.hpp).
std::string format(const Diagnostic& d);

// Collects diagnostics about one file.
class Reporter {
 public:
  Reporter(std::string file, Diagnostics& sink) : file_(std::move(file)), sink_(&sink) {}
  void at(std::string pointer, std::string message) {
    sink_->push_back(Diagnostic{file_, std::move(pointer), 0, 0, std::move(message)});
  }
  void at_position(int line, int column, std::string message) {
    sink_->push_back(Diagnostic{file_, "", line, column, std::move(message)});
  }
  const std::string& file() const { return file_; }
  std::size_t count() const { return sink_->size(); }

 private:
  std::string file_;
  Diagnostics* sink_;
};

}  // namespace siofill
