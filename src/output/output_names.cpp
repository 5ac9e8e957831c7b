#include "output/output_names.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "forms/template_text.hpp"
#include "text/did_you_mean.hpp"
#include "text/invisible.hpp"
#include "text/utf8.hpp"

namespace siofill::output {
namespace {

const std::vector<std::string> kFields = {"numero", "nom", "prenom", "option", "session", "form", "ext"};

// What {form} and {ext} may take at most in a component (form ids are short
// words, extensions four letters): the template's check reserves this room.
constexpr std::size_t kFormBytes = 40, kExtBytes = 5;

bool reserved_on_windows(const std::string& s) {
  std::string stem = s.substr(0, s.find('.'));
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::toupper(c); });
  static const std::array<const char*, 4> names = {"CON", "PRN", "AUX", "NUL"};
  for (const char* n : names)
    if (stem == n) return true;
  return stem.size() == 4 && (stem.rfind("COM", 0) == 0 || stem.rfind("LPT", 0) == 0) && stem[3] >= '0' &&
         stem[3] <= '9';
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

// Character by character: what a name may not hold becomes '_', white space '-',
// invisible characters go. Text that is not UTF-8 becomes "_" as a whole.
std::string clean_characters(const std::string& raw) {
  if (!text::is_valid_utf8(raw)) return "_";
  std::string s;
  s.reserve(raw.size());
  for (unsigned char c : text::strip_invisible(raw)) {
    if (c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' ||
        c == '>' || c == '|')
      s += '_';
    else if (c == ' ' || c == '\t')
      s += '-';
    else
      s += static_cast<char>(c);
  }
  return s;
}

// Hidden files and "..", then Windows' refusal of trailing dots and spaces and of device names.
std::string finish_component(std::string s) {
  while (!s.empty() && (s.front() == '.' || s.front() == '-')) s.erase(0, 1);
  while (!s.empty() && (s.back() == '.' || s.back() == '-')) s.pop_back();
  if (s.empty()) s = "_";
  if (reserved_on_windows(s)) s = "_" + s;
  return s;
}

// `s` cut to at most `bytes` on a code point boundary.
std::string cut_utf8(std::string s, std::size_t bytes) {
  if (s.size() <= bytes) return s;
  std::size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

// Removes the last user-perceived character (a letter with its accents, a
// whole emoji sequence) of valid UTF-8, then any '-', '.' or '_' left at the end.
void drop_last_character(std::string& s) {
  std::size_t last_boundary = 0;
  utf8proc_int32_t previous = -1, state = 0;
  for (std::size_t at = 0; at < s.size();) {
    const text::DecodedChar d = text::decode_at(s, at);
    if (!d.valid) break;
    const auto c = static_cast<utf8proc_int32_t>(d.value);
    if (previous < 0 || utf8proc_grapheme_break_stateful(previous, c, &state)) last_boundary = at;
    previous = c;
    at += d.length;
  }
  s.resize(last_boundary);
  while (!s.empty() && (s.back() == '-' || s.back() == '.' || s.back() == '_')) s.pop_back();
}

struct Piece {
  std::string text;
  bool shortenable = false;  // a value of the student's ({nom}…), not {form}, {ext} or the template's text
  std::size_t room = 0;      // bytes counted for it when shortening: {form} and {ext} count their widest
};

// One component of the template with the values in: pieces in order, as render() would join them.
std::vector<Piece> pieces_of(const std::string& part, const forms::Variables& vars) {
  std::vector<Piece> pieces;
  std::size_t i = 0;
  while (i < part.size()) {
    const std::size_t open = part.find('{', i);
    const std::size_t close = open == std::string::npos ? std::string::npos : part.find('}', open);
    if (close == std::string::npos) break;
    const std::string literal = clean_characters(part.substr(i, open - i));
    pieces.push_back(Piece{literal, false, literal.size()});
    const std::string name = part.substr(open + 1, close - open - 1);
    const auto it = vars.find(name);
    std::string value = it == vars.end() ? "" : clean_characters(it->second);
    const std::size_t widest = name == "form" ? kFormBytes : name == "ext" ? kExtBytes : 0;
    const std::size_t room = std::max(value.size(), widest);
    pieces.push_back(Piece{std::move(value), widest == 0, room});
    i = close + 1;
  }
  const std::string literal = clean_characters(part.substr(i));
  pieces.push_back(Piece{literal, false, literal.size()});
  return pieces;
}

// The values are shortened as if {form} and {ext} were their widest, so
// every file of a student starts the same way (its files sort together).
std::string render_component(const std::string& part, const forms::Variables& vars) {
  std::vector<Piece> pieces = pieces_of(part, vars);
  while (true) {
    std::string joined;
    std::size_t counted = 0;
    for (const Piece& p : pieces) {
      joined += p.text;
      counted += p.shortenable ? p.text.size() : p.room;
    }
    std::string name = finish_component(std::move(joined));
    // +1: finish_component may prefix "_" to a Windows device name.
    if (counted + 1 <= kMaxComponentBytes && name.size() <= kMaxComponentBytes) return name;
    auto longest = pieces.end();
    for (auto it = pieces.begin(); it != pieces.end(); ++it)
      if (it->shortenable && !it->text.empty() && (longest == pieces.end() || it->text.size() > longest->text.size()))
        longest = it;
    // Only a template the check refuses has nothing left to shorten.
    if (longest == pieces.end()) return sanitise_component(name);
    drop_last_character(longest->text);
  }
}

}  // namespace

std::optional<std::string> check_name_template(const std::string& raw) {
  if (raw.empty()) return "modèle de nom vide";
  // Quoted in messages: control characters shown as U+XXXX, never sent to the terminal.
  std::string tmpl;
  for (unsigned char c : raw)
    tmpl += c < 0x20 || c == 0x7F ? text::code_point_name(c) : std::string(1, static_cast<char>(c));
  if (!text::is_valid_utf8(raw)) return "le modèle de nom n’est pas en UTF-8 valide";
  if (tmpl.size() > 4096) return "modèle de nom trop long (" + std::to_string(raw.size()) + " octets ; au plus 4096)";
  if (tmpl.front() == '/')
    return "le modèle de nom « " + tmpl + " » est un chemin absolu : il doit rester dans le dossier de sortie";
  for (const std::string& part : split_components(tmpl)) {
    if (part.empty()) return "le modèle de nom « " + tmpl + " » contient un dossier vide (« // » ou « / » final)";
    if (part == "." || part == "..")
      return "le modèle de nom « " + tmpl + " » contient « " + part + " » : il doit rester dans le dossier de sortie";
  }
  for (const std::string& name : forms::placeholders(tmpl))
    if (std::find(kFields.begin(), kFields.end(), name) == kFields.end())
      return "variable « {" + name + "} » inconnue dans le modèle de nom" + text::suggestion_suffix(name, kFields) +
             " (variables : {numero} {nom} {prenom} {option} {session} {form} {ext})";
  if (tmpl.find("{form}") == std::string::npos || tmpl.find("{ext}") == std::string::npos)
    return "le modèle de nom doit contenir {form} et {ext}, sinon plusieurs fichiers auraient le même nom";
  // What cannot be shortened (the template's text, {form}, {ext}) must leave
  // room in each file or folder name for the values.
  for (const std::string& part : split_components(raw)) {
    const forms::Variables widest = {{"form", std::string(kFormBytes, 'f')}, {"ext", std::string(kExtBytes, 'e')}};
    const std::size_t fixed = forms::render(part, widest).size();
    if (fixed > kMaxComponentBytes / 2)
      return "le modèle de nom donne des noms de fichier ou de dossier trop longs (" + std::to_string(fixed) +
             " octets sans les valeurs des étudiants ; au plus " + std::to_string(kMaxComponentBytes / 2) +
             " par nom, pour rester sous la limite de 255 octets des systèmes de fichiers)";
  }
  return std::nullopt;
}

std::string sanitise_component(const std::string& raw) {
  return cut_utf8(finish_component(clean_characters(raw)), kMaxComponentBytes);
}

std::string render_output_name(const std::string& tmpl, const NameFields& f) {
  // Values are rendered with '/' already replaced, so only the template makes folders.
  auto clean = [](const std::string& v) {
    std::string out = v;
    std::replace(out.begin(), out.end(), '/', '-');
    std::replace(out.begin(), out.end(), '\\', '-');
    return out;
  };
  const forms::Variables vars = {
      {"numero", clean(f.numero)},   {"nom", clean(f.nom)},   {"prenom", clean(f.prenom)}, {"option", clean(f.option)},
      {"session", clean(f.session)}, {"form", clean(f.form)}, {"ext", clean(f.ext)}};
  std::string path;
  for (const std::string& part : split_components(tmpl)) {
    if (!path.empty()) path += '/';
    path += render_component(part, vars);
  }
  return path;
}

std::string collision_key(const std::string& path) {
  if (!text::is_valid_utf8(path)) return path;
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(path.data()), static_cast<utf8proc_ssize_t>(path.size()),
                   &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  if (n < 0) return path;
  std::string key(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return key;
}

}  // namespace siofill::output
