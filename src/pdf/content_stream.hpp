#pragma once
// PDF page content operators written straight into a buffer. libharu's own
// operator functions cost thousands of instructions each (a 512-byte memset
// per call), several times the whole layout; the document structure, fonts,
// compression and cross-reference table stay libharu's.
#include <string>
#include <string_view>

namespace siofill::pdf {

class ContentStream {
 public:
  const std::string& data() const { return out_; }
  void clear();

  // Graphics (outside text objects).
  void gray_fill(double level);                                     // g
  void line_width(double width);                                    // w
  void rectangle(double x, double y, double width, double height);  // re
  void move_to(double x, double y);
  void line_to(double x, double y);
  void curve_to(double x1, double y1, double x2, double y2, double x, double y);
  void close_path();
  void fill();
  void stroke();
  // "q size 0 0 size x y cm /name Do Q": a form XObject drawn at (x, y), scaled by `size`.
  void place_form(std::string_view resource_name, double size, double x, double y);

  // Text objects. Positions are absolute page coordinates.
  void begin_text();
  void end_text();
  bool in_text() const { return in_text_; }
  void font(std::string_view resource_name, double size);         // Tf, skipped when unchanged
  void render_mode(int mode);                                     // Tr: 0 fill, 3 invisible
  void horizontal_scale(double percent);                          // Tz
  void show_literal(double x, double y, std::string_view bytes);  // (bytes) Tj, single-byte fonts
  void show_hex(double x, double y, std::string_view bytes);      // <hex> Tj, two-byte codes

  // Marked content: what text extraction reports for what is drawn inside.
  void begin_actual_text(std::u32string_view text);
  void end_marked_content();

 private:
  void number(double v);
  void move_text(double x, double y);

  std::string out_;
  bool in_text_ = false;
  double text_x_ = 0, text_y_ = 0;  // start of the current text line (Td is relative to it)
  std::string font_;
  double font_size_ = 0;
};

}  // namespace siofill::pdf
