#include "pdf/text_layout.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "pdf/layout_style.hpp"

namespace siofill::pdf {
namespace {

constexpr double kEpsilon = 1e-6;  // widths are sums of doubles

// Spaces a line may break after (UAX #14 class BA spaces); no-break spaces are not.
bool is_break_space(char32_t c) {
  return c == U' ' || c == 0x1680 || (c >= 0x2000 && c <= 0x200A && c != 0x2007) || c == 0x205F || c == 0x3000;
}

// Scripts written without spaces between words: a line may break around each character.
bool is_ideographic(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3100 && c <= 0x31FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// Punctuation that must not start a line, even after a space (UAX #14 rule
// LB13: classes CL, CP, EX, IS, SY). French sets a space before « : ; ! ? »
// and students type an ordinary one: without this rule a colon or a closing
// guillemet could begin the next line. » is closing as in libunibreak's French
// tailoring.
bool is_closing(char32_t c) {
  return c == U',' || c == U'.' || c == U';' || c == U':' || c == U'!' || c == U'?' || c == U')' || c == U']' ||
         c == U'}' || c == U'/' || c == 0xBB || c == 0x3001 || c == 0x3002 || c == 0xFF0C || c == 0xFF0E ||
         c == 0x300D || c == 0x300F;
}

// Punctuation that must not end a line, even before a space (LB14, class OP;
// « opening as in libunibreak's French tailoring).
bool is_opening(char32_t c) {
  return c == U'(' || c == U'[' || c == U'{' || c == 0xAB || c == 0x300C || c == 0x300E || c == 0xFF08;
}

bool is_hyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2013; }

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool is_alnum(char32_t c) {
  if (c < 0x80) return is_letter(c) || (c >= U'0' && c <= U'9');
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

// After a run of spaces ending just before text[i]: whether an opening
// punctuation mark precedes the run (« Nous : no break after « ).
bool spaces_follow_opening(std::u32string_view text, std::size_t i) {
  std::size_t k = i - 1;
  while (k > 0 && is_break_space(text[k - 1])) --k;
  return k > 0 && is_opening(text[k - 1]);
}

// Combining marks belong to the character before them: never split there.
bool is_mark(char32_t c) {
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

}  // namespace

// The rules are a subset of UAX #14 (with libunibreak's French tailoring);
// docs/libraries.md measures the agreement on our texts.
bool may_break_before(std::u32string_view text, std::size_t i) {
  const char32_t prev = text[i - 1];
  const char32_t cur = text[i];
  if (prev < 0x80 && cur < 0x80) {  // ASCII first: most of every form
    if (prev == U' ') return cur != U' ' && !is_closing(cur) && !spaces_follow_opening(text, i);
    if (prev == U'-') return i >= 2 && is_alnum(text[i - 2]) && is_letter(cur);                 // not in 2024-09-02
    if (prev == U'/') return cur != U' ' && !is_closing(cur) && !(cur >= U'0' && cur <= U'9');  // paths, URLs
    return false;
  }
  if (is_break_space(prev)) return !is_break_space(cur) && !is_closing(cur) && !spaces_follow_opening(text, i);
  if (is_break_space(cur) || is_mark(cur) || is_closing(cur) || is_opening(prev)) return false;
  if (is_hyphen(prev)) return i >= 2 && is_alnum(text[i - 2]) && is_letter(cur);
  if (prev == U'/') return !(cur >= U'0' && cur <= U'9');
  return is_ideographic(prev) || is_ideographic(cur);
}

namespace {

// Breaks one paragraph (no '\n' inside) into lines appended to `out`.
void break_paragraph(std::u32string_view text, const std::vector<double>& advances, std::size_t begin, std::size_t end,
                     double width, std::vector<LineBreak>& out) {
  if (begin == end) {
    out.push_back({begin, begin, 0});
    return;
  }
  std::size_t start = begin;
  while (start < end) {
    double x = 0;      // width of [start, i)
    double solid = 0;  // width of [start, last non-space character]
    std::size_t solid_end = start;
    bool has_candidate = false;  // best break found so far in this line
    LineBreak candidate;
    std::size_t candidate_next = start;
    std::size_t i = start;
    bool overflow = false;
    for (; i < end; ++i) {
      if (i > start && may_break_before(text, i) && solid_end > start) {
        has_candidate = true;
        candidate = {start, solid_end, solid};
        candidate_next = i;
      }
      const char32_t c = text[i];
      if (is_break_space(c)) {  // spaces may hang past the edge: they are trimmed
        x += advances[i];
        continue;
      }
      if (x + advances[i] > width + kEpsilon && i > start) {
        overflow = true;
        break;
      }
      x += advances[i];
      solid = x;
      solid_end = i + 1;
    }
    if (!overflow) {
      out.push_back({start, solid_end, solid});
      return;
    }
    if (has_candidate) {
      out.push_back(candidate);
      start = candidate_next;
      continue;
    }
    // A word wider than the line: split it where it overflows, but keep
    // combining marks with their base character.
    std::size_t cut = i;
    while (cut > start + 1 && is_mark(text[cut])) --cut;
    double w = 0;
    for (std::size_t k = start; k < cut; ++k) w += advances[k];
    out.push_back({start, cut, w});
    start = cut;
  }
}

// Groups the characters [begin, end) of a line into runs of one face.
void add_runs(const std::u32string& chars, const std::vector<Face>& faces, const std::vector<double>& advances,
              std::size_t begin, std::size_t end, double x, double baseline, double size, std::vector<Element>& out) {
  std::size_t i = begin;
  while (i < end) {
    std::size_t j = i + 1;
    double w = advances[i];
    while (j < end && faces[j] == faces[i]) w += advances[j++];
    TextElement t;
    t.x = x;
    t.baseline = baseline;
    t.size = size;
    t.face = faces[i];
    t.text.assign(chars, i, j - i);
    out.emplace_back(std::move(t));
    x += w;
    i = j;
  }
}

struct StyledText {
  std::u32string chars;
  std::vector<Face> faces;
  std::vector<double> advances;  // points

  void append(std::string_view utf8, Face face, double size, const TextMetrics& metrics) {
    chars.reserve(chars.size() + utf8.size());
    faces.reserve(faces.size() + utf8.size());
    advances.reserve(advances.size() + utf8.size());
    const double scale = size / 1000.0;
    for_each_display_char(utf8, [&](char32_t c) {
      chars.push_back(c);
      faces.push_back(face);
      advances.push_back(metrics.advance(c, face) * scale);
    });
  }
};

double align_offset(doc::Align align, double free_space) {
  switch (align) {
    case doc::Align::Left:
      return 0;
    case doc::Align::Center:
      return std::max(0.0, free_space / 2);
    case doc::Align::Right:
      return std::max(0.0, free_space);
  }
  return 0;
}

// Wraps `text` in `width` and turns each line into a PlacedLine whose text
// starts at `indent` (plus the alignment offset inside `width`).
std::vector<PlacedLine> wrap(const StyledText& text, double size, doc::Align align, double indent, double width) {
  std::vector<PlacedLine> lines;
  const double height = line_height(size);
  const double baseline = size * style::kBaselineFactor;
  for (const LineBreak& b : break_lines(text.chars, text.advances, width)) {
    PlacedLine line;
    line.height = height;
    add_runs(text.chars, text.faces, text.advances, b.begin, b.end, indent + align_offset(align, width - b.width),
             baseline, size, line.elements);
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<PlacedLine> lay_out_checkbox(const doc::Item& item, const StyledText& label, double size, double width) {
  const double box = style::kCheckboxSize * size / style::kBodySize;
  const double baseline = size * style::kBaselineFactor;
  // Centred on the middle of the capitals (cap height 0.72 em), as ☐ sits in the text.
  const double box_top = baseline - 0.36 * size - box / 2;
  if (label.chars.empty()) {
    PlacedLine line;
    line.height = line_height(size);
    line.elements.emplace_back(CheckboxElement{align_offset(item.align, width - box), box_top, box, item.checked});
    return {std::move(line)};
  }
  const double indent = box + style::kCheckboxGap;
  const double text_width = std::max(width - indent, 1.0);
  const std::vector<LineBreak> breaks = break_lines(label.chars, label.advances, text_width);
  double widest = 0;
  for (const LineBreak& b : breaks) widest = std::max(widest, b.width);
  // The box and its label move together: alignment applies to the whole block.
  const double offset = align_offset(item.align, width - indent - widest);
  std::vector<PlacedLine> lines;
  for (const LineBreak& b : breaks) {
    PlacedLine line;
    line.height = line_height(size);
    add_runs(label.chars, label.faces, label.advances, b.begin, b.end, offset + indent, baseline, size, line.elements);
    lines.push_back(std::move(line));
  }
  lines.front().elements.emplace_back(CheckboxElement{offset, box_top, box, item.checked});
  return lines;
}

}  // namespace

std::u32string display_text(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for_each_display_char(utf8, [&out](char32_t c) { out.push_back(c); });
  return out;
}

std::vector<LineBreak> break_lines(std::u32string_view text, const std::vector<double>& advances, double width) {
  std::vector<LineBreak> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t nl = text.find(U'\n', start);
    const std::size_t end = nl == std::u32string_view::npos ? text.size() : nl;
    break_paragraph(text, advances, start, end, width, out);
    if (nl == std::u32string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

double font_size(doc::Style s) { return s == doc::Style::Small ? style::kSmallSize : style::kBodySize; }

double line_height(double size) { return size * style::kLineFactor; }

std::vector<PlacedLine> lay_out_item(const doc::Item& item, double width, const TextMetrics& metrics) {
  const double size = font_size(item.style);
  const bool label_style = item.style == doc::Style::Label;
  StyledText text;
  for (const doc::Span& span : item.spans)
    text.append(span.text, face_of(span.bold || label_style, span.italic), size, metrics);

  switch (item.kind) {
    case doc::Item::Kind::Text:
      return wrap(text, size, item.align, 0, width);
    case doc::Item::Kind::Bullet: {
      const double indent = size * style::kBulletIndentFactor;
      std::vector<PlacedLine> lines = wrap(text, size, doc::Align::Left, indent, std::max(width - indent, 1.0));
      TextElement bullet;
      bullet.baseline = size * style::kBaselineFactor;
      bullet.size = size;
      bullet.face = face_of(label_style, false);
      bullet.text = U"\u2022";
      lines.front().elements.insert(lines.front().elements.begin(), std::move(bullet));
      return lines;
    }
    case doc::Item::Kind::Checkbox:
      if (item.mark.empty()) return lay_out_checkbox(item, text, size, width);
      if (!item.checked) {  // the official "X" columns stay blank, one line high
        PlacedLine blank;
        blank.height = line_height(size);
        return {std::move(blank)};
      } else {
        StyledText mark;
        mark.append(item.mark, face_of(true, false), size, metrics);
        return wrap(mark, size, item.align, 0, width);
      }
  }
  return {};
}

std::vector<PlacedLine> lay_out_heading(const doc::Heading& heading, double width, const TextMetrics& metrics) {
  const double size = doc::style::heading_size(heading.level);
  StyledText text;
  text.append(heading.text, Face::Bold, size, metrics);
  return wrap(text, size, heading.align, 0, width);
}

std::vector<PlacedLine> lay_out_plain(std::string_view utf8, double size, Face face, doc::Align align, double width,
                                      const TextMetrics& metrics) {
  StyledText text;
  text.append(utf8, face, size, metrics);
  return wrap(text, size, align, 0, width);
}

double text_width(std::u32string_view text, double size, Face face, const TextMetrics& metrics) {
  double w = 0;
  for (char32_t c : text) w += metrics.advance(c, face);
  return w * size / 1000.0;
}

}  // namespace siofill::pdf
