#pragma once
// libxlsxwriter 1.1.4 tells its failures twice: as an lxw_error code, which
// siofill turns into a French message, and as English lines of its own
// ("[ERROR] workbook_close(): … System error = File too large") written with
// fprintf(stderr, …). No option turns them off. Pointing descriptor 2
// elsewhere around a call would also swallow what the other threads of a
// batch print meanwhile; instead the C stream `stderr` — a plain variable in
// glibc, read by the library at each call — is replaced once, at start-up,
// by a stream that passes everything on to descriptor 2 except what a thread
// writes while it holds a QuietLibrary.
namespace siofill::xlsx {

// Call once from main(), before any thread starts. std::cerr keeps the stream
// it was built on and is not affected; without this call, QuietLibrary does nothing.
void filter_library_messages();

// While it lives, what this thread writes to `stderr` through the C library
// is dropped. The lxw_error code still says what failed.
class QuietLibrary {
 public:
  QuietLibrary();
  ~QuietLibrary();
  QuietLibrary(const QuietLibrary&) = delete;
  QuietLibrary& operator=(const QuietLibrary&) = delete;
};

}  // namespace siofill::xlsx
