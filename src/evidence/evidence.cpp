#include "evidence/evidence.hpp"

namespace siofill {

std::string_view cadre_name(Cadre c) {
  switch (c) {
    case Cadre::Formation:
      return "formation";
    case Cadre::Stage1:
      return "stage-1";
    case Cadre::Stage2:
      return "stage-2";
  }
  return "formation";
}

std::optional<Cadre> parse_cadre(std::string_view s) {
  if (s == "formation") return Cadre::Formation;
  if (s == "stage-1") return Cadre::Stage1;
  if (s == "stage-2") return Cadre::Stage2;
  return std::nullopt;
}

}  // namespace siofill
