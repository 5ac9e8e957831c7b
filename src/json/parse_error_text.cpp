#include "json/parse_error_text.hpp"

#include <algorithm>
#include <cctype>

#include "text/utf8.hpp"

namespace siofill::json {
namespace {

std::string between(const std::string& s, const std::string& open, const std::string& close) {
  const auto a = s.find(open);
  if (a == std::string::npos) return {};
  const auto b = s.find(close, a + open.size());
  return s.substr(a + open.size(), b == std::string::npos ? std::string::npos : b - a - open.size());
}

std::string french_token(std::string token) {
  static const std::pair<const char*, const char*> names[] = {
      {"string literal", "une chaîne entre guillemets"},
      {"value", "une valeur"},
      {"end of input", "la fin du fichier"},
      {"'['", "« [ »"},
      {"'{'", "« { »"},
      {"']'", "« ] »"},
      {"'}'", "« } »"},
      {"':'", "« : »"},
      {"','", "« , »"},
      {"'[', '{', or a literal", "une valeur"},
      {"number literal", "un nombre"},
      {"literal", "une valeur"},
  };
  for (const auto& [en, fr] : names)
    if (token == en) return fr;
  return token;
}

// "0241…" or "-07": nlohmann reads the 0 as a number and stops at the next digit.
bool leading_zero(const std::string& token) {
  const std::size_t zero = token.rfind("-", 0) == 0 ? 1 : 0;
  return token.size() > zero + 1 && token[zero] == '0' && std::isdigit(static_cast<unsigned char>(token[zero + 1]));
}

// nlohmann's English parse messages, told in French to the person who typed the file.
// `token` is the text at the error, `previous` the last non-blank character before it.
std::string french_parse_message(const std::string& what, const std::string& token, char previous) {
  std::string detail;
  const bool lexer = what.find("last read:") != std::string::npos;
  if (what.find("ill-formed UTF-8") != std::string::npos || what.find("invalid UTF-8") != std::string::npos)
    return "le fichier n’est pas en UTF-8 valide (enregistrez-le en UTF-8)";
  if (what.find("control character U+000A") != std::string::npos ||
      what.find("control character U+000D") != std::string::npos)
    return "retour à la ligne dans une chaîne : guillemet fermant manquant en fin de ligne ? (dans un texte, un "
           "retour à la ligne s’écrit \\n)";
  if (what.find("control character U+0009") != std::string::npos)
    return "tabulation non échappée dans une chaîne (écrivez \\t ou une espace)";
  if (what.find("control character") != std::string::npos)
    return "caractère de contrôle " + between(what, "control character ", " ") +
           " non échappé dans une chaîne : supprimez-le";
  if (what.find("surrogate") != std::string::npos)
    return "séquence \\u invalide (demi-paire de substitution UTF-16 isolée)";
  if (what.find("must be followed by 4 hex digits") != std::string::npos)
    return "séquence \\u incomplète : quatre chiffres hexadécimaux sont attendus (par exemple \\u00e9 pour é)";
  if (what.find("invalid string: forbidden character after backslash") != std::string::npos)
    return "échappement invalide après « \\ » dans une chaîne (écrivez \\\\ pour une barre oblique inverse)";
  if (what.find("missing closing quote") != std::string::npos)
    return "chaîne non terminée : guillemet fermant manquant";
  if (what.find("unexpected end of input") != std::string::npos || what.find("unexpected end of") != std::string::npos)
    detail = "fin du fichier inattendue";
  else if (what.find("invalid literal") != std::string::npos && token.rfind("'", 0) == 0)
    return "apostrophe simple ' : les textes et les clés JSON s’écrivent entre guillemets droits \"…\"";
  else if (what.find("invalid literal") != std::string::npos && token.rfind("\xEF\xBB\xBF", 0) == 0)
    return "marque d’ordre des octets (BOM, U+FEFF) en trop : une seule est permise, au tout début du fichier";
  else if (what.find("invalid literal") != std::string::npos && token.empty())  // token_at() refused it
    return "le fichier n’est pas en UTF-8 valide (enregistrez-le en UTF-8)";
  else if (what.find("invalid literal") != std::string::npos && static_cast<unsigned char>(token[0]) < 0x20)
    return "caractère de contrôle " + text::code_point_name(static_cast<unsigned char>(token[0])) +
           " hors d’une chaîne : supprimez-le";
  else if (what.find("invalid literal") != std::string::npos && token.rfind("/", 0) == 0)
    return "commentaire interdit : le JSON n’accepte pas les commentaires (// ou /* … */), supprimez-le";
  else if (what.find("invalid literal") != std::string::npos)
    detail = (token.empty() ? "mot" : "mot « " + token + " »") +
             " non reconnu (un texte doit être entre guillemets droits \"…\" ; true, false et null s’écrivent en "
             "minuscules)";
  else if (what.find("invalid number") != std::string::npos)
    return "nombre « " + token + " » mal écrit (" +
           (what.find("after '.'") != std::string::npos        ? "un chiffre est attendu après le point"
            : what.find("after exponent") != std::string::npos ? "un chiffre est attendu après l’exposant"
                                                               : "un chiffre est attendu après le signe moins") +
           ")";
  else if (what.find("empty input") != std::string::npos)
    return "fichier vide : un objet JSON { … } est attendu";
  else if (what.find("unexpected number literal") != std::string::npos && leading_zero(token))
    return "nombre « " + token + " » commençant par 0 : si c’est un identifiant, écrivez-le entre guillemets (\"" +
           token + "\")";
  else if (!token.empty())
    detail = "« " + token + " » inattendu";
  else
    detail = "syntaxe invalide";
  const std::string expected = lexer ? "" : between(what, "; expected ", "\x01");
  const bool after_value = (expected == "'}'" && what.find("while parsing object -") != std::string::npos) ||
                           (expected == "']'" && what.find("while parsing array -") != std::string::npos);
  if (after_value)  // nlohmann names only the closing bracket, but a comma fits too
    detail += " ; attendu : « , » ou " + french_token(expected);
  else if (!expected.empty())
    detail += " ; attendu : " + french_token(expected);
  if (after_value && what.find("unexpected end of input") == std::string::npos) detail += " (virgule manquante ?)";
  if (previous == ',' && (token == "}" || token == "]")) detail += " (virgule en trop avant « " + token + " » ?)";
  return detail;
}

bool literal_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' || c == '_';
}

// Where the faulty token starts, so the column points at what people must fix.
// nlohmann's offset `end` is 1-based, just past the character where it stopped.
std::size_t error_start(std::string_view text, std::size_t end, const std::string& what) {
  const bool lexer = what.find("last read:") != std::string::npos;
  if (end == 0) return 0;
  if (end > text.size()) {  // stopped at the end of the file
    if (!lexer || text.empty()) return text.size();
    end = text.size();  // inside an unfinished token: find where it starts
  }
  std::size_t start = end - 1;
  if (what.find("missing closing quote") != std::string::npos) {
    while (start > 0 && text[start] != '"') --start;               // the opening quote
  } else if (what.find("invalid literal") != std::string::npos) {  // a misspelt true/false/null, or a stray byte
    while (start > 0 && text[start - 1] >= 'a' && text[start - 1] <= 'z') --start;
  } else if (what.find("invalid number") != std::string::npos) {
    while (start > 0 && literal_char(text[start - 1])) --start;
  } else if (!lexer && text[start] == '"') {  // an unexpected string: point at its opening quote
    while (start > 0) {
      --start;
      if (text[start] == '"' && (start == 0 || text[start - 1] != '\\')) break;
    }
  } else if (!lexer) {
    while (start > 0 && literal_char(text[start]) && literal_char(text[start - 1])) --start;
  }
  return start;
}

// The token at `start`, for the message (valid UTF-8, shortened).
std::string token_at(std::string_view text, std::size_t start, std::size_t end) {
  if (start >= text.size() || end <= start) return "";
  auto continuation = [&](std::size_t i) {
    return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  };
  while (continuation(end)) ++end;  // a character nlohmann stopped in the middle of
  std::size_t length = std::min<std::size_t>(end - start, 40);
  while (length < end - start && continuation(start + length)) --length;
  std::string token(text.substr(start, length));
  if (length < end - start) token += "…";
  return text::is_valid_utf8(token) ? token : "";
}

// Offset of `token` outside any string (nlohmann does not give the position of a number overflow).
std::size_t find_outside_strings(std::string_view text, std::string_view token) {
  bool in_string = false;
  for (std::size_t i = 0; !token.empty() && i < text.size(); ++i) {
    if (in_string) {
      if (text[i] == '\\')
        ++i;
      else if (text[i] == '"')
        in_string = false;
    } else if (text[i] == '"') {
      in_string = true;
    } else if (text.compare(i, token.size(), token) == 0) {
      return i;
    }
  }
  return 0;
}

}  // namespace

