#include "pdf/font_catalog.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_OUTLINE_H

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "document/writer_options.hpp"
#include "pdf/font_subset.hpp"

namespace siofill::pdf {

const std::array<FontFileInfo, kFontFileCount>& debian_font_files() {
  static const std::array<FontFileInfo, kFontFileCount> files = {{
      {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 0, "fonts-liberation", false},
      {"/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", 0, "fonts-liberation", false},
      {"/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf", 0, "fonts-liberation", false},
      {"/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf", 0, "fonts-liberation", false},
      {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "fonts-dejavu-core", false},
      {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0, "fonts-dejavu-core", false},
      {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", 0, "fonts-dejavu-core", false},
      {"/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf", 0, "fonts-dejavu-core", false},
      {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "fonts-wqy-microhei", false},
      {"/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", 0, "fonts-symbola", true},
  }};
  return files;
}

namespace {

// Fonts tried in order for each face: Liberation Sans (Helvetica's metrics),
// then DejaVu Sans (wide Unicode coverage), WenQuanYi Micro Hei (CJK; it has
// one weight) and Symbola (symbols and emoji).
constexpr FontFile kChains[4][4] = {
    {FontFile::LiberationRegular, FontFile::DejaVuRegular, FontFile::WenQuanYi, FontFile::Symbola},
    {FontFile::LiberationBold, FontFile::DejaVuBold, FontFile::WenQuanYi, FontFile::Symbola},
    {FontFile::LiberationItalic, FontFile::DejaVuOblique, FontFile::WenQuanYi, FontFile::Symbola},
    {FontFile::LiberationBoldItalic, FontFile::DejaVuBoldOblique, FontFile::WenQuanYi, FontFile::Symbola},
};

// libharu 2.3.0 keeps characters as 16-bit values: anything past the BMP must be drawn as a path.
constexpr char32_t kLastBmp = 0xFFFF;

struct OutlineBuilder {
  GlyphOutline ops;
  double scale = 1;  // font units -> thousandths of an em
  float last_x = 0, last_y = 0;
  bool open = false;

  float sx(FT_Pos v) const { return static_cast<float>(static_cast<double>(v) * scale); }
  void move(const FT_Vector* to) {
    if (open) ops.push_back({PathOp::Close, {}});
    last_x = sx(to->x);
    last_y = sx(to->y);
    ops.push_back({PathOp::Move, {last_x, last_y}});
    open = true;
  }
  void line(const FT_Vector* to) {
    last_x = sx(to->x);
    last_y = sx(to->y);
    ops.push_back({PathOp::Line, {last_x, last_y}});
  }
  void cubic(float x1, float y1, float x2, float y2, float x, float y) {
    ops.push_back({PathOp::Cubic, {x1, y1, x2, y2, x, y}});
    last_x = x;
    last_y = y;
  }
};

int outline_move(const FT_Vector* to, void* user) {
  static_cast<OutlineBuilder*>(user)->move(to);
  return 0;
}
int outline_line(const FT_Vector* to, void* user) {
  static_cast<OutlineBuilder*>(user)->line(to);
  return 0;
}
// TrueType curves are quadratic; PDF has only cubics: raise the degree.
int outline_conic(const FT_Vector* control, const FT_Vector* to, void* user) {
  auto* b = static_cast<OutlineBuilder*>(user);
  const float cx = b->sx(control->x), cy = b->sx(control->y);
  const float x = b->sx(to->x), y = b->sx(to->y);
  b->cubic(b->last_x + 2.0f / 3 * (cx - b->last_x), b->last_y + 2.0f / 3 * (cy - b->last_y), x + 2.0f / 3 * (cx - x),
           y + 2.0f / 3 * (cy - y), x, y);
  return 0;
}
int outline_cubic(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
  auto* b = static_cast<OutlineBuilder*>(user);
  b->cubic(b->sx(c1->x), b->sx(c1->y), b->sx(c2->x), b->sx(c2->y), b->sx(to->x), b->sx(to->y));
  return 0;
}

}  // namespace

struct FontCatalog::Impl {
  std::array<FontFileInfo, kFontFileCount> files;
  std::mutex mutex;
  FT_Library library = nullptr;
  FT_Face faces[kFontFileCount] = {};
  std::unordered_map<std::uint64_t, GlyphSource> found;
  std::map<std::pair<FontFile, char32_t>, GlyphOutline> outlines;
  std::map<std::pair<FontFile, char32_t>, std::vector<std::uint16_t>> closures;
  // Font files mapped on first subset, never changed: a subset touches only
  // the few pages of the tables and glyphs it copies.
  std::array<std::string_view, kFontFileCount> mapped;

  ~Impl() {
    for (std::string_view m : mapped)
      if (!m.empty()) ::munmap(const_cast<char*>(m.data()), m.size());
    for (FT_Face f : faces)
      if (f) FT_Done_Face(f);
    if (library) FT_Done_FreeType(library);
  }

  // Opens the face on first use. Caller holds `mutex`.
  FT_Face face(FontFile font) {
    const auto i = static_cast<std::size_t>(font);
    if (faces[i]) return faces[i];
    const FontFileInfo& info = files[i];
    if (!library && FT_Init_FreeType(&library) != 0)
      throw doc::WriteError("initialisation de FreeType impossible (mémoire insuffisante ?)");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(info.path, ec))
      throw doc::WriteError(std::string("police introuvable : ") + info.path + " (installez le paquet Debian " +
                            info.package + ")");
    FT_Face f = nullptr;
    if (FT_New_Face(library, info.path, info.face_index, &f) != 0 || !f)
      throw doc::WriteError(std::string("police illisible : ") + info.path + " (réinstallez le paquet Debian " +
                            info.package + ")");
    faces[i] = f;
    return f;
  }

  // Whether `font` has `c`; fills `out` when it does. Caller holds `mutex`.
  bool find_in(FontFile font, char32_t c, GlyphSource& out) {
    FT_Face f = face(font);
    const FT_UInt gid = FT_Get_Char_Index(f, c);
    if (gid == 0) return false;
    FT_Fixed advance = 0;
    FT_Get_Advance(f, gid, FT_LOAD_NO_SCALE, &advance);
    out.font = font;
    out.shown = c;
    // libharu: (HPDF_UINT)advance_width * 1000 / units_per_em, truncated.
    out.width = static_cast<int>(static_cast<long>(advance) * 1000 / f->units_per_EM);
    out.as_outline = files[static_cast<std::size_t>(font)].outline_only || c > kLastBmp;
    out.missing = false;
    return true;
  }
};

FontCatalog::FontCatalog(const std::array<FontFileInfo, kFontFileCount>& files) : impl_(std::make_unique<Impl>()) {
  impl_->files = files;
}

FontCatalog::~FontCatalog() = default;

FontCatalog& FontCatalog::instance() {
  static FontCatalog catalog(debian_font_files());
  return catalog;
}

GlyphSource FontCatalog::find(char32_t c, Face face) {
  const auto face_index = static_cast<std::size_t>(face);
  const std::uint64_t key = (static_cast<std::uint64_t>(c) << 2) | face_index;
  std::lock_guard<std::mutex> lock(impl_->mutex);
  if (auto it = impl_->found.find(key); it != impl_->found.end()) return it->second;
  GlyphSource source;
  bool found = false;
  for (FontFile font : kChains[face_index])
    if ((found = impl_->find_in(font, c, source))) break;
  if (!found) {
    // No font has it: show the replacement character (or '?') so the gap is
    // visible, and report it through unsupported_characters().
    for (char32_t substitute : {char32_t{0xFFFD}, char32_t{U'?'}}) {
      for (FontFile font : kChains[face_index])
        if ((found = impl_->find_in(font, substitute, source))) break;
      if (found) break;
    }
    source.missing = true;
  }
  impl_->found.emplace(key, source);
  return source;
}

const GlyphOutline& FontCatalog::outline(FontFile font, char32_t c) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  auto [it, inserted] = impl_->outlines.try_emplace({font, c});
  if (!inserted) return it->second;
  FT_Face f = impl_->face(font);
  const FT_UInt gid = FT_Get_Char_Index(f, c);
  if (gid == 0 || FT_Load_Glyph(f, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_BITMAP | FT_LOAD_NO_HINTING) != 0 ||
      f->glyph->format != FT_GLYPH_FORMAT_OUTLINE)
    return it->second;  // an empty outline: nothing drawn, the text layer still carries the character
  OutlineBuilder builder;
  builder.scale = 1000.0 / f->units_per_EM;
  FT_Outline_Funcs funcs{};
  funcs.move_to = outline_move;
  funcs.line_to = outline_line;
  funcs.conic_to = outline_conic;
  funcs.cubic_to = outline_cubic;
  FT_Outline_Decompose(&f->glyph->outline, &funcs, &builder);
  if (builder.open) builder.ops.push_back({PathOp::Close, {}});
  it->second = std::move(builder.ops);
  return it->second;
}

