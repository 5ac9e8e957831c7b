#include "json/json_parse.hpp"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <vector>

#include "text/system_errors.hpp"
#include "text/utf8.hpp"

namespace siofill::json {
namespace {

using nlohmann::json;

struct TooDeep {
  std::string pointer;
};

// Tracks where the parser is, so a duplicate key can be named by its pointer.
class PathTracker {
 public:
  PathTracker(Reporter& report, const Limits& limits) : report_(report), limits_(limits) {}

  // One call per parser event; a value's text is only looked at for its length
  // (no copy of it: copying every string of the référentiel twice showed in a
  // `siofill fill` profile).
  void on_container_start(int depth, bool object) {
    if (static_cast<std::size_t>(depth) >= limits_.max_depth) throw TooDeep{current_pointer()};
    frames_.push_back(Frame{object, {}, {}, 0});
  }
  void on_key(const std::string& key) {
    Frame& f = frames_.back();
    f.key = key;
    if (!f.keys.insert(f.key).second && ++duplicates_ <= kMaxDuplicatesReported)
      report_.at(current_pointer(), "clé « " + shown_key(f.key) +
                                        " » présente deux fois dans le même objet ; une seule "
                                        "valeur serait gardée, supprimez l’autre");
  }
  void on_container_end() {
    frames_.pop_back();
    advance();
  }
  void on_value(const std::string* text) {
    if (text && text->size() > limits_.max_string_bytes)
      report_.at(current_pointer(), "texte trop long (" + std::to_string(text->size()) + " octets ; au plus " +
                                        std::to_string(limits_.max_string_bytes) + ")");
    advance();
  }

  // One line for the duplicates past the first ones (a file of 100 000 copies of one key).
  void report_remaining() {
    if (duplicates_ > kMaxDuplicatesReported)
      report_.at("", "et " + std::to_string(duplicates_ - kMaxDuplicatesReported) +
                         " autres clés présentes deux fois (non détaillées)");
  }

 private:
  static constexpr std::size_t kMaxDuplicatesReported = 20;

  // A key quoted in a message: at most 40 characters, control characters escaped.
  static std::string shown_key(const std::string& key) {
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < key.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(key[i]);
      if ((c & 0xC0) != 0x80 && ++n > 40) return out + "…";
      if (c < 0x20 || c == 0x7F)
        out += text::code_point_name(c);
      else
        out.push_back(key[i]);
    }
    return out;
  }

  struct Frame {
    bool object;
    std::set<std::string> keys;
    std::string key;
    std::size_t index;
  };

  void advance() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
  }

  std::string current_pointer() const {
    std::string p;
    for (const Frame& f : frames_) p = f.object ? pointer_append(p, f.key) : pointer_append(p, f.index);
    return p;
  }

  Reporter& report_;
  const Limits& limits_;
  std::vector<Frame> frames_;
  std::size_t duplicates_ = 0;
};

// Feeds PathTracker the events of nlohmann's callback parser while building the
// document with its plain DOM builder. The callback parser itself rescans the
// parent container after every object it closes: quadratic, so an 8 MB evidence
// file of "{}, {}, …" took half an hour (80 000 of them: 1.5 s). This is linear.
class TrackingSax : public json::json_sax_t {
 public:
  TrackingSax(json& result, PathTracker& tracker) : dom_(result, true), tracker_(tracker) {}

  bool null() override { return dom_.null() && value(); }
  bool boolean(bool v) override { return dom_.boolean(v) && value(); }
  bool number_integer(number_integer_t v) override { return dom_.number_integer(v) && value(); }
  bool number_unsigned(number_unsigned_t v) override { return dom_.number_unsigned(v) && value(); }
  bool number_float(number_float_t v, const string_t& s) override { return dom_.number_float(v, s) && value(); }
  bool string(string_t& v) override {
    tracker_.on_value(&v);  // before the DOM builder moves it away
    return dom_.string(v);
  }
  bool binary(binary_t& v) override { return dom_.binary(v) && value(); }
  bool start_object(std::size_t n) override {
    tracker_.on_container_start(depth_++, true);  // may throw TooDeep
    return dom_.start_object(n);
  }
  bool key(string_t& k) override {
    tracker_.on_key(k);
    return dom_.key(k);
  }
  bool end_object() override {
    --depth_;
    tracker_.on_container_end();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) override {
    tracker_.on_container_start(depth_++, false);
    return dom_.start_array(n);
  }
  bool end_array() override {
    --depth_;
    tracker_.on_container_end();
    return dom_.end_array();
  }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    // Thrown with its own type, as json::parse does (the interface only gives the base class).
    if (const auto* e = dynamic_cast<const json::parse_error*>(&ex)) throw *e;
    if (const auto* e = dynamic_cast<const json::out_of_range*>(&ex)) throw *e;
    return dom_.parse_error(position, last_token, ex);
  }

 private:
  bool value() {
    tracker_.on_value(nullptr);
    return true;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  PathTracker& tracker_;
  int depth_ = 0;
};

