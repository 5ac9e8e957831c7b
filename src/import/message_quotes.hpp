#pragma once
// How the import's messages quote a line of notes and list items.
#include <string>
#include <string_view>
#include <vector>

namespace siofill::import {

// « text », cut to about 70 characters.
std::string quote(std::string_view text);

std::string join(const std::vector<std::string>& items, std::string_view sep = ", ");

}  // namespace siofill::import