std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80 && !(i == 0 && c == 0xEF)) {
      ++column;
    }
  }
  return {line, column};
}

PlacedMessage parse_error_text(std::string_view text, const nlohmann::json::parse_error& e) {
  const std::string what = std::string(e.what()) + "\x01";
  const bool at_end = what.find("unexpected end of input") != std::string::npos;
  const std::size_t end = static_cast<std::size_t>(e.byte);
  const std::size_t start = at_end ? text.size() : error_start(text, end, what);
  std::string token = token_at(text, start, std::max(end - 1, start + 1));
  if (what.find("invalid literal") != std::string::npos) {  // show the whole word: equipe, “MARTIN”
    std::size_t word_end = std::max(end - 1, start + 1);
    while (word_end < text.size() && (std::isalnum(static_cast<unsigned char>(text[word_end])) ||
                                      static_cast<unsigned char>(text[word_end]) >= 0x80))
      ++word_end;
    token = token_at(text, start, word_end);
  } else if (!at_end && what.find("last read:") == std::string::npos)
    token = token_at(text, start, end);
  std::size_t before = std::min(start, text.size());
  while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1]))) --before;
  const auto [line, column] = position_of(text, start);
  return {line, column, "JSON mal formé : " + french_parse_message(what, token, before > 0 ? text[before - 1] : '\0')};
}

PlacedMessage number_overflow_text(std::string_view text, const nlohmann::json::out_of_range& e) {
  const std::string number = between(e.what(), "parsing '", "'");
  const auto [line, column] = position_of(text, find_outside_strings(text, number));
  const std::string shown = number.size() > 40 ? number.substr(0, 37) + "…" : number;  // ASCII digits
  return {line, column, "JSON mal formé : nombre « " + shown + " » trop grand"};
}

}  // namespace siofill::json
