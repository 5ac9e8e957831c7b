#include "json/format_field.hpp"

#include <string>

namespace siofill::json {

void check_format_field(const ObjectView& root, std::string_view expected, Reporter& report) {
  if (!root.ok()) return;
  const nlohmann::json* f = root.find("format");
  const std::string quoted = "\"" + std::string(expected) + "\"";
  if (!f) {
    report.at("/", "champ obligatoire « format » absent (attendu : " + quoted + ")");
    return;
  }
  if (!f->is_string() || f->get<std::string>() != expected)
    report.at("/format", "format non pris en charge : attendu " + quoted + ", reçu " + describe_value(*f));
}

}  // namespace siofill::json
