#include "pdf/hpdf_document.hpp"

#include <cstdio>

#include "document/writer_options.hpp"

namespace siofill::pdf {
namespace {

// French wording of the libharu errors a user can do something about.
std::string describe(HPDF_STATUS code, HPDF_STATUS detail) {
  switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM:
      return "mémoire insuffisante";
    case HPDF_FILE_IO_ERROR:
    case HPDF_FILE_OPEN_ERROR:
      return "lecture d’un fichier impossible";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      return "la licence de la police interdit son incorporation";
    case HPDF_TTF_INVALID_CMAP:
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_TTF_MISSING_TABLE:
    case HPDF_INVALID_FONT_NAME:
    case HPDF_INVALID_TTC_FILE:
    case HPDF_INVALID_TTC_INDEX:
      return "police TrueType inutilisable";
    default:
      break;
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "erreur libharu 0x%04X (détail %u)", static_cast<unsigned>(code),
                static_cast<unsigned>(detail));
  return buf;
}

}  // namespace

void HPDF_STDCALL HpdfDocument::record(HPDF_STATUS code, HPDF_STATUS detail, void* user) noexcept {
  // Called from C: must not throw. Keep the first error, the cause of the others.
  auto* error = static_cast<Error*>(user);
  if (error->code == 0) {
    error->code = code;
    error->detail = detail;
  }
}

HpdfDocument::HpdfDocument() : error_(std::make_unique<Error>()), doc_(HPDF_New(&record, error_.get())) {
  if (!doc_) throw doc::WriteError("création du document PDF impossible : mémoire insuffisante");
}

void HpdfDocument::check(const char* phase) const {
  if (error_->code != 0)
    throw doc::WriteError(std::string("PDF : ") + phase + " impossible : " + describe(error_->code, error_->detail));
}

std::string HpdfDocument::save() {
  HPDF_SaveToStream(doc_.get());
  check("mise en forme du fichier");
  HPDF_UINT32 size = HPDF_GetStreamSize(doc_.get());
  std::string bytes(size, '\0');
  if (size > 0) HPDF_ReadFromStream(doc_.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  check("lecture du fichier produit");
  bytes.resize(size);
  return bytes;
}

}  // namespace siofill::pdf
