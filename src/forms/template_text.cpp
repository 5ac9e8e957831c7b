#include "forms/template_text.hpp"

namespace siofill::forms {
namespace {

struct Tag {
  std::size_t open, close;  // positions of '{' and '}'
  std::string_view name;    // with its '#' or '/' if any
};

std::optional<Tag> next_tag(std::string_view tmpl, std::size_t from) {
  const std::size_t open = tmpl.find('{', from);
  if (open == std::string_view::npos) return std::nullopt;
  const std::size_t close = tmpl.find('}', open);
  if (close == std::string_view::npos) return std::nullopt;
  return Tag{open, close, tmpl.substr(open + 1, close - open - 1)};
}

std::string_view bare(std::string_view name) {
  return !name.empty() && (name[0] == '#' || name[0] == '/') ? name.substr(1) : name;
}

}  // namespace

std::string render(std::string_view tmpl, const Variables& vars) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  std::size_t i = 0;
  while (auto tag = next_tag(tmpl, i)) {
    out.append(tmpl.substr(i, tag->open - i));
    i = tag->close + 1;
    if (tag->name.starts_with('#')) {
      const std::string end = "{/" + std::string(bare(tag->name)) + "}";
      const std::size_t stop = tmpl.find(end, i);
      if (stop == std::string_view::npos) continue;  // refused at load time; lenient here
      const auto it = vars.find(bare(tag->name));
      if (it != vars.end() && !it->second.empty()) out += render(tmpl.substr(i, stop - i), vars);
      i = stop + end.size();
      continue;
    }
    if (tag->name.starts_with('/')) continue;
    const auto it = vars.find(tag->name);
    if (it != vars.end()) out += it->second;
  }
  out.append(tmpl.substr(i));
  return out;
}

std::vector<std::string> placeholders(std::string_view tmpl) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (const std::optional<Tag> tag = next_tag(tmpl, i)) {
    out.emplace_back(bare(tag->name));
    i = tag->close + 1;
  }
  return out;
}

std::optional<std::string> section_problem(std::string_view tmpl) {
  std::string_view open_section;
  std::size_t i = 0;
  while (const std::optional<Tag> tag = next_tag(tmpl, i)) {
    i = tag->close + 1;
    if (tag->name.starts_with('#')) {
      if (!open_section.empty())
        return "section « {" + std::string(tag->name) + "} » ouverte dans « {#" + std::string(open_section) +
               "} » : les sections ne s’imbriquent pas";
      open_section = bare(tag->name);
    } else if (tag->name.starts_with('/')) {
      if (bare(tag->name) != open_section)
        return "« {" + std::string(tag->name) + "} » ne ferme aucune section ouverte" +
               (open_section.empty() ? std::string()
                                     : " (la section ouverte est « {#" + std::string(open_section) + "} »)");
      open_section = {};
    }
  }
  if (!open_section.empty())
    return "section « {#" + std::string(open_section) + "} » jamais fermée par « {/" + std::string(open_section) +
           "} »";
  return std::nullopt;
}

const std::vector<std::string>& known_placeholders() {
  static const std::vector<std::string> names = {
      "candidat.nom",
      "candidat.prenom",
      "candidat.numero",
      "candidat.option",
      "candidat.session",
      "candidat.centre",
      "candidat.portfolio",
      "bloc.id",
      "bloc.numero",
      "bloc.intitule",
      "bloc.epreuve",
      "bloc.epreuve_intitule",
      "form.id",
      "form.annexe",
      "competence.id",
      "competence.intitule",
      "realisation.id",
      "realisation.numero",
      "realisation.intitule",
      "realisation.debut",
      "realisation.fin",
      "realisation.organisation",
  };
  return names;
}

}  // namespace siofill::forms
