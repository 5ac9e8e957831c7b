#include "pdf/content_stream.hpp"

#include <cmath>

namespace siofill::pdf {

void ContentStream::clear() {
  out_.clear();
  in_text_ = false;
  text_x_ = text_y_ = 0;
  font_.clear();
  font_size_ = 0;
}

// Two decimals (1/7200 in), trailing zeros dropped: compact and
// deterministic. Hand-written: std::to_chars with a precision costs about a
// thousand instructions a number, and a page has thousands of numbers.
void ContentStream::number(double v) {
  long long hundredths = std::llround(v * 100);
  if (hundredths < 0) {
    out_ += '-';
    hundredths = -hundredths;
  }
  char buf[24];
  char* end = buf + sizeof buf;
  char* p = end;
  const int cents = static_cast<int>(hundredths % 100);
  long long whole = hundredths / 100;
  do {
    *--p = static_cast<char>('0' + whole % 10);
    whole /= 10;
  } while (whole > 0);
  out_.append(p, end);
  if (cents != 0) {
    out_ += '.';
    out_ += static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) out_ += static_cast<char>('0' + cents % 10);
  }
}

void ContentStream::place_form(std::string_view resource_name, double size, double x, double y) {
  out_ += "q ";
  number(size);
  out_ += " 0 0 ";
  number(size);
  out_ += ' ';
  number(x);
  out_ += ' ';
  number(y);
  out_ += " cm /";
  out_ += resource_name;
  out_ += " Do Q\n";
}

void ContentStream::gray_fill(double level) {
  number(level);
  out_ += " g\n";
}

void ContentStream::line_width(double width) {
  number(width);
  out_ += " w\n";
}

void ContentStream::rectangle(double x, double y, double width, double height) {
  number(x);
  out_ += ' ';
  number(y);
  out_ += ' ';
  number(width);
  out_ += ' ';
  number(height);
  out_ += " re\n";
}

void ContentStream::move_to(double x, double y) {
  number(x);
  out_ += ' ';
  number(y);
  out_ += " m\n";
}

void ContentStream::line_to(double x, double y) {
  number(x);
  out_ += ' ';
  number(y);
  out_ += " l\n";
}

void ContentStream::curve_to(double x1, double y1, double x2, double y2, double x, double y) {
  for (double v : {x1, y1, x2, y2, x}) {
    number(v);
    out_ += ' ';
  }
  number(y);
  out_ += " c\n";
}

void ContentStream::close_path() { out_ += "h\n"; }
void ContentStream::fill() { out_ += "f\n"; }
void ContentStream::stroke() { out_ += "S\n"; }

void ContentStream::begin_text() {
  if (in_text_) return;
  out_ += "BT\n";
  in_text_ = true;
  text_x_ = text_y_ = 0;  // BT resets the text matrix
}

void ContentStream::end_text() {
  if (!in_text_) return;
  out_ += "ET\n";
  in_text_ = false;
}

void ContentStream::font(std::string_view resource_name, double size) {
  if (resource_name == font_ && size == font_size_) return;
  out_ += '/';
  out_ += resource_name;
  out_ += ' ';
  number(size);
  out_ += " Tf\n";
  font_.assign(resource_name);
  font_size_ = size;
}

void ContentStream::render_mode(int mode) {
  out_ += static_cast<char>('0' + mode);
  out_ += " Tr\n";
}

void ContentStream::horizontal_scale(double percent) {
  number(percent);
  out_ += " Tz\n";
}

void ContentStream::move_text(double x, double y) {
  // Rounded positions, tracked as written, so errors do not accumulate.
  const double rx = std::round(x * 100) / 100, ry = std::round(y * 100) / 100;
  number(rx - text_x_);
  out_ += ' ';
  number(ry - text_y_);
  out_ += " Td\n";
  text_x_ = rx;
  text_y_ = ry;
}

void ContentStream::show_literal(double x, double y, std::string_view bytes) {
  move_text(x, y);
  out_ += '(';
  for (char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') out_ += '\\';
    out_ += c;
  }
  out_ += ") Tj\n";
}

void ContentStream::show_hex(double x, double y, std::string_view bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  move_text(x, y);
  out_ += '<';
  for (unsigned char b : bytes) {
    out_ += kHex[b >> 4];
    out_ += kHex[b & 15];
  }
  out_ += "> Tj\n";
}

void ContentStream::begin_actual_text(std::u32string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  auto unit = [this](unsigned u) {
    for (int shift = 12; shift >= 0; shift -= 4) out_ += kHex[(u >> shift) & 15];
  };
  out_ += "/Span<</ActualText<FEFF";  // UTF-16BE text string
  for (char32_t c : text) {
    if (c > 0xFFFF) {
      const unsigned v = static_cast<unsigned>(c) - 0x10000;
      unit(0xD800 + (v >> 10));
      unit(0xDC00 + (v & 0x3FF));
    } else {
      unit(static_cast<unsigned>(c));
    }
  }
  out_ += ">>>BDC\n";
}

void ContentStream::end_marked_content() { out_ += "EMC\n"; }

}  // namespace siofill::pdf
