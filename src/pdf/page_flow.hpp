#pragma once
// The page being filled: a cursor moving down the content area, and new
// pages when content no longer fits. Shared by the block and table layouts.
#include <vector>

#include "pdf/layout_types.hpp"
#include "pdf/text_layout.hpp"

namespace siofill::pdf {

class PageFlow {
 public:
  // Pages `width` x `height` points with the standard margins; `footer_space`
  // points above the bottom margin are kept for the footer.
  PageFlow(std::vector<PageContent>& pages, double width, double height, double footer_space);

  double left() const { return left_; }
  double width() const { return width_; }
  double cursor() const { return cursor_; }
  double space_left() const { return bottom_ - cursor_; }
  double capacity() const { return bottom_ - top_; }  // height of an empty page's content area
  bool at_page_top() const { return cursor_ <= top_ + 1e-9; }
  std::size_t page_count() const { return pages_.size() - first_page_; }

  void new_page();
  void advance(double dy) { cursor_ += dy; }
  // Adds vertical space unless at the top of a page (where it would be wasted).
  void gap(double dy);

  // Adds an element to the current page. Shading goes under everything and
  // borders over everything, whatever the order elements are added in.
  Element& add(const Element& element);
  // Adds a line's elements at (x, y) (its top-left corner).
  void add_line(const PlacedLine& line, double x, double y);
  // Places a line at the cursor, after its gap, on a new page if it does not fit.
  void place_line(const PlacedLine& line);

  // Merges the layers of the pages; call once at the end of the section.
  void finish();

 private:
  struct Layers {
    std::vector<Element> fills, content, borders;
  };
  std::vector<PageContent>& pages_;
  std::vector<Layers> layers_;  // one per page of this flow
  std::size_t first_page_;
  double page_width_, page_height_;
  double left_, width_, top_, bottom_;
  double cursor_ = 0;
};

}  // namespace siofill::pdf
