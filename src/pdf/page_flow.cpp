#include "pdf/page_flow.hpp"

#include <utility>

#include "pdf/layout_style.hpp"

namespace siofill::pdf {

PageFlow::PageFlow(std::vector<PageContent>& pages, double width, double height, double footer_space)
    : pages_(pages),
      first_page_(pages.size()),
      page_width_(width),
      page_height_(height),
      left_(style::kMargin),
      width_(width - 2 * style::kMargin),
      top_(style::kMargin),
      bottom_(height - style::kMargin - footer_space) {
  new_page();
}

void PageFlow::new_page() {
  PageContent page;
  page.width = page_width_;
  page.height = page_height_;
  pages_.push_back(std::move(page));
  layers_.emplace_back();
  cursor_ = top_;
}

void PageFlow::gap(double dy) {
  if (!at_page_top()) cursor_ += dy;
}

Element& PageFlow::add(const Element& element) {
  Layers& layers = layers_.back();
  std::vector<Element>& layer = std::holds_alternative<FillElement>(element)     ? layers.fills
                                : std::holds_alternative<BorderElement>(element) ? layers.borders
                                                                                 : layers.content;
  return layer.emplace_back(element);
}

void PageFlow::add_line(const PlacedLine& line, double x, double y) {
  for (const Element& e : line.elements) translate(add(e), x, y);
}

void PageFlow::place_line(const PlacedLine& line) {
  double gap = at_page_top() ? 0 : line.gap_before;
  if (cursor_ + gap + line.height > bottom_ + 1e-9 && !at_page_top()) {
    new_page();
    gap = 0;
  }
  cursor_ += gap;
  add_line(line, left_, cursor_);
  cursor_ += line.height;
}

void PageFlow::finish() {
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    std::vector<Element>& out = pages_[first_page_ + i].elements;
    Layers& layers = layers_[i];
    out.reserve(layers.fills.size() + layers.content.size() + layers.borders.size());
    for (auto* layer : {&layers.fills, &layers.content, &layers.borders})
      for (Element& e : *layer) out.push_back(std::move(e));
  }
  layers_.clear();
}

}  // namespace siofill::pdf
