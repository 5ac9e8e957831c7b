#pragma once
// A libharu document owned by RAII, whose errors are recorded rather than
// thrown through C code, and turned into doc::WriteError between phases.
#include <hpdf.h>

#include <memory>
#include <string>
#include <type_traits>

namespace siofill::pdf {

class HpdfDocument {
 public:
  HpdfDocument();  // throws doc::WriteError when libharu cannot allocate it

  HPDF_Doc get() const { return doc_.get(); }

  // Throws doc::WriteError naming `phase` if libharu reported an error since creation.
  void check(const char* phase) const;

  // The whole file, serialised in memory (so the caller controls the write and its errors).
  std::string save();

 private:
  struct Error {
    HPDF_STATUS code = 0;
    HPDF_STATUS detail = 0;
  };
  struct Deleter {
    void operator()(HPDF_Doc pdf) const noexcept { HPDF_Free(pdf); }
  };
  static void HPDF_STDCALL record(HPDF_STATUS code, HPDF_STATUS detail, void* user) noexcept;

  std::unique_ptr<Error> error_;  // stable address for libharu's user_data
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Deleter> doc_;
};

}  // namespace siofill::pdf
