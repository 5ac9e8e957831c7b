#pragma once
// minizip's I/O callbacks over a string: the zip is built in memory, nothing
// touches the disk until it is complete (a failure leaves no half-written
// file) and one checked write puts it there (write_in_place.hpp). Used by the
// DOCX archive and by libxlsxwriter's zipOpen, replaced (xlsx/memory_parts.hpp).
#include <zip.h>

#include <cstddef>
#include <string>

namespace siofill::output {

// The archive's bytes, and where minizip is in them (it seeks back to fill in
// each entry's sizes).
struct MemoryZip {
  std::string bytes;
  std::size_t pos = 0;
};

// Callbacks reading and writing `zip`, which must outlive the zipFile.
// A failed allocation is a failed write (minizip answers ZIP_ERRNO).
zlib_filefunc64_def memory_zip_io(MemoryZip& zip);

// zipOpen2_64 over memory_zip_io(zip), a new archive; nullptr on failure.
zipFile open_memory_zip(MemoryZip& zip);

}  // namespace siofill::output
