#pragma once
// Names, units and tiny element helpers shared by every part builder.
// WordprocessingML measures lengths in twips (1/20 pt) and font sizes in
// half-points; namespaces are written as plain xmlns attributes on each
// part's root element (tinyxml2 has no namespace support of its own).
#include <string>

#include <tinyxml2.h>

#include "document/style_facts.hpp"

namespace siofill::docx {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

namespace ns {
inline constexpr const char* w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* w14 = "http://schemas.microsoft.com/office/word/2010/wordml";
inline constexpr const char* mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr const char* r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* package_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* content_types = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr const char* flat_package = "http://schemas.microsoft.com/office/2006/xmlPackage";
}  // namespace ns

// Twips (1/20 pt) from millimetres, rounded.
constexpr int twips_from_mm(double mm) { return static_cast<int>(mm * 1440 / 25.4 + 0.5); }
// Half-points (w:sz) from points.
constexpr int half_points(double pt) { return static_cast<int>(pt * 2 + 0.5); }

// A4 in twips, the margins of every writer on every side (15 mm: 850 twips).
inline constexpr int kA4ShortSide = 11906;
inline constexpr int kA4LongSide = 16838;
inline constexpr int kPageMargin = twips_from_mm(doc::style::kPageMarginMm);
// The footer's baseline block sits 7.5 mm above the page edge, inside the bottom margin.
inline constexpr int kFooterDistance = 425;

// Font sizes in half-points (Word's w:sz unit).
inline constexpr int kBodySize = half_points(doc::style::kBodySize);
inline constexpr int kSmallSize = half_points(doc::style::kSmallSize);  // Style::Small
inline constexpr int kFooterSize = half_points(doc::style::kFooterSize);
inline constexpr const char* kBodyFont = "Arial";
inline constexpr const char* kBoxFont = "MS Gothic";  // what Word itself uses for ☒ / ☐ content controls

struct PageGeometry {
  int width = kA4ShortSide;
  int height = kA4LongSide;
  bool landscape = false;
  int usable_width() const { return width - 2 * kPageMargin; }
  int usable_height() const { return height - 2 * kPageMargin; }
};

// New child element `name` at the end of `parent`.
inline XMLElement* add(XMLElement* parent, const char* name) { return parent->InsertNewChildElement(name); }

// New child <name w:val="value"/>: most WordprocessingML properties look like this.
inline XMLElement* add_val(XMLElement* parent, const char* name, const char* value) {
  XMLElement* e = parent->InsertNewChildElement(name);
  e->SetAttribute("w:val", value);
  return e;
}
inline XMLElement* add_val(XMLElement* parent, const char* name, int value) {
  XMLElement* e = parent->InsertNewChildElement(name);
  e->SetAttribute("w:val", value);
  return e;
}

}  // namespace siofill::docx
