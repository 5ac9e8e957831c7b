#pragma once
// The document properties (title, subject, author, keywords, creator, dates)
// in the PDF Info dictionary. Dates come from WriteOptions::timestamp: the
// same input gives the same bytes.
#include <hpdf.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "document/filled_form.hpp"
#include "pdf/pdf_fonts.hpp"

namespace siofill::pdf {

void set_document_info(HPDF_Doc pdf, const doc::Metadata& meta, Encoding encoding, std::int64_t timestamp);

// `text` as bytes for libharu's current encoder (WinAnsi, or its UTF-8 encoder
// that writes UTF-16BE text strings): document properties, bookmark titles.
std::string encoded_text_string(std::u32string_view text, Encoding encoding);

// UTC calendar date of a Unix time, as libharu stores it.
HPDF_Date pdf_date(std::int64_t timestamp);

}  // namespace siofill::pdf