const std::vector<std::uint16_t>& FontCatalog::glyph_closure(FontFile font, char32_t c) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  auto [it, inserted] = impl_->closures.try_emplace({font, c});
  if (!inserted) return it->second;
  FT_Face f = impl_->face(font);
  std::vector<std::uint16_t>& out = it->second;
  std::vector<FT_UInt> todo{FT_Get_Char_Index(f, c)};
  while (!todo.empty()) {
    const FT_UInt gid = todo.back();
    todo.pop_back();
    if (gid == 0 || gid > 0xFFFF || std::find(out.begin(), out.end(), gid) != out.end()) continue;
    out.push_back(static_cast<std::uint16_t>(gid));
    if (FT_Load_Glyph(f, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_RECURSE) != 0 ||
        f->glyph->format != FT_GLYPH_FORMAT_COMPOSITE)
      continue;
    for (FT_UInt i = 0; i < f->glyph->num_subglyphs; ++i) {
      FT_Int index = 0, arg1 = 0, arg2 = 0;
      FT_UInt flags = 0;
      FT_Matrix transform{};
      if (FT_Get_SubGlyph_Info(f->glyph, i, &index, &flags, &arg1, &arg2, &transform) == 0 && index > 0)
        todo.push_back(static_cast<FT_UInt>(index));
    }
  }
  return out;
}

