#include "forms/template_text.hpp"

namespace siofill::forms {

std::string render(std::string_view tmpl, const Variables& vars) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  std::size_t i = 0;
  while (i < tmpl.size()) {
    const std::size_t open = tmpl.find('{', i);
    if (open == std::string_view::npos) break;
    const std::size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(i, open - i));
    const auto it = vars.find(tmpl.substr(open + 1, close - open - 1));
    if (it != vars.end()) out += it->second;
    i = close + 1;
  }
  out.append(tmpl.substr(i));
  return out;
}

std::vector<std::string> placeholders(std::string_view tmpl) {
  std::vector<std::string> out;
  for (std::size_t i = 0; (i = tmpl.find('{', i)) != std::string_view::npos;) {
    const std::size_t close = tmpl.find('}', i);
    if (close == std::string_view::npos) break;
    out.emplace_back(tmpl.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  return out;
}

const std::vector<std::string>& known_placeholders() {
  static const std::vector<std::string> names = {
      "candidat.nom",      "candidat.prenom",     "candidat.numero",        "candidat.option",
      "candidat.session",  "candidat.centre",     "candidat.portfolio",     "bloc.id",
      "bloc.numero",       "bloc.intitule",       "bloc.epreuve",           "form.id",
      "competence.id",     "competence.intitule", "realisation.id",         "realisation.numero",
      "realisation.intitule", "realisation.debut", "realisation.fin",       "realisation.organisation",
  };
  return names;
}

}  // namespace siofill::forms
