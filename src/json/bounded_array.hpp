#pragma once
// Lists a reader accepts up to a size, and walks only while its error budget
// lasts: one rule for every list of the evidence and sequences files, so that
// each says « trop de … » the same way and stops at the same point.
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diagnostics/diagnostic.hpp"
#include "diagnostics/error_budget.hpp"
#include "json/json_pointer.hpp"

namespace siofill::json {

// Whether `list` (at `where`) has at most `max` elements; if not, reports
// "trop <what> (N ; au plus max)" — `what` carries its article: "de réalisations",
// "d’activités".
bool within_limit(const nlohmann::json& list, const std::string& where, std::size_t max, std::string_view what,
                  Reporter& report);

// Calls read(element, pointer) for each element of `list` in order, until the
// budget says the reader should stop (it reports where, once).
template <class Read>
void for_each_element(const nlohmann::json& list, const std::string& where, ErrorBudget& budget, Read&& read) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string element = pointer_append(where, i);
    if (budget.exhausted(element)) return;
    read(list[i], element);
  }
}

}  // namespace siofill::json
