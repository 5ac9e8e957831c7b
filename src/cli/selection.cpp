#include "cli/selection.hpp"

#include <algorithm>
#include <iostream>

#include "forms/form_aliases.hpp"
#include "text/did_you_mean.hpp"
#include "text/printable.hpp"

namespace siofill::cli {
namespace {

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string item = list.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(item);
    start = comma + 1;
  }
  return out;
}

template <typename T>
void add_once(std::vector<T>& v, T x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

}  // namespace

bool select_forms(const std::string& list, const std::vector<const forms::FormSpec*>& defaults,
                  std::vector<const forms::FormSpec*>& out) {
  if (list.empty()) {
    out = defaults;
    return true;
  }
  std::vector<std::string> known;
  for (const forms::FormSpec& f : forms::builtin_forms()) known.push_back(f.id);
  bool ok = true;
  for (const std::string& name : split_list(list)) {
    if (const forms::FormSpec* f = forms::find_form(name)) {
      add_once(out, f);
      continue;
    }
    // Old names still work, so that scripts written before do; files get the new id.
    if (const auto current = forms::renamed_form(name)) {
      std::cerr << "note : --form " << name << " est l’ancien nom du formulaire « " << *current
                << " » (le numéro d’épreuve dépend désormais de la session) ; les fichiers s’appellent « …_" << *current
                << ".… »\n";
      add_once(out, forms::find_form(*current));
      continue;
    }
    std::string all;
    for (const auto& k : known) all += (all.empty() ? "" : ", ") + k;
    std::cerr << "erreur : --form : formulaire « " << text::shown_name(name) << " » inconnu"
              << text::suggestion_suffix(name, known) << " (formulaires : " << all << ")\n";
    ok = false;
  }
  if (ok && out.empty()) {
    std::cerr << "erreur : --form : liste vide\n";
    ok = false;
  }
  return ok;
}

bool select_formats(const std::string& list, std::vector<const writers::OutputFormat*>& out) {
  if (list.empty()) {
    for (const writers::OutputFormat& f : writers::output_formats()) out.push_back(&f);
    return true;
  }
  std::vector<std::string> known;
  for (const writers::OutputFormat& f : writers::output_formats()) known.emplace_back(f.name);
  bool ok = true;
  for (const std::string& name : split_list(list)) {
    if (const writers::OutputFormat* f = writers::find_output_format(name)) {
      add_once(out, f);
      continue;
    }
    std::string all;
    for (const auto& k : known) all += (all.empty() ? "" : ", ") + k;
    std::cerr << "erreur : --format : format « " << text::shown_name(name) << " » inconnu"
              << text::suggestion_suffix(name, known) << " (formats : " << all << ")\n";
    ok = false;
  }
  if (ok && out.empty()) {
    std::cerr << "erreur : --format : liste vide\n";
    ok = false;
  }
  return ok;
}

}  // namespace siofill::cli
