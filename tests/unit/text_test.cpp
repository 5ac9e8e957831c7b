#include <catch2/catch.hpp>

#include "text/did_you_mean.hpp"
#include "text/printable.hpp"
#include "text/utf8.hpp"

using namespace siofill::text;

TEST_CASE("fold ignores case, accents, apostrophes and punctuation") {
  CHECK(fold("L’Organisation.") == "l organisation");
  CHECK(fold("Développer  la présence\ten ligne***") == "developper la presence en ligne");
  CHECK(fold("ÉLOÏSE") == "eloise");
}

TEST_CASE("NFC normalisation composes decomposed accents") {
  const std::string decomposed =
      "Le\xCC\x81"
      "a";  // "Lé" written as e + combining acute
  CHECK(to_nfc(decomposed) ==
        "L\xC3\xA9"
        "a");
  CHECK(to_nfc("plain ascii") == "plain ascii");
}

TEST_CASE("NFC normalisation: text below U+0300 is kept, a combining mark after it still composes") {
  CHECK(to_nfc("Élodie Łukasz Ærøskøbing ǅ") == "Élodie Łukasz Ærøskøbing ǅ");
  CHECK(to_nfc("\xC3\xA9"
               "e\xCC\x81") == "\xC3\xA9\xC3\xA9");  // é, then e + combining acute
  CHECK(to_nfc("\xC5\x81"
               "A\xCC\x8A") == "\xC5\x81\xC3\x85");  // Ł, then A + combining ring: Å
  CHECK(to_nfc("\xE2\x84\xAB") == "\xC3\x85");       // U+212B ANGSTROM SIGN: Å
  CHECK(to_nfc("caf\xC3") == "caf\xC3");             // cut in the middle: left as is
  CHECK(to_nfc("\xC0\xAF") == "\xC0\xAF");           // overlong: left as is
  CHECK(to_nfc("l’été… « 12 € » – fin") == "l’été… « 12 € » – fin");
  CHECK(to_nfc("\xE2\x80\x80") == "\xE2\x80\x82");  // U+2000 EN QUAD is a singleton: U+2002
  CHECK(to_nfc("’"
               "a\xCC\x80") == "’\xC3\xA0");  // ’ then a + combining grave: à
}

TEST_CASE("UTF-8 validation and control characters") {
  CHECK(is_valid_utf8("Nguyễn Thị Thảo 王伟 🎓"));
  CHECK_FALSE(is_valid_utf8("\xC3("));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // encoded lone surrogate
  CHECK(first_forbidden_control("ligne 1\nligne 2\tfin") == std::nullopt);
  CHECK(first_forbidden_control("bip\x07") == char32_t{7});
  CHECK(first_forbidden_control("x\xC2\x85y") == char32_t{0x85});
  CHECK(code_point_name(7) == "U+0007");
}

TEST_CASE("display width counts columns, not bytes") {
  CHECK(display_width("Léa") == 3);
  CHECK(display_width("王伟") == 4);
  CHECK(code_points("Léa") == 3);
}

TEST_CASE("trim removes ASCII and no-break spaces at both ends only") {
  CHECK(trim("  a b \n") == "a b");
  CHECK(trim("\xC2\xA0x\xC2\xA0") == "x");
  CHECK(trim("   ").empty());
}

TEST_CASE("did-you-mean finds plausible typos and nothing else") {
  const std::vector<std::string> keys = {"intitule", "cadre", "organisation", "activites", "documents"};
  CHECK(did_you_mean("intitulé", keys) == "intitule");
  CHECK(did_you_mean("activities", keys) == "activites");
  CHECK(did_you_mean("organisaton", keys) == "organisation");
  CHECK(did_you_mean("zzzzzz", keys) == std::nullopt);
  CHECK(suggestion_suffix("cadr", keys) == " — vouliez-vous dire « cadre » ?");
  CHECK(edit_distance("été", "ete") == 2);
}

TEST_CASE("names are shown with control characters and bad bytes escaped") {
  CHECK(shown_name("\x1B[2J.json") == "\\x1B[2J.json");
  CHECK(shown_name("\xFF.json") == "\\xFF.json");
  CHECK(shown_name("a\nb\tc\rd\x7F") == "a\\nb\\tc\\rd\\x7F");
  CHECK(shown_name("x\xC2\x85y") == "x\\u0085y");          // C1 control (NEL)
  CHECK(shown_name("\xED\xA0\x80") == "\\xED\\xA0\\x80");  // an encoded surrogate is not UTF-8
  CHECK(shown_name("Élève C:\\notes 王.json") == "Élève C:\\notes 王.json");
  CHECK(printable("ligne 1\n\tligne 2 \x1B]0;t\x07") == "ligne 1\n\tligne 2 \\x1B]0;t\\x07");
}

TEST_CASE("valid_utf8_prefix stops at the first byte that is not UTF-8") {
  CHECK(valid_utf8_prefix("abc") == 3);
  CHECK(valid_utf8_prefix("é\xFFz") == 2);
  CHECK(valid_utf8_prefix("\xC3") == 0);
}
