#pragma once
// A TrueType font cut down to the glyphs one document draws, before libharu
// sees it. libharu 2.3.0 embeds a whole font minus the outlines it was told
// are unused: every other table (cmap, hmtx, loca, post, name…) goes in
// whole, is read 4 bytes at a time and deflated, and its CID font gets a
// width for every character of the font. For WenQuanYi (5 MB, 29 000 glyphs)
// that was 48 ms and 320 KB for a two-character Chinese name; the cut font
// holds a dozen glyphs, renumbered, and costs well under a millisecond.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace siofill::pdf {

// `file` is a whole .ttf, or a .ttc collection of which `face_index` is used.
// `glyphs`: the original glyph ids to keep, closed under composite glyphs'
// components (glyph 0, .notdef, is always kept). `chars`: the characters
// (BMP) of the new cmap, each with its original glyph id, which must be among
// `glyphs`. Returns a standalone .ttf: glyphs renumbered in their original
// order, the cmap, metrics, hinting tables and names kept; or an empty string
// when the file is not a TrueType font this can cut (then embed it whole).
std::string subset_truetype(std::string_view file, int face_index, const std::vector<std::uint16_t>& glyphs,
                            const std::vector<std::pair<char32_t, std::uint16_t>>& chars);

}  // namespace siofill::pdf
