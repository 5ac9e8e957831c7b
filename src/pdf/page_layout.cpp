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

// What the footer pass needs about a laid-out section.
struct LaidOutSection {
  std::size_t first = 0, count = 0;  // its pages
  double width = 0, height = 0;
  std::vector<PlacedLine> footer;
  double footer_height = 0;
};

// "page 2 / 3", "grille : page 2 / 3 — dossier : page 5 / 9".
std::u32string page_number(const std::string& part, std::size_t i, std::size_t n, const std::string& whole,
                           std::size_t k, std::size_t total) {
  std::string out = (part.empty() ? "" : part + " : ") + "page " + std::to_string(i) + " / " + std::to_string(n);
  if (!whole.empty()) out += " — " + whole + " : page " + std::to_string(k) + " / " + std::to_string(total);
  return display_text(out);
}

LaidOutSection lay_out_section(const doc::Section& section, const std::string& whole, std::vector<PageContent>& pages,
                               const TextMetrics& metrics) {
  LaidOutSection out;
  const bool landscape = section.orientation == doc::Orientation::Landscape;
  out.width = landscape ? style::kA4Long : style::kA4Short;
  out.height = landscape ? style::kA4Short : style::kA4Long;
  const double content_width = out.width - 2 * style::kMargin;

  // The footer's text wraps beside the widest page number this writer could print.
  const double size = style::kFooterSize;
  const double number_room =
      text_width(page_number(section.part, 8888, 8888, whole, 8888, 8888), size, Face::Regular, metrics) +
      kFooterNumberGap;
  out.footer = lay_out_plain(section.footer, size, Face::Regular, doc::Align::Left,
                             std::max(content_width - number_room, 1.0), metrics);
  for (const PlacedLine& l : out.footer) out.footer_height += l.height;

  out.first = pages.size();
  PageFlow flow(pages, out.width, out.height, out.footer_height + style::kFooterGap);
  bool break_pending = false;  // a page break starts the next page only if something goes on it
  for (std::size_t index = 0; index < section.blocks.size(); ++index) {
    const doc::Block& block = section.blocks[index];
    if (std::holds_alternative<doc::PageBreak>(block)) {
      break_pending = true;
      continue;
    }
    if (break_pending && !flow.at_page_top()) flow.new_page();
    break_pending = false;
    // Bookmarks open the page the block starts on (a heading that moves on
    // with its text is at the top of a page anyway).
    for (const doc::Bookmark& b : section.bookmarks)
      if (b.block == index) pages.back().bookmarks.push_back(PageBookmark{display_text(b.title), b.level});
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
  out.count = pages.size() - out.first;
  return out;
}

// Footers, once every page count is known: of the section, of its part (the
// run of consecutive sections with its part name) and of the whole document.
void add_footers(const doc::FilledForm& form, const std::vector<LaidOutSection>& laid_out,
                 std::vector<PageContent>& pages, const TextMetrics& metrics) {
  const double size = style::kFooterSize;
  std::size_t s = 0;
  while (s < laid_out.size()) {
    std::size_t end = s + 1;  // the sections of this part: [s, end)
    const std::string& part = form.sections[s].part;
    if (!part.empty())
      while (end < laid_out.size() && form.sections[end].part == part) ++end;
    std::size_t part_pages = 0;
    for (std::size_t k = s; k < end; ++k) part_pages += laid_out[k].count;
    std::size_t i = 0;  // page within the part
    for (std::size_t k = s; k < end; ++k) {
      const LaidOutSection& sec = laid_out[k];
      const double footer_top = sec.height - style::kMargin - sec.footer_height;
      for (std::size_t p = sec.first; p < sec.first + sec.count; ++p) {
        PageContent& page = pages[p];
        double y = footer_top;
        for (const PlacedLine& l : sec.footer) {
          for (Element e : l.elements) {
            translate(e, style::kMargin, y);
            page.elements.push_back(std::move(e));
          }
          y += l.height;
        }
        TextElement number;
        number.text = part.empty() && form.whole_part.empty()
                          ? ascii("page " + std::to_string(p - sec.first + 1) + " / " + std::to_string(sec.count))
                          : page_number(part, ++i, part_pages, form.whole_part, p + 1, pages.size());
        number.size = size;
        number.x = sec.width - style::kMargin - text_width(number.text, size, Face::Regular, metrics);
        number.baseline = footer_top + size * style::kBaselineFactor;
        page.elements.emplace_back(std::move(number));
      }
    }
    s = end;
  }
}

}  // namespace

std::vector<PageContent> lay_out_document(const doc::FilledForm& form, const TextMetrics& metrics) {
  std::vector<PageContent> pages;
  std::vector<LaidOutSection> laid_out;
  for (const doc::Section& section : form.sections)
    laid_out.push_back(lay_out_section(section, form.whole_part, pages, metrics));
  add_footers(form, laid_out, pages, metrics);
  if (pages.empty()) {  // a PDF needs at least one page
    PageContent blank;
    blank.width = style::kA4Short;
    blank.height = style::kA4Long;
    pages.push_back(std::move(blank));
  }
  return pages;
}

}  // namespace siofill::pdf
