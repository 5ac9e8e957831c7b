#pragma once
// libxlsxwriter assembles each part of a workbook (workbook.xml, styles.xml,
// every sheet…) in a temporary file before zipping it: about 16 files created
// and deleted per XLSX. Debian's libxlsxwriter 1.1.4 is built without its
// USE_FMEMOPEN option, so tmpdir is the only setting, and the cost is a file
// system's: on an ext4 volume without journal, each creation scans the inodes
// deleted in the last 30 s, so a batch of 1 000 students spent 38 % of its CPU
// in the kernel's inode allocator (docs/performance.md).
//
// While a MemoryParts lives on a thread, libxlsxwriter's lxw_tmpfile() (defined
// again by siofill, which the dynamic linker prefers to the library's) returns
// a FILE* over memory instead: same stdio semantics, nothing on disk, no
// system call. Elsewhere (the class workbook in constant_memory mode, whose
// rows may be megabytes) and if memory runs out, the library's own function runs.
#include <cstddef>
#include <filesystem>
#include <string>

#include "output/memory_zip_io.hpp"

namespace siofill::xlsx {

class MemoryParts {
 public:
  MemoryParts();
  ~MemoryParts();
  MemoryParts(const MemoryParts&) = delete;
  MemoryParts& operator=(const MemoryParts&) = delete;

 private:
  bool previous_;
};

// libxlsxwriter also opens its output itself (minizip's zipOpen: fopen "wb",
// then a write and a seek per zip entry, about 80 system calls), and ext4
// starts writing a file truncated to zero back to disk as soon as it is
// closed (auto_da_alloc). While a MemoryOutput lives on a thread, zipOpen()
// (defined again by siofill, as lxw_tmpfile) builds the zip in memory; the
// finished bytes go to the destination in one write, without O_TRUNC.
class MemoryOutput {
 public:
  MemoryOutput();
  ~MemoryOutput();
  MemoryOutput(const MemoryOutput&) = delete;
  MemoryOutput& operator=(const MemoryOutput&) = delete;

  // Whether libxlsxwriter wrote into memory (if not, it wrote the file itself).
  bool used() const { return zip.used; }
  // Puts what libxlsxwriter wrote at `out`. Returns 0, or the errno of the failure.
  int write_to(const std::filesystem::path& out) const;

  // Filled by the zipOpen() replacement (output/memory_zip_io.hpp).
  struct Zip : output::MemoryZip {
    bool used = false;
  } zip;

 private:
  MemoryOutput* previous_;
};

// How often, in this process, each replacement above took effect: a part
// kept in memory, a workbook zipped in memory. Both are definitions the
// dynamic linker must prefer to the libraries' own; should a libxlsxwriter or
// minizip build stop calling them (a static link, a call without the PLT, a
// renamed function), the writer would still work, silently on disk again.
// The tests write a workbook and check both counts moved.
struct ReplacementCounts {
  std::size_t memory_parts = 0;
  std::size_t memory_zips = 0;
};
ReplacementCounts replacement_counts();

}  // namespace siofill::xlsx
