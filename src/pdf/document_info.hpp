#pragma once
// The document properties (title, subject, author, keywords, creator, dates)
// in the PDF Info dictionary. Dates come from WriteOptions::timestamp: the
// same input gives the same bytes.
#include <hpdf.h>

#include <cstdint>

#include "document/filled_form.hpp"
#include "pdf/pdf_fonts.hpp"

namespace siofill::pdf {

void set_document_info(HPDF_Doc pdf, const doc::Metadata& meta, Encoding encoding, std::int64_t timestamp);

// UTC calendar date of a Unix time, as libharu stores it.
HPDF_Date pdf_date(std::int64_t timestamp);

}  // namespace siofill::pdf
