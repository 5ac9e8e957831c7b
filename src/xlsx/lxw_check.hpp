#pragma once
// libxlsxwriter reports failures as lxw_error codes; the writer turns them
// into doc::WriteError with a French message saying what could not be done.
#include <memory>
#include <string>

#include <xlsxwriter.h>

namespace siofill::xlsx {

// Throws doc::WriteError("écriture XLSX impossible : <what> (<reason>)") unless err is LXW_NO_ERROR.
void check(lxw_error err, const std::string& what);

// French reason for a libxlsxwriter error code.
std::string describe(lxw_error err);

// workbook_close(wb), which frees the workbook whatever happens, with its
// failures told in French and libxlsxwriter's own English lines kept off
// stderr (library_messages.hpp). `shown` names the file in the message.
// Throws doc::WriteError. A part cut short in a temporary file goes unnoticed
// by the library: see package_check.hpp.
void close_workbook(lxw_workbook* wb, const std::string& shown);

// Owns a workbook that has not been closed; workbook_close() frees it too,
// so release() the pointer before calling it.
struct WorkbookFree {
  void operator()(lxw_workbook* wb) const noexcept { lxw_workbook_free(wb); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookFree>;

}  // namespace siofill::xlsx
