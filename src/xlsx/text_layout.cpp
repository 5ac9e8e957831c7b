#include "xlsx/text_layout.hpp"

#include <algorithm>
#include <cstdint>

#include "text/utf8.hpp"

namespace siofill::xlsx {
namespace {

// One character of a paragraph, with where it is and how wide.
struct Glyph {
  std::size_t begin;  // byte offset in Paragraph::text()
  std::size_t end;
  double width;
  char32_t c;
  std::uint32_t units;
};

std::vector<Glyph> glyphs_of(const Paragraph& p) {
  std::vector<Glyph> out;
  std::size_t bytes = 0;
  for (const Run& r : p.runs) bytes += r.text.size();
  out.reserve(bytes);
  std::size_t offset = 0;
  for (const Run& r : p.runs) {
    std::size_t i = 0;
    while (i < r.text.size()) {
      const std::size_t start = i;
      const char32_t c = text::next_code_point(r.text, i);
      out.push_back(
          Glyph{offset + start, offset + i, char_width(c, r.font), c, static_cast<std::uint32_t>(utf16_units(c))});
    }
    offset += r.text.size();
  }
  return out;
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }

// A line holding more characters than this is broken even if the estimate
// says it fits: guards against runs of zero-width characters.
constexpr std::size_t kMaxLineUnits = 4000;

// Breaks glyphs into lines; `index` receives, per line, the first glyph and
// one past the last glyph shown (the break character is in neither line).
struct GlyphLine {
  std::size_t first;
  std::size_t last;  // exclusive
};

std::vector<GlyphLine> break_lines(const std::vector<Glyph>& g, double width) {
  std::vector<GlyphLine> lines;
  std::size_t start = 0;
  double used = 0;
  std::size_t units = 0;
  std::size_t last_space = SIZE_MAX;  // index of the last space on the current line
  for (std::size_t i = 0; i < g.size(); ++i) {
    const Glyph& gl = g[i];
    if (gl.c == '\n') {
      lines.push_back({start, i});
      start = i + 1;
      used = 0;
      units = 0;
      last_space = SIZE_MAX;
      continue;
    }
    if (is_space(gl.c)) {
      // Trailing spaces hang past the edge in Excel and LibreOffice alike.
      last_space = i;
      used += gl.width;
      units += gl.units;
      continue;
    }
    if ((used + gl.width > width || units + gl.units > kMaxLineUnits) && i > start) {
      if (last_space != SIZE_MAX && last_space >= start && last_space > start) {
        lines.push_back({start, last_space});
        start = last_space + 1;
      } else {
        lines.push_back({start, i});
        start = i;
      }
      used = 0;
      units = 0;
      for (std::size_t k = start; k < i; ++k) {
        used += g[k].width;
        units += g[k].units;
      }
      last_space = SIZE_MAX;
      for (std::size_t k = start; k < i; ++k)
        if (is_space(g[k].c)) last_space = k;
    }
    used += gl.width;
    units += gl.units;
  }
  lines.push_back({start, g.size()});
  return lines;
}

std::size_t byte_at(const std::vector<Glyph>& g, std::size_t index, std::size_t total) {
  return index < g.size() ? g[index].begin : total;
}

// The part [begin, end) of the paragraph's text, runs and fonts kept.
Paragraph slice(const Paragraph& p, std::size_t begin, std::size_t end) {
  Paragraph out;
  std::size_t offset = 0;
  for (const Run& r : p.runs) {
    const std::size_t rb = offset, re = offset + r.text.size();
    offset = re;
    const std::size_t b = std::max(begin, rb), e = std::min(end, re);
    if (b >= e) continue;
    out.runs.push_back(Run{r.text.substr(b - rb, e - b), r.font});
  }
  if (out.runs.empty() && !p.runs.empty()) out.runs.push_back(Run{"", p.runs.front().font});
  return out;
}

}  // namespace

std::string Paragraph::text() const {
  std::string s;
  for (const Run& r : runs) s += r.text;
  return s;
}

double Paragraph::max_size() const {
  double m = 0;
  for (const Run& r : runs) m = std::max(m, r.font.size);
  return m > 0 ? m : 9;
}

bool TextBlock::empty() const {
  for (const Paragraph& p : paragraphs)
    for (const Run& r : p.runs)
      if (!r.text.empty()) return false;
  return true;
}

std::vector<Line> wrap(const Paragraph& p, double width) {
  const std::vector<Glyph> g = glyphs_of(p);
  std::size_t total = 0;
  for (const Run& r : p.runs) total += r.text.size();
  std::vector<Line> lines;
  for (const GlyphLine& l : break_lines(g, width)) {
    const std::size_t b = byte_at(g, l.first, total);
    const std::size_t e = l.last > l.first ? g[l.last - 1].end : b;
    lines.push_back(Line{b, e});
  }
  return lines;
}

double text_height(const TextBlock& block, double width) {
  double h = 0;
  for (const Paragraph& p : block.paragraphs)
    h += static_cast<double>(wrap(p, width).size()) * line_height(p.max_size());
  return h;
}

std::vector<BlockPiece> split_block(const TextBlock& block, double width, double max_height, std::size_t max_units) {
  std::vector<BlockPiece> pieces(1);
  double height = 0;
  std::size_t units = 0;
  for (const Paragraph& p : block.paragraphs) {
    const std::vector<Glyph> g = glyphs_of(p);
    std::size_t total = 0;
    for (const Run& r : p.runs) total += r.text.size();
    const double lh = line_height(p.max_size());
    const std::vector<GlyphLine> lines = break_lines(g, width);
    std::size_t first_line = 0;  // first line of p not yet placed in a piece
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::size_t line_units = 0;
      for (std::size_t k = lines[i].first; k < lines[i].last; ++k) line_units += g[k].units;
      const bool piece_has_content = height > 0;
      if (piece_has_content && (height + lh > max_height || units + line_units + 1 > max_units)) {
        // Close the current piece: the lines of p placed so far stay in it.
        if (i > first_line) {
          const std::size_t b = byte_at(g, lines[first_line].first, total);
          const std::size_t e = lines[i - 1].last > lines[i - 1].first ? g[lines[i - 1].last - 1].end : b;
          pieces.back().text.paragraphs.push_back(slice(p, b, e));
        }
        pieces.back().height = height;
        pieces.emplace_back();
        height = 0;
        units = 0;
        first_line = i;
      }
      height += lh;
      units += line_units + 1;
    }
    const std::size_t b = byte_at(g, lines[first_line].first, total);
    pieces.back().text.paragraphs.push_back(slice(p, b, total));
  }
  pieces.back().height = height;
  return pieces;
}

}  // namespace siofill::xlsx
