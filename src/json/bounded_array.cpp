#include "json/bounded_array.hpp"

namespace siofill::json {

bool within_limit(const nlohmann::json& list, const std::string& where, std::size_t max, std::string_view what,
                  Reporter& report) {
  if (list.size() <= max) return true;
  report.at(where, "trop " + std::string(what) + " (" + std::to_string(list.size()) + " ; au plus " +
                       std::to_string(max) + ")");
  return false;
}

}  // namespace siofill::json
