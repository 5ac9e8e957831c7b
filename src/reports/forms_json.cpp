#include "reports/forms_json.hpp"

#include "forms/form_spec.hpp"

namespace siofill {

nlohmann::json forms_json() {
  nlohmann::json list = nlohmann::json::array();
  for (const forms::FormSpec& f : forms::builtin_forms())
    list.push_back({{"id", f.id}, {"bloc", f.bloc}, {"description", f.description}});
  return list;
}

}  // namespace siofill
