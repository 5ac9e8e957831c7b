#include "pdf/page_layout.hpp"

#include <string>
#include <variant>

#include "pdf/layout_style.hpp"
#include "pdf/page_flow.hpp"
#include "pdf/table_layout.hpp"
#include "pdf/text_layout.hpp"

namespace siofill::pdf {
namespace {

// A heading needs this much room below it, or it moves to the next page with its text.
constexpr double kKeepWithHeading = 3 * style::kBodySize * style::kLineFactor;
constexpr double kFooterNumberGap = 12;  // between the footer text and the page number

std::u32string ascii(const std::string& s) { return std::u32string(s.begin(), s.end()); }

void lay_out_heading_block(const doc::Heading& heading, PageFlow& flow, const TextMetrics& metrics) {
  std::vector<PlacedLine> lines = lay_out_heading(heading, flow.width(), metrics);
  double height = 0;
  for (const PlacedLine& l : lines) height += l.height;
  const double gap = heading.level >= 3 ? 2 * style::kBlockGap : style::kBlockGap;
  if (!flow.at_page_top() && gap + height + kKeepWithHeading > flow.space_left()) flow.new_page();
  lines.front().gap_before = gap;
  for (const PlacedLine& l : lines) flow.place_line(l);
  flow.advance(style::kHeadingGapAfter);
}

void lay_out_section(const doc::Section& section, std::vector<PageContent>& pages,
                     const TextMetrics& metrics) {
  const bool landscape = section.orientation == doc::Orientation::Landscape;
  const double width = landscape ? style::kA4Long : style::kA4Short;
  const double height = landscape ? style::kA4Short : style::kA4Long;
  const double content_width = width - 2 * style::kMargin;

  // The footer's text wraps beside the widest page number this writer could print.
  const double size = style::kFooterSize;
  const double number_room =
      text_width(U"page 0000 / 0000", size, Face::Regular, metrics) + kFooterNumberGap;
  std::vector<PlacedLine> footer = lay_out_plain(section.footer, size, Face::Regular, doc::Align::Left,
                                                 std::max(content_width - number_room, 1.0), metrics);
  double footer_height = 0;
  for (const PlacedLine& l : footer) footer_height += l.height;

  const std::size_t first = pages.size();
  PageFlow flow(pages, width, height, footer_height + style::kFooterGap);
  bool break_pending = false;  // a page break starts the next page only if something goes on it
  for (const doc::Block& block : section.blocks) {
    if (std::holds_alternative<doc::PageBreak>(block)) {
      break_pending = true;
      continue;
    }
    if (break_pending && !flow.at_page_top()) flow.new_page();
    break_pending = false;
    if (const auto* h = std::get_if<doc::Heading>(&block)) {
      lay_out_heading_block(*h, flow, metrics);
    } else if (const auto* item = std::get_if<doc::Item>(&block)) {
      std::vector<PlacedLine> lines = lay_out_item(*item, flow.width(), metrics);
      if (!lines.empty()) lines.front().gap_before = style::kBlockGap;
      for (const PlacedLine& l : lines) flow.place_line(l);
    } else if (const auto* table = std::get_if<doc::Table>(&block)) {
      lay_out_table(*table, flow, metrics);
    }
  }
  flow.finish();

  // Footers, now that the section's page count is known.
  const std::size_t count = pages.size() - first;
  const double footer_top = height - style::kMargin - footer_height;
  for (std::size_t i = 0; i < count; ++i) {
    PageContent& page = pages[first + i];
    double y = footer_top;
    for (const PlacedLine& l : footer) {
      for (Element e : l.elements) {
        translate(e, style::kMargin, y);
        page.elements.push_back(std::move(e));
      }
      y += l.height;
    }
    TextElement number;
    number.text = ascii("page " + std::to_string(i + 1) + " / " + std::to_string(count));
    number.size = size;
    number.x = width - style::kMargin - text_width(number.text, size, Face::Regular, metrics);
    number.baseline = footer_top + size * style::kBaselineFactor;
    page.elements.emplace_back(std::move(number));
  }
}

}  // namespace

std::vector<PageContent> lay_out_document(const doc::FilledForm& form, const TextMetrics& metrics) {
  std::vector<PageContent> pages;
  for (const doc::Section& section : form.sections) lay_out_section(section, pages, metrics);
  if (pages.empty()) {  // a PDF needs at least one page
    PageContent blank;
    blank.width = style::kA4Short;
    blank.height = style::kA4Long;
    pages.push_back(std::move(blank));
  }
  return pages;
}

}  // namespace siofill::pdf
