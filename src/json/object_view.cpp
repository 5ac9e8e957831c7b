#include "json/object_view.hpp"

#include <cstdio>

#include "json/json_pointer.hpp"
#include "text/did_you_mean.hpp"
#include "text/utf8.hpp"

namespace siofill::json {
namespace {

// Control characters written as JSON escapes ("\u001b"), so that quoting what a
// file holds cannot drive the terminal the message is printed on.
std::string visible(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(s[i + 1]) <= 0x9F;
    if (c < 0x20 || c == 0x7F || c1) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c1 ? static_cast<unsigned char>(s[++i]) : c);
      out += buf;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string shorten(const std::string& s) {
  if (text::code_points(s) <= 40) return visible(s);
  std::string out;
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++n > 37) break;
    out.push_back(c);
  }
  return visible(out) + "…";
}

}  // namespace

std::string describe_value(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::boolean:
      return std::string("un booléen (") + (v.get<bool>() ? "true" : "false") + ")";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return "un nombre (" + v.dump() + ")";
    case nlohmann::json::value_t::string:
      return "une chaîne (\"" + shorten(v.get<std::string>()) + "\")";
    case nlohmann::json::value_t::array:
      return "un tableau";
    case nlohmann::json::value_t::object:
      return "un objet";
    default:
      return "une valeur inattendue";
  }
}

ObjectView::ObjectView(const nlohmann::json& value, std::string pointer, Reporter& report, std::string_view what)
    : object_(value.is_object() ? &value : nullptr), pointer_(std::move(pointer)), report_(&report) {
  if (!object_)
    report.at(pointer_.empty() ? "/" : pointer_,
              std::string(what) + " : un objet { … } est attendu, reçu " + describe_value(value));
}

std::string ObjectView::pointer_to(std::string_view key) const { return pointer_append(pointer_, key); }

void ObjectView::allow_only(std::initializer_list<std::string_view> known) {
  if (!object_) return;
  std::vector<std::string> names(known.begin(), known.end());
  // Past a few, more messages about the same object only drown the first ones
  // (and 200 000 keys once took 10 s of did-you-mean): one line tells the rest.
  constexpr std::size_t kMaxReported = 20;
  std::size_t unknown = 0;
  for (const auto& [key, value] : object_->items()) {
    bool found = false;
    for (std::string_view k : known) found = found || k == key;
    if (found) continue;
    if (++unknown > kMaxReported) continue;
    std::string list;
    for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
    const std::string hint = text::suggestion_suffix(key, names);
    // A 100 000-character key is named by its start, in the pointer too.
    const std::string where = key.size() > 200 ? pointer_to(shorten(key)) : pointer_to(key);
    report_->at(where, "clé inconnue « " + shorten(key) + " »" +
                           (hint.empty() ? " (clés possibles ici : " + list + ")" : hint));
  }
  if (unknown > kMaxReported)
    report_->at(pointer_.empty() ? "/" : pointer_, "et " + std::to_string(unknown - kMaxReported) +
                                                       " autres clés inconnues dans cet objet (non détaillées)");
}

const nlohmann::json* ObjectView::find(std::string_view key) const {
  if (!object_) return nullptr;
  const auto it = object_->find(key);
  return it == object_->end() ? nullptr : &*it;
}

const nlohmann::json* ObjectView::fetch(std::string_view key, Need need, std::string_view expected) {
  if (!object_) return nullptr;
  const nlohmann::json* v = find(key);
  if (!v && need == Need::Required)
    report_->at(pointer_.empty() ? "/" : pointer_,
                "champ obligatoire « " + std::string(key) + " » absent (attendu : " + std::string(expected) + ")");
  if (v && v->is_null() && need == Need::Optional) return nullptr;
  return v;
}

