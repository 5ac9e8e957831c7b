#include "writers/output_formats.hpp"

#include "docx/docx_writer.hpp"
#include "pdf/pdf_writer.hpp"
#include "xlsx/xlsx_writer.hpp"

namespace siofill::writers {

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> formats = {
      {"pdf", "pdf", "PDF (impression, envoi au jury)", "application/pdf", &pdf::write_pdf,
       &pdf::unsupported_characters},
      {"xlsx", "xlsx", "XLSX (Excel, LibreOffice : tableau modifiable, cases à choisir dans une liste)",
       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &xlsx::write_xlsx, nullptr},
      {"docx", "docx", "DOCX (Word, LibreOffice : cases à cocher cliquables)",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", &docx::write_docx, nullptr},
      {"xml", "xml", "XML Word (document unique, lisible et comparable en texte)", "application/xml",
       &docx::write_flat_xml, nullptr},
  };
  return formats;
}

const OutputFormat* find_output_format(std::string_view name) {
  for (const OutputFormat& f : output_formats())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace siofill::writers
