#include "pdf/layout_types.hpp"

#include <type_traits>

namespace siofill::pdf {

void translate(Element& element, double dx, double dy) {
  std::visit(
      [dx, dy](auto& e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, TextElement>) {
          e.x += dx;
          e.baseline += dy;
        } else {
          e.x += dx;
          e.y += dy;
        }
      },
      element);
}

}  // namespace siofill::pdf
