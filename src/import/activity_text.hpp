#pragma once
// The text of one activity line of a student's notes:
//   "# Création d'un site web (groupeCFR / Yiriah)"
//   "# mise à disposition de swagger (Yiriah : https://…/swagger/ )"
// The parenthesised group at the very end may name the organisations the
// activity was done in; whether it does is decided over the whole file
// (notes_importer), since "(à distance en anglais)" is a remark, not a place.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siofill::import {

// The line without its list marker ("#", "-", "*", "•"…), white space runs
// (tabs) turned into one space, trailing markers ("***") removed.
std::string clean_activity_text(std::string_view line);

// True when `line` starts with a list marker other than "#" ("-", "*", "•", "–", "+").
bool has_bullet(std::string_view line);

// A parenthesised group ending the text.
struct TrailingGroup {
  std::string before;              // the text before the group, trimmed
  std::string inside;              // what the parentheses hold, trimmed
  std::vector<std::string> names;  // its parts (split on / , ; + & « et ») without URLs: "groupeCFR", "Yiriah"
  std::vector<std::string> urls;   // URLs it holds ("Yiriah : https://…" -> the URL)
  bool all_names = false;          // every part looks like the name of an organisation
};

std::optional<TrailingGroup> trailing_group(std::string_view text);

// A plausible organisation name: starts with a letter, 1 to 5 words, at most 60
// characters, and, when it has several words, starts with a capital
// ("groupeCFR", "Yiriah", "Mairie de Rennes"; not "à distance en anglais").
bool looks_like_name(std::string_view part);

}  // namespace siofill::import
