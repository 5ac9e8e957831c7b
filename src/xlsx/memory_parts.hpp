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
#include <filesystem>
#include <string>

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

  // Filled by the zipOpen() replacement: the zip being built, and where
  // minizip is in it (it seeks back to fill in each entry's sizes).
  struct Zip {
    std::string bytes;
    std::size_t pos = 0;
    bool used = false;
  } zip;

 private:
  MemoryOutput* previous_;
};

}  // namespace siofill::xlsx
