#include "output/output_names.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "forms/template_text.hpp"
#include "text/did_you_mean.hpp"
#include "text/utf8.hpp"

namespace siofill::output {
namespace {

const std::vector<std::string> kFields = {"numero", "nom", "prenom", "option", "session", "form", "ext"};

bool reserved_on_windows(const std::string& s) {
  std::string stem = s.substr(0, s.find('.'));
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::toupper(c); });
  static const std::array<const char*, 4> names = {"CON", "PRN", "AUX", "NUL"};
  for (const char* n : names)
    if (stem == n) return true;
  return stem.size() == 4 && (stem.rfind("COM", 0) == 0 || stem.rfind("LPT", 0) == 0) && stem[3] >= '0' && stem[3] <= '9';
}

std::vector<std::string> split_components(const std::string& tmpl) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = tmpl.find('/', start);
    parts.push_back(tmpl.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return parts;
}

}  // namespace

std::optional<std::string> check_name_template(const std::string& raw) {
  if (raw.empty()) return "modèle de nom vide";
  // Quoted in messages: control characters shown as U+XXXX, never sent to the terminal.
  std::string tmpl;
  for (unsigned char c : raw) tmpl += c < 0x20 || c == 0x7F ? text::code_point_name(c) : std::string(1, static_cast<char>(c));
  if (!text::is_valid_utf8(raw)) return "le modèle de nom n’est pas en UTF-8 valide";
  if (tmpl.size() > 4096) return "modèle de nom trop long (" + std::to_string(raw.size()) + " octets ; au plus 4096)";
  if (tmpl.front() == '/') return "le modèle de nom « " + tmpl + " » est un chemin absolu : il doit rester dans le dossier de sortie";
  for (const std::string& part : split_components(tmpl)) {
    if (part.empty()) return "le modèle de nom « " + tmpl + " » contient un dossier vide (« // » ou « / » final)";
    if (part == "." || part == "..") return "le modèle de nom « " + tmpl + " » contient « " + part + " » : il doit rester dans le dossier de sortie";
  }
  for (const std::string& name : forms::placeholders(tmpl))
    if (std::find(kFields.begin(), kFields.end(), name) == kFields.end())
      return "variable « {" + name + "} » inconnue dans le modèle de nom" + text::suggestion_suffix(name, kFields) +
             " (variables : {numero} {nom} {prenom} {option} {session} {form} {ext})";
  if (tmpl.find("{form}") == std::string::npos || tmpl.find("{ext}") == std::string::npos)
    return "le modèle de nom doit contenir {form} et {ext}, sinon plusieurs fichiers auraient le même nom";
  return std::nullopt;
}

std::string sanitise_component(const std::string& raw) {
  std::string s;
  s.reserve(raw.size());
  for (unsigned char c : raw) {
    if (c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' ||
        c == '>' || c == '|')
      s += '_';
    else if (c == ' ' || c == '\t')
      s += '-';
    else
      s += static_cast<char>(c);
  }
  if (!text::is_valid_utf8(s)) s = "_";
  // Hidden files and "..", then Windows' refusal of trailing dots and spaces.
  while (!s.empty() && (s.front() == '.' || s.front() == '-')) s.erase(0, 1);
  while (!s.empty() && (s.back() == '.' || s.back() == '-')) s.pop_back();
  if (s.empty()) s = "_";
  if (reserved_on_windows(s)) s = "_" + s;
  if (s.size() > 180) {
    std::size_t cut = 180;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
  }
  return s;
}

std::string render_output_name(const std::string& tmpl, const NameFields& f) {
  // Values are rendered with '/' already replaced, so only the template makes folders.
  auto clean = [](const std::string& v) {
    std::string out = v;
    std::replace(out.begin(), out.end(), '/', '-');
    std::replace(out.begin(), out.end(), '\\', '-');
    return out;
  };
  const forms::Variables vars = {{"numero", clean(f.numero)}, {"nom", clean(f.nom)},       {"prenom", clean(f.prenom)},
                                 {"option", clean(f.option)}, {"session", clean(f.session)}, {"form", clean(f.form)},
                                 {"ext", clean(f.ext)}};
  std::string path;
  for (const std::string& part : split_components(tmpl)) {
    if (!path.empty()) path += '/';
    path += sanitise_component(forms::render(part, vars));
  }
  return path;
}

}  // namespace siofill::output
