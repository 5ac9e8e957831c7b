#include "forms/form_aliases.hpp"

#include <array>
#include <utility>

namespace siofill::forms {

std::optional<std::string_view> renamed_form(std::string_view old_id) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kRenamed{{
      {"synthese-e4", "synthese-b1"},
      {"synthese-e5", "synthese-b2"},
  }};
  for (const auto& [old_name, current] : kRenamed)
    if (old_name == old_id) return current;
  return std::nullopt;
}

}  // namespace siofill::forms
