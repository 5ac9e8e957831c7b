#pragma once
// Cell text as the writer sees it: paragraphs of runs in one font each. The
// lines a renderer will break them into are estimated here, to size rows and
// to cut a text too tall for one row (Excel caps rows at 409 pt and cells at
// 32 767 characters) into pieces that continue on the rows below.
#include <cstddef>
#include <string>
#include <vector>

#include "xlsx/font_metrics.hpp"

namespace siofill::xlsx {

struct Run {
  std::string text;  // UTF-8; '\n' is a forced line break
  Font font;
};

// One item of a cell (a paragraph, a bullet, a box with its label).
struct Paragraph {
  std::vector<Run> runs;
  std::string text() const;  // the runs' text concatenated
  double max_size() const;   // largest font size (9 when empty)
};

// What one sheet cell shows: paragraphs separated by line breaks.
struct TextBlock {
  std::vector<Paragraph> paragraphs;
  bool empty() const;
};

// A line: byte range [begin, end) of Paragraph::text(), without the space or
// newline the line was broken at.
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Greedy word wrap at `width` points, breaking at spaces and, for a word
// wider than the line, between characters (as Excel and LibreOffice do).
// An empty paragraph is one empty line.
std::vector<Line> wrap(const Paragraph& p, double width);

// Height of the block's lines in points (no cell padding).
double text_height(const TextBlock& block, double width);

// A piece of a block and the height of its lines in points.
struct BlockPiece {
  TextBlock text;
  double height = 0;
};

// Cuts the block at line boundaries so that no piece is taller than
// `max_height` points or longer than `max_units` UTF-16 units; a single
// line always makes progress even when it alone is taller. One piece, the
// whole block, when it fits.
std::vector<BlockPiece> split_block(const TextBlock& block, double width, double max_height, std::size_t max_units);

}  // namespace siofill::xlsx
