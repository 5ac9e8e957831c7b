#pragma once
// File names of the outputs, built from a template such as the default
// "{numero}_{nom}_{prenom}_{form}.{ext}". Values are sanitised so a name can
// never leave the output directory or be refused by Windows or a USB key.
#include <cstddef>
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

// Longest path component we make, in bytes. File systems allow 255 (ext4,
// APFS; NTFS and exFAT count 255 UTF-16 units, never more than the UTF-8
// bytes): the rest is room for a collision suffix ("-2") and for the
// temporary name a file is written under (".NAME.tmp-XXXXXX", 12 bytes more).
inline constexpr std::size_t kMaxComponentBytes = 200;

// The relative path for these fields: components separated by '/' come only
// from the template itself; every component is sanitised. A component longer
// than kMaxComponentBytes is shortened in its variable parts ({nom}, {prenom},
// {numero}…, longest first, whole characters), never in {form}, {ext} or the
// template's own text, so the forms and formats of one student keep distinct
// names with their real extension.
std::string render_output_name(const std::string& tmpl, const NameFields& fields);

// One path component made safe: no '/', '\\', control characters, invisible
// or bidirectional format characters (text/invisible.hpp) or characters
// Windows refuses, no leading dots, no "." or "..", not a reserved device name
// (CON, NUL, COM1…), at most kMaxComponentBytes (cut on a character boundary:
// render_output_name never needs that cut).
std::string sanitise_component(const std::string& s);

// The key under which Windows and macOS file systems see a relative path:
// NFC, then full Unicode case folding ("MEYER_Élodie" and "meyer_élodie"
// give one key; so do "Straße" and "STRASSE"). Two outputs with the same key
// would overwrite each other once copied or unzipped there.
std::string collision_key(const std::string& path);

}  // namespace siofill::output
