#include <catch2/catch.hpp>

#include "output/output_names.hpp"

using namespace siofill::output;

TEST_CASE("default output names") {
  const NameFields f{"02412345678", "MARTIN", "Léa", "SISR", "2026", "grille-b1", "pdf"};
  CHECK(render_output_name(kDefaultNameTemplate, f) == "02412345678_MARTIN_Léa_grille-b1.pdf");
  CHECK(render_output_name("{session}/{option}/{nom}-{form}.{ext}", f) == "2026/SISR/MARTIN-grille-b1.pdf");
}

TEST_CASE("names never leave the output directory nor break on Windows") {
  NameFields f{"../../etc", "/root", "a\\b:c*?\"<>|", "SISR", "2026", "grille-b1", "pdf"};
  const std::string name = render_output_name(kDefaultNameTemplate, f);
  CHECK(name.find('/') == std::string::npos);
  CHECK(name.find("..") == std::string::npos);
  CHECK(name == "etc_-root_a-b_c_______grille-b1.pdf");
  CHECK(sanitise_component("..") == "_");
  CHECK(sanitise_component("CON") == "_CON");
  CHECK(sanitise_component("com1.pdf") == "_com1.pdf");
  CHECK(sanitise_component("Jean Pierre") == "Jean-Pierre");
  CHECK(sanitise_component(std::string("a\x01") + "b") == "a_b");
  CHECK(sanitise_component(std::string(300, 'e')).size() == kMaxComponentBytes);
  CHECK(sanitise_component("L\u00e9a\u202Efdp.exe") == "L\u00e9afdp.exe");  // bidi override removed
  CHECK(sanitise_component("\u200B") == "_");                               // nothing visible left
  CHECK(sanitise_component("王伟") == "王伟");
}

TEST_CASE("bad name templates are refused with a reason") {
  CHECK(check_name_template(kDefaultNameTemplate) == std::nullopt);
  CHECK(check_name_template("/tmp/{form}.{ext}")->find("chemin absolu") != std::string::npos);
  CHECK(check_name_template("../{form}.{ext}")->find("« .. »") != std::string::npos);
  CHECK(check_name_template("{nmo}_{form}.{ext}")->find("vouliez-vous dire « nom » ?") != std::string::npos);
  CHECK(check_name_template("{nom}.{ext}")->find("{form} et {ext}") != std::string::npos);
}

TEST_CASE("long values are shortened, never the form or the extension") {
  const std::string nom(200, 'N');
  for (const char* form : {"grille-b1", "fiche-realisation"})
    for (const char* ext : {"pdf", "xlsx"}) {
      const NameFields f{"02412345678", nom, std::string(200, 'P'), "SISR", "2026", form, ext};
      const std::string name = render_output_name(kDefaultNameTemplate, f);
      CHECK(name.size() <= kMaxComponentBytes);
      CHECK(name.ends_with(std::string("_") + form + "." + ext));
      CHECK(name.starts_with("02412345678_NNNN"));
    }
  // Every file of a student starts the same way, whatever its form and format.
  const NameFields a{"1", nom, "Léa", "SISR", "2026", "grille-b1", "pdf"};
  const NameFields b{"1", nom, "Léa", "SISR", "2026", "fiche-realisation", "xlsx"};
  const std::string na = render_output_name(kDefaultNameTemplate, a), nb = render_output_name(kDefaultNameTemplate, b);
  CHECK(na.substr(0, na.size() - std::string("grille-b1.pdf").size()) ==
        nb.substr(0, nb.size() - std::string("fiche-realisation.xlsx").size()));
  // Whole characters: a 4-byte emoji is never cut in the middle.
  std::string emoji;
  for (int i = 0; i < 100; ++i) emoji += "\U0001F642";
  const std::string ne =
      render_output_name(kDefaultNameTemplate, NameFields{"1", emoji, "x", "SISR", "2026", "grille-b1", "pdf"});
  CHECK(ne.size() <= kMaxComponentBytes);
  CHECK(ne.ends_with("_x_grille-b1.pdf"));
  CHECK((ne.size() - std::string("1__x_grille-b1.pdf").size()) % 4 == 0);
}

TEST_CASE("templates whose own text leaves no room are refused") {
  CHECK(check_name_template(std::string(150, 'a') + "_{form}.{ext}")->find("trop longs") != std::string::npos);
  CHECK(check_name_template(std::string(150, 'a') + "/{nom}_{form}.{ext}")->find("trop longs") != std::string::npos);
}

TEST_CASE("collisions are found with full Unicode case folding") {
  CHECK(collision_key("MEYER_\u00C9lodie.pdf") == collision_key("meyer_\u00e9lodie.pdf"));
  CHECK(collision_key("STRASSE.pdf") == collision_key("Stra\u00dfe.pdf"));
  CHECK(collision_key("E\u0301.pdf") == collision_key("\u00c9.pdf"));  // NFD and NFC
  CHECK(collision_key("a.pdf") != collision_key("b.pdf"));
}
