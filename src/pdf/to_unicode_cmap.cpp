#include "pdf/to_unicode_cmap.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdio>

namespace siofill::pdf {

const std::string& identity_to_unicode_cmap() {
  static const std::string cmap = [] {
    std::string ranges;
    int count = 0;
    std::string block;
    auto flush = [&] {
      if (count == 0) return;
      ranges += std::to_string(count) + " beginbfrange\n" + block + "endbfrange\n";
      block.clear();
      count = 0;
    };
    for (unsigned high = 0; high <= 0xFF; ++high) {
      if (high >= 0xD8 && high <= 0xDF) continue;  // UTF-16 surrogates: not characters
      char line[32];
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
      block += line;
      if (++count == 100) flush();  // at most 100 entries between beginbfrange and endbfrange
    }
    flush();
    return "/CIDInit /ProcSet findresource begin\n"
           "12 dict begin\n"
           "begincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n"
           "/CMapType 2 def\n"
           "1 begincodespacerange\n"
           "<0000> <FFFF>\n"
           "endcodespacerange\n" +
           ranges +
           "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
  }();
  return cmap;
}

bool replace_to_unicode(HPDF_Font font) {
  auto* stream_dict = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (!stream_dict || !stream_dict->stream) return false;
  HPDF_MemStream_FreeData(stream_dict->stream);
  const std::string& cmap = identity_to_unicode_cmap();
  return HPDF_Stream_Write(stream_dict->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                           static_cast<HPDF_UINT>(cmap.size())) == HPDF_OK;
}

}  // namespace siofill::pdf
