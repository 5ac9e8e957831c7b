#include "pdf/font_subset.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>

namespace siofill::pdf {
namespace {

// Big-endian reads that report running off the end instead of reading past it.
struct Bytes {
  std::string_view data;
  bool ok = true;

  std::uint32_t u8(std::size_t at) {
    if (at >= data.size()) return fail();
    return static_cast<unsigned char>(data[at]);
  }
  std::uint32_t u16(std::size_t at) { return (u8(at) << 8) | u8(at + 1); }
  std::uint32_t u32(std::size_t at) { return (u16(at) << 16) | u16(at + 2); }
  std::string_view slice(std::size_t at, std::size_t length) {
    if (at > data.size() || length > data.size() - at) {
      fail();
      return {};
    }
    return data.substr(at, length);
  }
  std::uint32_t fail() {
    ok = false;
    return 0;
  }
};

void put16(std::string& out, std::uint32_t v) {
  out += static_cast<char>((v >> 8) & 0xFF);
  out += static_cast<char>(v & 0xFF);
}
void put32(std::string& out, std::uint32_t v) {
  put16(out, v >> 16);
  put16(out, v & 0xFFFF);
}
void set16(std::string& s, std::size_t at, std::uint32_t v) {
  s[at] = static_cast<char>((v >> 8) & 0xFF);
  s[at + 1] = static_cast<char>(v & 0xFF);
}
void set32(std::string& s, std::size_t at, std::uint32_t v) {
  set16(s, at, v >> 16);
  set16(s, at + 2, v & 0xFFFF);
}

std::uint32_t checksum(std::string_view table) {
  std::uint32_t sum = 0;
  for (std::size_t i = 0; i < table.size(); i += 4) {
    std::uint32_t word = 0;
    for (std::size_t k = 0; k < 4; ++k)
      word = (word << 8) | (i + k < table.size() ? static_cast<unsigned char>(table[i + k]) : 0u);
    sum += word;
  }
  return sum;
}

// Largest power of two not above n (n >= 1), and its log2.
std::pair<std::uint32_t, std::uint32_t> floor_power_of_two(std::uint32_t n) {
  std::uint32_t p = 1, log = 0;
  while (p * 2 <= n) {
    p *= 2;
    ++log;
  }
  return {p, log};
}

// A (3, 1) format 4 cmap: one segment per run of consecutive characters with
// consecutive glyph ids (idDelta, no glyph array), then the closing 0xFFFF.
std::string make_cmap(const std::vector<std::pair<std::uint16_t, std::uint16_t>>& map) {
  struct Segment {
    std::uint32_t start, end, delta;
  };
  std::vector<Segment> segments;
  for (const auto& [code, gid] : map) {
    if (!segments.empty() && segments.back().end + 1 == code && ((segments.back().delta + code) & 0xFFFF) == gid) {
      segments.back().end = code;
      continue;
    }
    segments.push_back(Segment{code, code, (gid - code) & 0xFFFFu});
  }
  segments.push_back(Segment{0xFFFF, 0xFFFF, 1});
  const auto count = static_cast<std::uint32_t>(segments.size());
  const auto [power, log] = floor_power_of_two(count);
  std::string sub;
  put16(sub, 4);
  put16(sub, 16 + 8 * count);  // length
  put16(sub, 0);               // language
  put16(sub, 2 * count);
  put16(sub, 2 * power);
  put16(sub, log);
  put16(sub, 2 * count - 2 * power);
  for (const Segment& s : segments) put16(sub, s.end);
  put16(sub, 0);  // reservedPad
  for (const Segment& s : segments) put16(sub, s.start);
  for (const Segment& s : segments) put16(sub, s.delta);
  for (std::size_t i = 0; i < segments.size(); ++i) put16(sub, 0);  // idRangeOffset
  std::string cmap;
  put16(cmap, 0);  // version
  put16(cmap, 1);  // one subtable
  put16(cmap, 3);  // Windows
  put16(cmap, 1);  // Unicode BMP
  put32(cmap, 12);
  return cmap + sub;
}

// Rewrites the component glyph ids of a composite glyph in place. False
// when the glyph is malformed or names a glyph outside the subset.
bool renumber_components(std::string& glyph, const std::map<std::uint16_t, std::uint16_t>& new_ids) {
  constexpr std::uint32_t kArgsAreWords = 0x0001, kScale = 0x0008, kMore = 0x0020, kXYScale = 0x0040,
                          kTwoByTwo = 0x0080;
  Bytes b{glyph};
  std::size_t at = 10;
  std::uint32_t flags = 0;
  do {
    flags = b.u16(at);
    const std::uint32_t old_id = b.u16(at + 2);
    if (!b.ok) return false;
    const auto it = new_ids.find(static_cast<std::uint16_t>(old_id));
    if (it == new_ids.end()) return false;
    set16(glyph, at + 2, it->second);
    at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
    if (flags & kScale)
      at += 2;
    else if (flags & kXYScale)
      at += 4;
    else if (flags & kTwoByTwo)
      at += 8;
  } while (flags & kMore);
  return at <= glyph.size();
}

// The name table cut to the records a PDF reader may use — copyright, family,
// style, unique id, full name, version, PostScript name (ids 0 to 6, the set
// HarfBuzz's hb-subset keeps by default). The rest is mostly the licence
// text: 15 KB in DejaVu Sans, repeated in every PDF that embeds it
// (docs/libraries.md). A format-1 table or one that does not parse is kept whole.
std::string trimmed_names(std::string_view table) {
  Bytes t{table};
  const std::uint32_t format = t.u16(0), count = t.u16(2), storage = t.u16(4);
  if (!t.ok || format != 0) return std::string(table);
  std::string records, strings;
  std::uint32_t kept = 0;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::size_t record = 6 + 12 * static_cast<std::size_t>(i);
    const std::uint32_t name_id = t.u16(record + 6), length = t.u16(record + 8), offset = t.u16(record + 10);
    const std::string_view text = t.slice(storage + offset, length);
    if (!t.ok) return std::string(table);
    if (name_id > 6) continue;
    put16(records, t.u16(record));      // platform
    put16(records, t.u16(record + 2));  // encoding
    put16(records, t.u16(record + 4));  // language
    put16(records, name_id);
    put16(records, length);
    put16(records, static_cast<std::uint32_t>(strings.size()));
    strings += text;
    ++kept;
  }
  std::string out;
  put16(out, 0);
  put16(out, kept);
  put16(out, 6 + 12 * kept);
  return out + records + strings;
}

}  // namespace

