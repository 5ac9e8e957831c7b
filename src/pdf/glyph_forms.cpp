#include "pdf/glyph_forms.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <limits>

#include "document/writer_options.hpp"
#include "pdf/content_stream.hpp"

namespace siofill::pdf {

HPDF_Dict GlyphForms::form(FontFile font, char32_t c) {
  const auto [it, inserted] = forms_.try_emplace({font, c}, nullptr);
  if (!inserted) return it->second;
  const GlyphOutline& outline = catalog_.outline(font, c);
  if (outline.empty()) return nullptr;

  ContentStream path;
  float left = std::numeric_limits<float>::max(), bottom = left, right = std::numeric_limits<float>::lowest(),
        top = right;
  auto extend = [&](float x, float y) {
    left = std::min(left, x);
    right = std::max(right, x);
    bottom = std::min(bottom, y);
    top = std::max(top, y);
  };
  for (const PathOp& op : outline) {
    const float* p = op.points;
    switch (op.kind) {
      case PathOp::Move:
        path.move_to(p[0], p[1]);
        extend(p[0], p[1]);
        break;
      case PathOp::Line:
        path.line_to(p[0], p[1]);
        extend(p[0], p[1]);
        break;
      case PathOp::Cubic:
        path.curve_to(p[0], p[1], p[2], p[3], p[4], p[5]);
        for (int k = 0; k < 6; k += 2) extend(p[k], p[k + 1]);  // control points bound the curve
        break;
      case PathOp::Close:
        path.close_path();
        break;
    }
  }
  path.fill();

  HPDF_Dict xobject = HPDF_DictStream_New(pdf_->mmgr, pdf_->xref);
  HPDF_Array bbox = xobject ? HPDF_Array_New(pdf_->mmgr) : nullptr;
  HPDF_Array matrix = xobject ? HPDF_Array_New(pdf_->mmgr) : nullptr;
  HPDF_STATUS status = xobject && bbox && matrix ? HPDF_OK : HPDF_FAILD_TO_ALLOC_MEM;
  if (status == HPDF_OK) {
    status += HPDF_Dict_AddName(xobject, "Type", "XObject");
    status += HPDF_Dict_AddName(xobject, "Subtype", "Form");
    for (float v : {left - 1, bottom - 1, right + 1, top + 1}) status += HPDF_Array_AddReal(bbox, v);
    status += HPDF_Dict_Add(xobject, "BBox", bbox);
    for (float v : {0.001f, 0.0f, 0.0f, 0.001f, 0.0f, 0.0f}) status += HPDF_Array_AddReal(matrix, v);
    status += HPDF_Dict_Add(xobject, "Matrix", matrix);
    xobject->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    const std::string& data = path.data();
    status += HPDF_Stream_Write(xobject->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                static_cast<HPDF_UINT>(data.size()));
  }
  if (status != HPDF_OK) throw doc::WriteError("PDF : création du dessin d’un caractère impossible");
  it->second = xobject;
  return xobject;
}

}  // namespace siofill::pdf
