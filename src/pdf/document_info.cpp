#include "pdf/document_info.hpp"

#include <algorithm>
#include <string>

#include "pdf/text_layout.hpp"
#include "pdf/winansi.hpp"

namespace siofill::pdf {
namespace {

// Property text for libharu's UTF-8 encoder, which decodes to 16-bit units:
// characters past the BMP are passed as their UTF-16 surrogates, each
// encoded like a character (CESU-8), so they come out as valid UTF-16BE.
std::string cesu8(std::u32string_view text) {
  std::string out;
  auto put = [&out](char32_t c) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  };
  for (char32_t c : text) {
    if (c > 0xFFFF) {
      const char32_t v = c - 0x10000;
      put(0xD800 + (v >> 10));
      put(0xDC00 + (v & 0x3FF));
    } else {
      put(c);
    }
  }
  return out;
}

// Properties are one line: forced breaks become spaces.
std::u32string property_text(const std::string& utf8) {
  std::u32string text = display_text(utf8);
  std::replace(text.begin(), text.end(), U'\n', U' ');
  return text;
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civil_from_days(std::int64_t z, int& year, int& month, int& day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0));
}

}  // namespace

std::string encoded_text_string(std::u32string_view text, Encoding encoding) {
  return encoding == Encoding::WinAnsi ? encode_cp1252(text) : cesu8(text);
}

HPDF_Date pdf_date(std::int64_t timestamp) {
  // PDF dates have four-digit years.
  timestamp = std::clamp<std::int64_t>(timestamp, 0, 253402300799);
  const std::int64_t days = timestamp / 86400;
  const std::int64_t secs = timestamp % 86400;
  HPDF_Date d{};
  civil_from_days(days, d.year, d.month, d.day);
  d.hour = static_cast<int>(secs / 3600);
  d.minutes = static_cast<int>(secs / 60 % 60);
  d.seconds = static_cast<int>(secs % 60);
  d.ind = 'Z';
  d.off_hour = 0;
  d.off_minutes = 0;
  return d;
}

void set_document_info(HPDF_Doc pdf, const doc::Metadata& meta, Encoding encoding, std::int64_t timestamp) {
  // libharu writes property strings through the current encoder, as UTF-16BE.
  if (encoding == Encoding::WinAnsi) {
    HPDF_SetCurrentEncoder(pdf, "WinAnsiEncoding");
  } else {
    HPDF_SetCurrentEncoder(pdf, "UTF-8");  // registered by PdfFonts::enable_utf8()
  }
  auto set = [&](HPDF_InfoType type, const std::string& value) {
    if (value.empty()) return;
    HPDF_SetInfoAttr(pdf, type, encoded_text_string(property_text(value), encoding).c_str());
  };
  set(HPDF_INFO_TITLE, meta.title);
  set(HPDF_INFO_SUBJECT, meta.subject);
  set(HPDF_INFO_AUTHOR, meta.author);
  set(HPDF_INFO_KEYWORDS, meta.keywords);
  set(HPDF_INFO_CREATOR, "siofill");
  const HPDF_Date date = pdf_date(timestamp);
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, date);
}

}  // namespace siofill::pdf
