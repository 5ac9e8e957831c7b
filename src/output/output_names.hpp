#pragma once
// File names of the outputs, built from a template such as the default
// "{numero}_{nom}_{prenom}_{form}.{ext}". Values are sanitised so a name can
// never leave the output directory or be refused by Windows or a USB key.
#include <optional>
#include <string>
#include <vector>

namespace siofill::output {

inline constexpr const char* kDefaultNameTemplate = "{numero}_{nom}_{prenom}_{form}.{ext}";

struct NameFields {
  std::string numero, nom, prenom, option, session, form, ext;
};

// A French message when the template cannot be used (unknown {name}, absolute
// path, "..", no {ext}...), nullopt when it is fine.
std::optional<std::string> check_name_template(const std::string& tmpl);

// The relative path for these fields: components separated by '/' come only
// from the template itself; every component is sanitised.
std::string render_output_name(const std::string& tmpl, const NameFields& fields);

// One path component made safe: no '/', '\\', control characters or characters
// Windows refuses, no leading dots, no "." or "..", not a reserved device name
// (CON, NUL, COM1…), at most 180 bytes (cut on a character boundary).
std::string sanitise_component(const std::string& s);

}  // namespace siofill::output
