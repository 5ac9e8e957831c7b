// The French text of each kind of nlohmann parse error, and the place it points
// at, taken straight from the exception nlohmann throws (json/parse_error_text).
#include <string>

#include <catch2/catch.hpp>

#include "json/parse_error_text.hpp"

using namespace siofill;

namespace {

// Parses `text` with nlohmann (strict, no comments) and tells its error in French.
json::PlacedMessage told(const std::string& text) {
  try {
    const nlohmann::json accepted = nlohmann::json::parse(text);
    FAIL("nlohmann accepted: " << accepted.dump());
  } catch (const nlohmann::json::parse_error& e) {
    return json::parse_error_text(text, e);
  } catch (const nlohmann::json::out_of_range& e) {
    return json::number_overflow_text(text, e);
  }
  return {};
}

std::string at(const json::PlacedMessage& m) {
  return std::to_string(m.line) + ":" + std::to_string(m.column) + " " + m.message;
}

}  // namespace

TEST_CASE("parse errors: syntax errors name what was expected") {
  CHECK(at(told("{\n  \"a\": 1\n  \"b\": 2\n}")) ==
        "3:3 JSON mal formé : « \"b\" » inattendu ; attendu : « , » ou « } » (virgule manquante ?)");
  CHECK(at(told("[1, 2\n 3]")) ==
        "2:2 JSON mal formé : « 3 » inattendu ; attendu : « , » ou « ] » (virgule manquante ?)");
  CHECK(at(told("{\"a\": 1,\n}")) ==
        "2:1 JSON mal formé : « } » inattendu ; attendu : une chaîne entre guillemets (virgule en trop avant « } » ?)");
  CHECK(at(told("[1,\n]")) ==
        "2:1 JSON mal formé : « ] » inattendu ; attendu : une valeur (virgule en trop avant « ] » ?)");
  CHECK(at(told("{\"a\" 1}")) == "1:6 JSON mal formé : « 1 » inattendu ; attendu : « : »");
  CHECK(at(told("{\"a\": {{}}")) == "1:8 JSON mal formé : « { » inattendu ; attendu : une chaîne entre guillemets");
}

TEST_CASE("parse errors: an unfinished file") {
  CHECK(at(told("{\"a\": 1")) == "1:8 JSON mal formé : fin du fichier inattendue ; attendu : « , » ou « } »");
  CHECK(at(told("{\"a\": \"b")) == "1:7 JSON mal formé : chaîne non terminée : guillemet fermant manquant");
}

TEST_CASE("parse errors: strings") {
  CHECK(
      at(told("{\"a\": \"b\nc\"}")) ==
      "1:9 JSON mal formé : retour à la ligne dans une chaîne : guillemet fermant manquant en fin de ligne ? (dans un "
      "texte, un retour à la ligne s’écrit \\n)");
  CHECK(told("{\"a\": \"b\tc\"}").message ==
        "JSON mal formé : tabulation non échappée dans une chaîne (écrivez \\t ou une espace)");
  CHECK(told("{\"a\": \"b\x07\"}").message ==
        "JSON mal formé : caractère de contrôle U+0007 non échappé dans une chaîne : supprimez-le");
  CHECK(told("{\"a\": \"\\ud800\"}").message ==
        "JSON mal formé : séquence \\u invalide (demi-paire de substitution UTF-16 isolée)");
  CHECK(told("{\"a\": \"\\u00\"}").message ==
        "JSON mal formé : séquence \\u incomplète : quatre chiffres hexadécimaux sont attendus (par exemple \\u00e9 "
        "pour é)");
  CHECK(told("{\"a\": \"\\q\"}").message ==
        "JSON mal formé : échappement invalide après « \\ » dans une chaîne (écrivez \\\\ pour une barre oblique "
        "inverse)");
  CHECK(told("{\"a\": \"\xC3\x28\"}").message ==
        "JSON mal formé : le fichier n’est pas en UTF-8 valide (enregistrez-le en UTF-8)");
}

TEST_CASE("parse errors: words that are not JSON") {
  CHECK(at(told("{'a': 1}")) ==
        "1:2 JSON mal formé : apostrophe simple ' : les textes et les clés JSON s’écrivent entre guillemets droits "
        "\"…\"");
  CHECK(at(told("{\n// note\n\"a\": 1}")) ==
        "2:1 JSON mal formé : commentaire interdit : le JSON n’accepte pas les commentaires (// ou /* … */), "
        "supprimez-le");
  CHECK(at(told("{\"a\": True}")) ==
        "1:7 JSON mal formé : mot « True » non reconnu (un texte doit être entre guillemets droits \"…\" ; true, false "
        "et "
        "null s’écrivent en minuscules)");
  CHECK(told("{\"a\": \xE2\x80\x9CMARTIN\xE2\x80\x9D}").message ==
        "JSON mal formé : mot « “MARTIN” » non reconnu (un texte doit être entre guillemets droits \"…\" ; true, false "
        "et "
        "null s’écrivent en minuscules)");
  CHECK(told("{\"a\": \x01}").message ==
        "JSON mal formé : caractère de contrôle U+0001 hors d’une chaîne : supprimez-le");
  CHECK(told("\xEF\xBB\xBF\xEF\xBB\xBF{}").message ==
        "JSON mal formé : marque d’ordre des octets (BOM, U+FEFF) en trop : une seule est permise, au tout début du "
        "fichier");
}

TEST_CASE("parse errors: numbers") {
  CHECK(at(told("{\"numero\": 0241}")) ==
        "1:12 JSON mal formé : nombre « 0241 » commençant par 0 : si c’est un identifiant, écrivez-le entre guillemets "
        "(\"0241\")");
  CHECK(told("[1.]").message == "JSON mal formé : nombre « 1. » mal écrit (un chiffre est attendu après le point)");
  CHECK(told("[1e]").message == "JSON mal formé : nombre « 1e » mal écrit (un chiffre est attendu après l’exposant)");
  CHECK(told("[-]").message == "JSON mal formé : nombre « - » mal écrit (un chiffre est attendu après le signe moins)");
  CHECK(at(told("{\"s\": \"1e400\",\n \"n\": 1e400}")) == "2:7 JSON mal formé : nombre « 1e400 » trop grand");
}

TEST_CASE("parse errors: positions count characters, not bytes, and skip the BOM") {
  CHECK(json::position_of("\xEF\xBB\xBF{", 3) == std::pair<int, int>{1, 1});
  CHECK(json::position_of("é\nàb", 5) == std::pair<int, int>{2, 2});
}
