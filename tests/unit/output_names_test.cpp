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
  CHECK(sanitise_component(std::string(300, 'e')).size() == 180);
  CHECK(sanitise_component("王伟") == "王伟");
}

TEST_CASE("bad name templates are refused with a reason") {
  CHECK(check_name_template(kDefaultNameTemplate) == std::nullopt);
  CHECK(check_name_template("/tmp/{form}.{ext}")->find("chemin absolu") != std::string::npos);
  CHECK(check_name_template("../{form}.{ext}")->find("« .. »") != std::string::npos);
  CHECK(check_name_template("{nmo}_{form}.{ext}")->find("vouliez-vous dire « nom » ?") != std::string::npos);
  CHECK(check_name_template("{nom}.{ext}")->find("{form} et {ext}") != std::string::npos);
}
