// siofill_compile_builtins DIR — run by the build: reads the built-in
// référentiel (referentiel/bts-sio-2019.json) and forms (forms/*.json) with the
// loaders every --referentiel file and every form goes through, so the build
// stops on any error they report, then writes them as C++ data
// (DIR/compiled_referentiel.cpp, DIR/compiled_forms.cpp): functions that build
// the same Referentiel and FormSpecs without reading JSON. Parsing and checking
// that JSON was about a third of the CPU of a `siofill fill`, paid by every
// process (référentiel 47 KB; forms 1.7 M instructions).
//
// Designated initialisers name each field: a field added to referentiel.hpp or
// form_spec.hpp and forgotten here is caught by the unit tests comparing both
// (the compiled data equals what the loaders read).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "forms/form_spec.hpp"
#include "referentiel/referentiel_loader.hpp"

namespace {

using namespace siofill;

// A C++ string literal; octal escapes for every byte outside printable ASCII
// (three digits at most, so no following character can extend them).
std::string lit(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7F && c != '?') {  // '?': no trigraph can form
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

std::string option(const std::optional<Option>& o) {
  if (!o) return "std::nullopt";
  return *o == Option::SISR ? "Option::SISR" : "Option::SLAM";
}

std::string number(const std::optional<int>& n) { return n ? std::to_string(*n) : "std::nullopt"; }

std::string texts(const std::vector<std::string>& v) {
  std::string out = "{";
  for (const std::string& s : v) out += lit(s) + ", ";
  return out + "}";
}

void write(std::ostream& o, const Referentiel& r) {
  o << "Referentiel{.id = " << lit(r.id) << ", .intitule = " << lit(r.intitule) << ",\n.blocs = {\n";
  for (const Bloc& b : r.blocs) {
    o << "Bloc{.id = " << lit(b.id) << ", .numero = " << b.numero << ", .intitule = " << lit(b.intitule)
      << ", .option = " << option(b.option) << ",\n.capacites_transversales = {";
    for (const CapaciteTransversale& c : b.capacites_transversales)
      o << "{.id = " << lit(c.id) << ", .intitule = " << lit(c.intitule) << "}, ";
    o << "},\n.competences = {\n";
    for (const Competence& c : b.competences) {
      o << "Competence{.id = " << lit(c.id) << ", .intitule = " << lit(c.intitule) << ", .option = " << option(c.option)
        << ",\n.sous_competences = {\n";
      for (const SousCompetence& s : c.sous_competences)
        o << "{.id = " << lit(s.id) << ", .intitule = " << lit(s.intitule) << ", .definition = " << lit(s.definition)
          << ", .objectif = " << lit(s.objectif) << ", .exemples = {.stage = " << lit(s.exemples.stage)
          << ", .ap = " << lit(s.exemples.ap) << ", .perso = " << lit(s.exemples.perso) << "}},\n";
      o << "},\n.indicateurs = {";
      for (const Indicateur& i : c.indicateurs) o << "{.id = " << lit(i.id) << ", .texte = " << lit(i.texte) << "}, ";
      o << "},\n.savoirs = {.technologiques = " << texts(c.savoirs.technologiques)
        << ", .economiques_juridiques_manageriaux = " << texts(c.savoirs.economiques_juridiques_manageriaux) << "}},\n";
    }
    o << "}},\n";
  }
  o << "},\n.regles = {\n";
  for (const SessionRules& s : r.regles) {
    o << "SessionRules{.sessions = {.de = " << number(s.sessions.de) << ", .a = " << number(s.sessions.a)
      << "}, .source = " << lit(s.source) << ",\n.epreuves = {\n";
    for (const auto& [bloc, e] : s.epreuves) {
      o << "{" << lit(bloc) << ", EpreuveRule{.numero = " << lit(e.numero) << ", .intitule = " << lit(e.intitule)
        << ", .intitule_par_option = {";
      for (const auto& [opt, text] : e.intitule_par_option) o << "{" << option(opt) << ", " << lit(text) << "}, ";
      o << "}}},\n";
    }
    o << "},\n.annexes = {";
    for (const auto& [form, label] : s.annexes) o << "{" << lit(form) << ", " << lit(label) << "}, ";
    o << "}},\n";
  }
  o << "}}";
}

std::string form_type(forms::FormType t) {
  switch (t) {
    case forms::FormType::Grille:
      return "FormType::Grille";
    case forms::FormType::Synthese:
      return "FormType::Synthese";
    case forms::FormType::Fiche:
      return "FormType::Fiche";
    case forms::FormType::Dossier:
      break;
  }
  return "FormType::Dossier";
}

std::string cadre(Cadre c) {
  switch (c) {
    case Cadre::Formation:
      return "Cadre::Formation";
    case Cadre::Stage1:
      return "Cadre::Stage1";
    case Cadre::Stage2:
      break;
  }
  return "Cadre::Stage2";
}

// Shortest text that reads back as the same double.
std::string real(double v) {
  char buf[40];
  for (int digits = 1; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

void write(std::ostream& o, const forms::FormSpec& f) {
  o << "FormSpec{.id = " << lit(f.id) << ", .description = " << lit(f.description) << ", .type = " << form_type(f.type)
    << ", .bloc = " << lit(f.bloc) << ",\n.orientation = "
    << (f.orientation == forms::PageOrientation::Portrait ? "PageOrientation::Portrait" : "PageOrientation::Landscape")
    << ", .doc_titre = " << lit(f.doc_titre) << ", .doc_sujet = " << lit(f.doc_sujet) << ", .titre = " << lit(f.titre)
    << ",\n.sous_titre = " << lit(f.sous_titre) << ", .pied = " << lit(f.pied) << ", .signet = " << lit(f.signet)
    << ", .partie = " << lit(f.partie) << ",\n.identite = {";
  for (const forms::IdentityField& i : f.identite)
    o << "{.libelle = " << lit(i.libelle) << ", .valeur = " << lit(i.valeur) << ", .cases = " << texts(i.cases)
      << "}, ";
  o << "},\n.colonnes = {";
  for (double c : f.colonnes) o << real(c) << ", ";
  o << "},\n.libelles = {";
  for (const auto& [key, text] : f.libelles) o << "{" << lit(key) << ", " << lit(text) << "},\n";
  o << "},\n.rubriques = {";
  for (const Rubrique& r : f.rubriques)
    o << "{.cadre = " << cadre(r.cadre) << ", .intitule = " << lit(r.intitule) << ", .capacite = " << r.capacite
      << "}, ";
  o << "}}";
}

// Writes `text` to `path` through a temporary file: an interrupted build never
// leaves half a source file that the next build would compile.
bool write_file(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::cerr << "siofill_compile_builtins : écriture impossible : " << path << "\n";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "utilisation : siofill_compile_builtins DOSSIER\n";
    return 2;
  }
  const std::string dir = argv[1];
  try {
    // No compiled data is linked here: both come from their JSON.
    const Referentiel& r = default_referentiel();
    std::ostringstream o;
    o << "// Generated by siofill_compile_builtins from referentiel/bts-sio-2019.json: do not edit.\n"
         "#include \"referentiel/referentiel.hpp\"\n\n"
         "namespace siofill {\n\n"
         "const Referentiel* compiled_builtin_referentiel() {\n"
         "  static const Referentiel r = ";
    write(o, r);
    o << ";\n  return &r;\n}\n\n}  // namespace siofill\n";
    std::ostringstream f;
    f << "// Generated by siofill_compile_builtins from forms/*.json: do not edit.\n"
         "#include \"forms/form_spec.hpp\"\n\n"
         "namespace siofill::forms {\n\n"
         "const std::vector<FormSpec>* compiled_builtin_forms() {\n"
         "  static const std::vector<FormSpec> forms = {\n";
    for (const forms::FormSpec& spec : forms::builtin_forms()) {
      write(f, spec);
      f << ",\n";
    }
    f << "};\n  return &forms;\n}\n\n}  // namespace siofill::forms\n";
    if (!write_file(dir + "/compiled_referentiel.cpp", o.str()) || !write_file(dir + "/compiled_forms.cpp", f.str()))
      return 2;
  } catch (const std::exception& e) {  // an embedded file is invalid: the build stops here
    std::cerr << "siofill_compile_builtins : " << e.what() << "\n";
    return 2;
  }
  return 0;
}