std::string FontCatalog::subset(FontFile font, const std::vector<char32_t>& chars) {
  std::vector<std::uint16_t> glyphs;
  std::vector<std::pair<char32_t, std::uint16_t>> map;
  auto add = [&](char32_t c) {
    const std::vector<std::uint16_t>& closure = glyph_closure(font, c);  // the character's glyph first
    if (closure.empty()) return;
    map.emplace_back(c, closure.front());
    glyphs.insert(glyphs.end(), closure.begin(), closure.end());
  };
  for (char32_t c : chars) add(c);
  // libharu reads the font descriptor's CapHeight and XHeight from these.
  add(U'H');
  add(U'x');
  std::string_view bytes;
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    std::string_view& mapped = impl_->mapped[static_cast<std::size_t>(font)];
    if (mapped.empty()) {
      const int fd = ::open(impl_->files[static_cast<std::size_t>(font)].path, O_RDONLY | O_CLOEXEC);
      struct stat st {};
      if (fd >= 0 && ::fstat(fd, &st) == 0 && st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED)
          mapped = std::string_view(static_cast<const char*>(p), static_cast<std::size_t>(st.st_size));
      }
      if (fd >= 0) ::close(fd);
    }
    bytes = mapped;  // never changed once mapped: usable without the lock
  }
  if (bytes.empty()) return {};  // unreadable here: libharu embeds the file itself, or says why not
  return subset_truetype(bytes, impl_->files[static_cast<std::size_t>(font)].face_index, glyphs, map);
}

}  // namespace siofill::pdf
