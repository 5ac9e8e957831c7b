#include "xlsx/lxw_check.hpp"

#include <cerrno>

#include "document/writer_options.hpp"
#include "text/system_errors.hpp"
#include "xlsx/library_messages.hpp"

namespace siofill::xlsx {

std::string describe(lxw_error err) {
  switch (err) {
    case LXW_NO_ERROR:
      return "aucune erreur";
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      return "mémoire insuffisante";
    case LXW_ERROR_CREATING_XLSX_FILE:
      return "le fichier ne peut pas être créé";
    case LXW_ERROR_CREATING_TMPFILE:
      return "un fichier temporaire ne peut pas être créé dans le dossier de sortie";
    case LXW_ERROR_READING_TMPFILE:
      return "un fichier temporaire ne peut pas être relu";
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return "écriture interrompue (disque plein ?)";
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
      return "erreur interne de compression";
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
      return "nom de feuille refusé";
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
      return "texte trop long pour une cellule";
    case LXW_ERROR_255_STRING_LENGTH_EXCEEDED:
      return "texte trop long (255 caractères au plus)";
    default:
      return "erreur de libxlsxwriter n° " + std::to_string(static_cast<int>(err));
  }
}

void check(lxw_error err, const std::string& what) {
  if (err != LXW_NO_ERROR) throw doc::WriteError("écriture XLSX impossible : " + what + " (" + describe(err) + ")");
}

void close_workbook(lxw_workbook* wb, const std::string& shown) {
  const QuietLibrary quiet;
  errno = 0;
  const lxw_error err = workbook_close(wb);
  if (err == LXW_NO_ERROR) return;
  const int saved = errno;  // set by the failed call, for the errors that come from the system
  std::string reason = describe(err);
  if (saved != 0) {
    if (err == LXW_ERROR_CREATING_XLSX_FILE || err == LXW_ERROR_CREATING_TMPFILE)
      reason += " : " + text::system_error_text(saved);
    else if (err == LXW_ERROR_ZIP_FILE_OPERATION || err == LXW_ERROR_ZIP_FILE_ADD || err == LXW_ERROR_ZIP_CLOSE)
      reason = "écriture interrompue : " + text::system_error_text(saved);
  }
  throw doc::WriteError("écriture XLSX impossible : " + shown + " (" + reason + ")");
}

}  // namespace siofill::xlsx