std::string subset_truetype(std::string_view file, int face_index, const std::vector<std::uint16_t>& glyphs,
                            const std::vector<std::pair<char32_t, std::uint16_t>>& chars) {
  Bytes in{file};
  std::size_t base = 0;
  if (file.substr(0, 4) == "ttcf") {
    if (face_index < 0 || static_cast<std::uint32_t>(face_index) >= in.u32(8)) return {};
    base = in.u32(12 + 4 * static_cast<std::size_t>(face_index));
  }
  if (in.u32(base) != 0x00010000 && in.u32(base) != 0x74727565 /* 'true' */) return {};  // CFF ('OTTO') or not a font
  std::map<std::string, std::string_view, std::less<>> tables;
  const std::uint32_t count = in.u16(base + 4);
  for (std::uint32_t i = 0; i < count && in.ok; ++i) {
    const std::size_t record = base + 12 + 16 * i;
    const std::string_view tag = in.slice(record, 4);
    tables[std::string(tag)] = in.slice(in.u32(record + 8), in.u32(record + 12));
  }
  if (!in.ok) return {};
  for (const char* needed : {"head", "hhea", "maxp", "hmtx", "loca", "glyf"})
    if (tables.find(needed) == tables.end()) return {};
  Bytes head{tables["head"]}, hhea{tables["hhea"]}, maxp{tables["maxp"]}, hmtx{tables["hmtx"]}, loca{tables["loca"]};
  const std::string_view glyf = tables["glyf"];
  const bool long_offsets = head.u16(50) != 0;
  const std::uint32_t num_glyphs = maxp.u16(4), num_metrics = hhea.u16(34);
  if (!head.ok || !maxp.ok || !hhea.ok || num_metrics == 0 || tables["head"].size() < 54) return {};

  // Glyph 0 first, then the others in their original order.
  std::vector<std::uint16_t> old_ids = glyphs;
  old_ids.push_back(0);
  std::sort(old_ids.begin(), old_ids.end());
  old_ids.erase(std::unique(old_ids.begin(), old_ids.end()), old_ids.end());
  if (old_ids.back() >= num_glyphs) return {};
  std::map<std::uint16_t, std::uint16_t> new_ids;
  for (std::size_t i = 0; i < old_ids.size(); ++i) new_ids.emplace(old_ids[i], static_cast<std::uint16_t>(i));

  std::string new_glyf, new_loca, new_hmtx;
  for (std::uint16_t old_id : old_ids) {
    const std::uint32_t start = long_offsets ? loca.u32(4u * old_id) : 2 * loca.u16(2u * old_id);
    const std::uint32_t end = long_offsets ? loca.u32(4u * old_id + 4) : 2 * loca.u16(2u * old_id + 2);
    if (!loca.ok || end < start || end > glyf.size()) return {};
    std::string glyph(glyf.substr(start, end - start));
    const bool composite = glyph.size() >= 10 && (static_cast<unsigned char>(glyph[0]) & 0x80);
    if (composite && !renumber_components(glyph, new_ids)) return {};
    put32(new_loca, static_cast<std::uint32_t>(new_glyf.size()));
    new_glyf += glyph;
    new_glyf.append((4 - new_glyf.size() % 4) % 4, '\0');
    const bool own_metric = old_id < num_metrics;
    put16(new_hmtx, hmtx.u16(4u * (own_metric ? old_id : num_metrics - 1)));
    put16(new_hmtx, own_metric ? hmtx.u16(4u * old_id + 2) : hmtx.u16(4u * num_metrics + 2u * (old_id - num_metrics)));
  }
  put32(new_loca, static_cast<std::uint32_t>(new_glyf.size()));
  if (!hmtx.ok) return {};

  std::vector<std::pair<std::uint16_t, std::uint16_t>> map;
  for (const auto& [c, old_id] : chars) {
    const auto it = new_ids.find(old_id);
    if (c > 0xFFFE || it == new_ids.end()) return {};
    map.emplace_back(static_cast<std::uint16_t>(c), it->second);
  }
  std::sort(map.begin(), map.end());
  map.erase(std::unique(map.begin(), map.end()), map.end());

  const auto n = static_cast<std::uint32_t>(old_ids.size());
  std::map<std::string, std::string> out;
  out["head"] = std::string(tables["head"]);
  set32(out["head"], 8, 0);   // checkSumAdjustment, set below
  set16(out["head"], 50, 1);  // long loca offsets
  out["hhea"] = std::string(tables["hhea"]);
  set16(out["hhea"], 34, n);  // numberOfHMetrics: one per glyph
  out["maxp"] = std::string(tables["maxp"]);
  set16(out["maxp"], 4, n);
  out["hmtx"] = std::move(new_hmtx);
  out["loca"] = std::move(new_loca);
  out["glyf"] = std::move(new_glyf);
  out["cmap"] = make_cmap(map);
  // Glyph names would describe the old numbering: version 3 has none.
  std::string post(32, '\0');
  if (const auto it = tables.find("post"); it != tables.end() && it->second.size() >= 32)
    post = std::string(it->second.substr(0, 32));
  set32(post, 0, 0x00030000);
  out["post"] = std::move(post);
  // Names (the PostScript name libharu gives the font), OS/2 metrics and
  // licence flags, and the hinting programs the glyphs' instructions call.
  if (const auto it = tables.find("name"); it != tables.end()) out["name"] = trimmed_names(it->second);
  for (const char* kept : {"OS/2", "cvt ", "fpgm", "prep"})
    if (const auto it = tables.find(kept); it != tables.end()) out[kept] = std::string(it->second);

  // The sfnt: offset table, table records in tag order, tables 4-byte aligned.
  const auto tables_count = static_cast<std::uint32_t>(out.size());
  const auto [power, log] = floor_power_of_two(tables_count);
  std::string font;
  put32(font, 0x00010000);
  put16(font, tables_count);
  put16(font, 16 * power);
  put16(font, log);
  put16(font, 16 * tables_count - 16 * power);
  std::size_t offset = 12 + 16 * tables_count, head_offset = 0;
  for (const auto& [tag, data] : out) {
    font += tag;
    put32(font, checksum(data));
    put32(font, static_cast<std::uint32_t>(offset));
    put32(font, static_cast<std::uint32_t>(data.size()));
    if (tag == "head") head_offset = offset;
    offset += (data.size() + 3) / 4 * 4;
  }
  for (const auto& [tag, data] : out) {
    font += data;
    font.append((4 - data.size() % 4) % 4, '\0');
  }
  set32(font, head_offset + 8, 0xB1B0AFBAu - checksum(font));
  return font;
}

}  // namespace siofill::pdf