std::optional<std::string> checked_text(const nlohmann::json& v, const std::string& pointer, Reporter& report,
                                        TextRules rules) {
  if (!v.is_string()) {
    report.at(pointer, "une chaîne de caractères entre guillemets est attendue, reçu " + describe_value(v));
    return std::nullopt;
  }
  const std::string& raw = v.get_ref<const std::string&>();
  if (!text::is_valid_utf8(raw)) {
    report.at(pointer, "texte qui n’est pas de l’UTF-8 valide");
    return std::nullopt;
  }
  std::string s = raw;
  // Windows line ends typed into a JSON string come through as \r\n.
  for (std::size_t pos; (pos = s.find("\r\n")) != std::string::npos;) s.erase(pos, 1);
  if (auto c = text::first_forbidden_control(s)) {
    report.at(pointer, "caractère de contrôle " + text::code_point_name(*c) +
                           " interdit dans un texte (il rendrait les documents illisibles) : supprimez-le");
    return std::nullopt;
  }
  if (!rules.multiline && (s.find('\n') != std::string::npos || s.find("\u2028") != std::string::npos ||
                           s.find("\u2029") != std::string::npos)) {  // U+2028, U+2029: Unicode line breaks
    report.at(pointer, "retour à la ligne interdit dans ce champ (une seule ligne attendue)");
    return std::nullopt;
  }
  s = text::trim(text::to_nfc(s));
  if (!rules.allow_empty && s.empty()) {
    report.at(pointer, "texte vide : une valeur non vide est attendue");
    return std::nullopt;
  }
  const std::size_t n = text::code_points(s);
  if (n > rules.max_code_points) {
    report.at(pointer, "texte trop long (" + std::to_string(n) + " caractères ; au plus " +
                           std::to_string(rules.max_code_points) + ")");
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> ObjectView::text(std::string_view key, Need need, TextRules rules) {
  const nlohmann::json* v = fetch(key, need, "une chaîne de caractères");
  if (!v) return std::nullopt;
  return checked_text(*v, pointer_to(key), *report_, rules);
}

std::optional<long long> ObjectView::integer(std::string_view key, Need need, long long min, long long max) {
  const nlohmann::json* v = fetch(key, need, "un nombre entier");
  if (!v) return std::nullopt;
  const std::string range = " entre " + std::to_string(min) + " et " + std::to_string(max);
  if (!v->is_number_integer() && !v->is_number_unsigned()) {
    std::string hint;
    if (v->is_string()) hint = " (écrivez le nombre sans guillemets)";
    report_->at(pointer_to(key), "nombre entier" + range + " attendu, reçu " + describe_value(*v) + hint);
    return std::nullopt;
  }
  if (v->is_number_unsigned() && v->get<unsigned long long>() > static_cast<unsigned long long>(max)) {
    report_->at(pointer_to(key), "nombre entier" + range + " attendu, reçu " + v->dump());
    return std::nullopt;
  }
  const long long n = v->get<long long>();
  if (n < min || n > max) {
    report_->at(pointer_to(key), "nombre entier" + range + " attendu, reçu " + std::to_string(n));
    return std::nullopt;
  }
  return n;
}

std::optional<std::string> ObjectView::choice(std::string_view key, Need need,
                                              const std::vector<std::string>& choices) {
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "« " : ", « ") + c + " »";
  const nlohmann::json* v = fetch(key, need, "une des valeurs " + list);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    report_->at(pointer_to(key), "une des valeurs " + list + " est attendue, reçu " + describe_value(*v));
    return std::nullopt;
  }
  const std::string& s = v->get_ref<const std::string&>();
  for (const auto& c : choices)
    if (s == c) return s;
  report_->at(pointer_to(key), "valeur « " + shorten(s) + " » inconnue ; valeurs possibles : " + list +
                                   text::suggestion_suffix(s, choices));
  return std::nullopt;
}

const nlohmann::json* ObjectView::array(std::string_view key, Need need) {
  const nlohmann::json* v = fetch(key, need, "un tableau [ … ]");
  if (!v) return nullptr;
  if (!v->is_array()) {
    report_->at(pointer_to(key), "un tableau [ … ] est attendu, reçu " + describe_value(*v));
    return nullptr;
  }
  return v;
}

const nlohmann::json* ObjectView::object(std::string_view key, Need need) {
  const nlohmann::json* v = fetch(key, need, "un objet { … }");
  if (!v) return nullptr;
  if (!v->is_object()) {
    report_->at(pointer_to(key), "un objet { … } est attendu, reçu " + describe_value(*v));
    return nullptr;
  }
  return v;
}

}  // namespace siofill::json
