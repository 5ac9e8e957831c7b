// siofill_library_comparison: our hand-written TrueType subsetter and line
// breaker against the Debian libraries that do the same job (HarfBuzz's
// hb-subset, libunibreak's UAX #14). Prints a Markdown table: time, output
// size and validity for the subsetter; time and agreement for the line breaker
// (siofill_load_probe says what loading each library costs a process).
// docs/libraries.md keeps the
// figures and the decision. A measurement, never a test: nothing is asserted.
#include <hb-subset.h>
#include <hb.h>
#include <hpdf.h>
#include <linebreak.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "pdf/font_catalog.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/text_layout.hpp"
#include "text/utf8.hpp"

namespace fs = std::filesystem;
using siofill::pdf::FontCatalog;
using siofill::pdf::FontFile;

namespace {

using Clock = std::chrono::steady_clock;

// Median of `runs` timings of `work`, in microseconds.
double median_us(int runs, const std::function<void()>& work) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    work();
    t.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

std::string fr(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

std::u32string to_u32(const std::string& utf8) { return siofill::text::decode(utf8); }

// ---------------------------------------------------------------------------
// Subsetting
// ---------------------------------------------------------------------------

struct Case {
  const char* what;
  FontFile font;
  std::string text;
};

std::string file_bytes(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string hb_cut(const std::string& font_bytes, int face_index, const std::vector<char32_t>& chars) {
  hb_blob_t* blob = hb_blob_create(font_bytes.data(), static_cast<unsigned>(font_bytes.size()), HB_MEMORY_MODE_READONLY,
                                   nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(face_index));
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (char32_t c : chars) hb_set_add(unicodes, c);
  hb_set_add(unicodes, U'H');
  hb_set_add(unicodes, U'x');
  std::string out;
  if (hb_face_t* cut = hb_subset_or_fail(face, input)) {
    hb_blob_t* result = hb_face_reference_blob(cut);
    unsigned length = 0;
    const char* data = hb_blob_get_data(result, &length);
    out.assign(data, length);
    hb_blob_destroy(result);
    hb_face_destroy(cut);
  }
  hb_subset_input_destroy(input);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return out;
}

// Whether the cut font is usable: FreeType maps every character to a glyph and
// libharu (the PDF writer) loads it as an embedded TrueType font.
std::string validity(const std::string& ttf, const std::vector<char32_t>& chars, FT_Library ft) {
  if (ttf.empty()) return "échec";
  FT_Face face = nullptr;
  if (FT_New_Memory_Face(ft, reinterpret_cast<const FT_Byte*>(ttf.data()), static_cast<FT_Long>(ttf.size()), 0,
                         &face) != 0)
    return "illisible (FreeType)";
  int missing = 0;
  for (char32_t c : chars)
    if (FT_Get_Char_Index(face, c) == 0) ++missing;
  const long glyphs = face->num_glyphs;
  FT_Done_Face(face);
  char path[] = "/tmp/siofill-cmp-XXXXXX";
  const int fd = ::mkstemp(path);
  if (fd < 0) return "mkstemp";
  if (::write(fd, ttf.data(), ttf.size()) != static_cast<ssize_t>(ttf.size())) missing = -1;
  ::close(fd);
  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  HPDF_UseUTFEncodings(pdf);
  const char* name = HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE);
  HPDF_Free(pdf);
  ::unlink(path);
  std::string verdict = std::to_string(glyphs) + " glyphes";
  if (missing != 0) verdict += ", " + std::to_string(missing) + " caractères sans glyphe";
  verdict += name ? ", lue par libharu" : ", refusée par libharu";
  return verdict;
}

// Table tag -> length, from a TrueType table directory.
std::map<std::string, std::size_t> table_sizes(const std::string& ttf) {
  std::map<std::string, std::size_t> out;
  auto u16 = [&](std::size_t at) {
    return at + 2 <= ttf.size() ? (static_cast<unsigned char>(ttf[at]) << 8) | static_cast<unsigned char>(ttf[at + 1])
                                : 0;
  };
  auto u32 = [&](std::size_t at) { return (static_cast<std::size_t>(u16(at)) << 16) | u16(at + 2); };
  const std::size_t count = u16(4);
  for (std::size_t i = 0; i < count && 12 + 16 * (i + 1) <= ttf.size(); ++i)
    out[ttf.substr(12 + 16 * i, 4)] = u32(12 + 16 * i + 12);
  return out;
}

// "glyf 5 200 / 4 100, post 9 000 / 32…": where the two cut fonts differ.
std::string table_differences(const std::string& ours, const std::string& theirs) {
  const auto a = table_sizes(ours), b = table_sizes(theirs);
  std::map<std::string, std::pair<std::size_t, std::size_t>> both;
  for (const auto& [tag, n] : a) both[tag].first = n;
  for (const auto& [tag, n] : b) both[tag].second = n;
  std::vector<std::pair<long, std::string>> rows;
  for (const auto& [tag, n] : both) {
    const long diff = static_cast<long>(n.first) - static_cast<long>(n.second);
    if (diff != 0)
      rows.emplace_back(-std::labs(diff),
                        "`" + tag + "` " + std::to_string(n.first) + " / " + std::to_string(n.second));
  }
  std::sort(rows.begin(), rows.end());
  std::string out;
  for (std::size_t i = 0; i < rows.size() && i < 6; ++i) out += (i ? ", " : "") + rows[i].second;
  return out;
}

void compare_subsetters() {
  const std::vector<Case> cases = {
      {"nom chinois (2 caractères) dans WenQuanYi Micro Hei, 5 Mo", FontFile::WenQuanYi, "王芳"},
      {"nom polonais dans DejaVu Sans", FontFile::DejaVuRegular, "Łukasz Wróblewski-Żak"},
      {"nom vietnamien dans DejaVu Sans (lettres composées)", FontFile::DejaVuRegular, "Nguyễn Thị Hồng Nhung"},
      {"cyrillique dans Liberation Sans", FontFile::LiberationRegular, "Сергей Иванович Кузнецов"},
  };
  FT_Library ft = nullptr;
  FT_Init_FreeType(&ft);
  std::cout
      << "### Découpe d’une police TrueType (pdf/font_subset.cpp contre hb-subset de HarfBuzz " << HB_VERSION_STRING
      << ")\n\n"
      << "| cas | siofill : temps | siofill : octets | siofill : résultat | hb-subset : temps | hb-subset : octets "
         "| hb-subset : résultat | tables qui diffèrent (octets siofill / hb-subset) |\n"
         "|---|---|---|---|---|---|---|---|\n";
  FontCatalog& catalog = FontCatalog::instance();
  for (const Case& c : cases) {
    const siofill::pdf::FontFileInfo& info = siofill::pdf::debian_font_files()[static_cast<std::size_t>(c.font)];
    if (::access(info.path, R_OK) != 0) {
      std::cout << "| " << c.what << " | police absente : " << info.path << " |||||||\n";
      continue;
    }
    const std::u32string text = to_u32(c.text);
    std::vector<char32_t> chars(text.begin(), text.end());
    std::sort(chars.begin(), chars.end());
    chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
    chars.erase(std::remove(chars.begin(), chars.end(), U' '), chars.end());
    const std::string whole = file_bytes(info.path);
    std::string ours, theirs;
    catalog.subset(c.font, chars);  // the font file is mapped and its glyph closures cached once per process
    const double ours_us = median_us(21, [&] { ours = catalog.subset(c.font, chars); });
    hb_cut(whole, info.face_index, chars);
    const double theirs_us = median_us(21, [&] { theirs = hb_cut(whole, info.face_index, chars); });
    std::cout << "| " << c.what << " | " << fr(ours_us / 1000, 3) << " ms | " << ours.size() << " | "
              << validity(ours, chars, ft) << " | " << fr(theirs_us / 1000, 3) << " ms | " << theirs.size() << " | "
              << validity(theirs, chars, ft) << " | " << table_differences(ours, theirs) << " |\n";
  }
  FT_Done_FreeType(ft);
  std::cout << "\n";
}

// ---------------------------------------------------------------------------
// Line breaking
// ---------------------------------------------------------------------------

void collect_strings(const nlohmann::json& j, std::vector<std::string>& out) {
  if (j.is_string()) {
    out.push_back(j.get<std::string>());
  } else if (j.is_structured()) {
    for (const auto& v : j) collect_strings(v, out);
  }
}

std::vector<std::u32string> corpus(const fs::path& source) {
  std::vector<std::string> strings;
  std::vector<fs::path> files = {source / "referentiel/bts-sio-2019.json", source / "samples/sequences-b1.json",
                                 source / "samples/etudiant-groupecfr.json"};
  for (const auto& e : fs::directory_iterator(source / "samples/classe"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f);
    collect_strings(nlohmann::json::parse(in, nullptr, false), strings);
  }
  std::vector<std::u32string> out;
  for (const std::string& s : strings) {
    const std::u32string u = to_u32(s);
    std::size_t start = 0;  // paragraphs: both breakers treat '\n' as a forced break
    for (;;) {
      const std::size_t nl = u.find(U'\n', start);
      const std::u32string para = u.substr(start, nl == std::u32string::npos ? std::u32string::npos : nl - start);
      if (para.size() > 1) out.push_back(para);
      if (nl == std::u32string::npos) break;
      start = nl + 1;
    }
  }
  return out;
}

std::string shown(const std::u32string& para, std::size_t i) {
  std::string out;
  const std::size_t from = i >= 12 ? i - 12 : 0;
  const std::size_t to = std::min(para.size(), i + 12);
  for (std::size_t k = from; k < to; ++k) {
    if (k == i) out += "|";
    out += siofill::text::encode(para[k]);
  }
  return out;
}

void compare_line_breakers(const fs::path& source) {
  init_linebreak();
  const std::vector<std::u32string> paragraphs = corpus(source);
  std::size_t chars = 0;
  for (const auto& p : paragraphs) chars += p.size();
  std::vector<std::vector<bool>> ours(paragraphs.size()), theirs(paragraphs.size());
  const double ours_us = median_us(11, [&] {
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
      const std::u32string& p = paragraphs[k];
      ours[k].assign(p.size(), false);
      for (std::size_t i = 1; i < p.size(); ++i) ours[k][i] = siofill::pdf::may_break_before(p, i);
    }
  });
  std::vector<char> brks;
  const double theirs_us = median_us(11, [&] {
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
      const std::u32string& p = paragraphs[k];
      brks.resize(p.size());
      set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(p.data()), p.size(), "fr", brks.data());
      theirs[k].assign(p.size(), false);
      for (std::size_t i = 1; i < p.size(); ++i) theirs[k][i] = brks[i - 1] == LINEBREAK_ALLOWBREAK;
    }
  });
  std::size_t both = 0, only_ours = 0, only_theirs = 0;
  std::map<std::string, std::string> examples;  // kind of difference -> one example
  for (std::size_t k = 0; k < paragraphs.size(); ++k)
    for (std::size_t i = 1; i < paragraphs[k].size(); ++i) {
      const bool a = ours[k][i], b = theirs[k][i];
      if (a && b) ++both;
      if (a == b) continue;
      (a ? only_ours : only_theirs)++;
      const std::string pair = siofill::text::encode(paragraphs[k][i - 1]) + siofill::text::encode(paragraphs[k][i]);
      const std::string key = std::string(a ? "siofill seul" : "libunibreak seul") + " : « " + pair + " »";
      examples.emplace(key, shown(paragraphs[k], i));
    }
  std::cout << "### Coupures de ligne (pdf/text_layout.cpp contre libunibreak, UAX #14 avec ses règles françaises)\n\n"
            << "Corpus : les textes du référentiel, du plan de séquences et des preuves des exemples ("
            << paragraphs.size() << " paragraphes, " << chars << " caractères).\n\n"
            << "| | siofill | libunibreak |\n|---|---|---|\n"
            << "| temps pour tout le corpus (médiane de 11) | " << fr(ours_us / 1000, 3) << " ms | "
            << fr(theirs_us / 1000, 3) << " ms |\n"
            << "| soit par caractère | " << fr(ours_us * 1000 / static_cast<double>(chars), 1) << " ns | "
            << fr(theirs_us * 1000 / static_cast<double>(chars), 1) << " ns |\n"
            << "| coupures permises par les deux | " << both << " | " << both << " |\n"
            << "| coupures permises par un seul | " << only_ours << " | " << only_theirs << " |\n\n";
  if (!examples.empty()) {
    std::cout << "Désaccords, un exemple par paire de caractères (« | » : la coupure en cause) :\n\n";
    for (const auto& [kind, example] : examples) std::cout << "- " << kind << " — `" << example << "`\n";
    std::cout << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path source = argc > 1 ? fs::path(argv[1]) : fs::path(SIOFILL_SOURCE_DIR);
  compare_subsetters();
  compare_line_breakers(source);
  return 0;
}