// Line and column (in characters) of the 0-based byte offset.
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
  if (what.find("ill-formed UTF-8") != std::string::npos ||
      what.find("invalid UTF-8") != std::string::npos)
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
  if (what.find("unexpected end of input") != std::string::npos ||
      what.find("unexpected end of") != std::string::npos)
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
  if (after_value && what.find("unexpected end of input") == std::string::npos)
    detail += " (virgule manquante ?)";
  if (previous == ',' && (token == "}" || token == "]"))
    detail += " (virgule en trop avant « " + token + " » ?)";
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
    while (start > 0 && text[start] != '"') --start;  // the opening quote
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

bool only_white_space(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string pointer_append(const std::string& pointer, std::string_view key) {
  std::string out = pointer + "/";
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)  // shown in messages: never a raw control character
      out += "\\u00" + std::string(1, "0123456789abcdef"[(c >> 4) & 0xF]) + "0123456789abcdef"[c & 0xF];
    else
      out += c;
  }
  return out;
}

std::string pointer_append(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

std::optional<json> parse(std::string_view text, Reporter& report, const Limits& limits) {
  if (text.size() > limits.max_bytes) {
    report.at("", "fichier trop volumineux (" + std::to_string(text.size()) + " octets ; au plus " +
                      std::to_string(limits.max_bytes) + ")");
    return std::nullopt;
  }
  const bool utf16 = text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF" ||
                     (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0'));
  if (utf16) {  // Windows' Notepad "Unicode", PowerShell's Out-File
    report.at_position(1, 1, "le fichier est en UTF-16 (ou UTF-32) : enregistrez-le en UTF-8");
    return std::nullopt;
  }
  if (text.find('\0') != std::string_view::npos) {
    const auto [line, column] = position_of(text, text.find('\0'));
    report.at_position(line, column, "octet nul dans le fichier : ce n’est pas un fichier texte JSON");
    return std::nullopt;
  }
  if (only_white_space(text)) {
    report.at("", "fichier vide : un objet JSON { … } est attendu");
    return std::nullopt;
  }
  PathTracker tracker(report, limits);
  try {
    json value;
    TrackingSax sax(value, tracker);
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, /*strict=*/true,
                    /*ignore_comments=*/false);
    tracker.report_remaining();
    return value;
  } catch (const TooDeep& e) {
    report.at(e.pointer, "imbrication trop profonde (au plus " + std::to_string(limits.max_depth) +
                             " niveaux d’objets et de tableaux)");
  } catch (const json::parse_error& e) {
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
    }
    else if (!at_end && what.find("last read:") == std::string::npos) token = token_at(text, start, end);
    std::size_t before = std::min(start, text.size());
    while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1]))) --before;
    const auto [line, column] = position_of(text, start);
    report.at_position(line, column,
                       "JSON mal formé : " + french_parse_message(what, token, before > 0 ? text[before - 1] : '\0'));
  } catch (const json::out_of_range& e) {  // a number too large for a double: "1e400"
    const std::string number = between(e.what(), "parsing '", "'");
    const auto [line, column] = position_of(text, find_outside_strings(text, number));
    const std::string shown = number.size() > 40 ? number.substr(0, 37) + "…" : number;  // ASCII digits
    report.at_position(line, column, "JSON mal formé : nombre « " + shown + " » trop grand");
  } catch (const json::exception& e) {
    report.at("", std::string("JSON illisible : ") + e.what());
  }
  return std::nullopt;
}

std::optional<std::string> read_input_file(const std::string& path, Reporter& report,
                                           std::size_t max_bytes) {
  std::string data;
  if (path == "-") {
    std::istreambuf_iterator<char> it(std::cin), end;
    for (; it != end; ++it) {
      data.push_back(*it);
      if (data.size() > max_bytes) break;
    }
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      report.at("", "c’est un dossier, pas un fichier JSON");
      return std::nullopt;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      const int error = errno;
      std::error_code exists_ec;
      if (error == ENOENT || (!error && !std::filesystem::exists(path, exists_ec)))
        report.at("", "impossible d’ouvrir le fichier : il n’existe pas (vérifiez le nom et le dossier)");
      else if (error == EACCES)
        report.at("", "impossible d’ouvrir le fichier : droits de lecture manquants");
      else  // ENAMETOOLONG, ELOOP, ENOTDIR…: told in French too
        report.at("", "impossible d’ouvrir le fichier : " + text::system_error_text(error));
      return std::nullopt;
    }
    std::vector<char> buffer(64 * 1024);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
      data.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
      if (data.size() > max_bytes) break;
    }
    if (in.bad()) {
      report.at("", "lecture du fichier impossible (est-ce un dossier ?)");
      return std::nullopt;
    }
  }
  if (data.size() > max_bytes) {
    report.at("", "fichier trop volumineux (plus de " + std::to_string(max_bytes) + " octets)");
    return std::nullopt;
  }
  return data;
}

}  // namespace siofill::json
