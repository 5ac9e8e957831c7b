#include "evidence/evidence_loader.hpp"

#include <algorithm>
#include <map>

#include "diagnostics/error_budget.hpp"
#include "json/bounded_array.hpp"
#include "json/format_field.hpp"
#include "json/json_file.hpp"
#include "json/json_parse.hpp"
#include "json/json_pointer.hpp"
#include "json/object_view.hpp"
#include "text/did_you_mean.hpp"
#include "text/invisible.hpp"
#include "text/utf8.hpp"

namespace siofill {
namespace {

using json::Need;
using json::ObjectView;
using json::TextRules;
using Json = nlohmann::json;

constexpr std::string_view kFormat = "siofill-evidence/1";

class EvidenceReader {
 public:
  EvidenceReader(const Referentiel& ref, Reporter& report, const EvidenceLimits& limits)
      : ref_(ref), report_(report), limits_(limits), budget_(report, limits.max_errors) {}

  Evidence read(const Json& doc) {
    Evidence ev;
    ObjectView root(doc, "", report_, "fichier de preuves");
    root.allow_only({"$schema", "format", "candidat", "realisations", "lacunes", "fichier_sequences"});
    json::check_format_field(root, kFormat, report_);
    ev.sequences_file = root.text("fichier_sequences", Need::Optional, line(true, 1000)).value_or("");
    if (const Json* c = root.object("candidat", Need::Required)) ev.candidat = read_candidat(*c);
    if (const Json* a = root.array("realisations", Need::Required);
        a && json::within_limit(*a, "/realisations", limits_.max_realisations, "de réalisations", report_))
      json::for_each_element(*a, "/realisations", budget_, [&](const Json& j, const std::string& ptr) {
        ev.realisations.push_back(read_realisation(j, ptr));
      });
    if (const Json* a = root.array("lacunes", Need::Optional);
        a && json::within_limit(*a, "/lacunes", limits_.max_activites, "de lacunes", report_))
      json::for_each_element(*a, "/lacunes", budget_,
                             [&](const Json& j, const std::string& ptr) { ev.lacunes.push_back(read_lacune(j, ptr)); });
    check_unique_ids(ev);
    return ev;
  }

 private:
  TextRules line(bool allow_empty = true, std::size_t max = 500) const { return TextRules{allow_empty, false, max}; }
  TextRules prose() const { return TextRules{true, true, limits_.max_text}; }

  Candidat read_candidat(const Json& j) {
    Candidat c;
    ObjectView v(j, "/candidat", report_, "candidat");
    v.allow_only({"nom", "prenom", "numero", "option", "session", "centre", "portfolio"});
    c.nom = v.text("nom", Need::Required, line(false, 200)).value_or("");
    c.prenom = v.text("prenom", Need::Required, line(false, 200)).value_or("");
    if (const Json* n = v.find("numero"); n && n->is_number())
      report_.at("/candidat/numero", "le numéro de candidat doit être une chaîne entre guillemets (\"" + n->dump() +
                                         "\") : c’est un identifiant, ses zéros en tête comptent");
    else
      c.numero = v.text("numero", Need::Required, line(false, 40)).value_or("");
    refuse_invisible_identity("nom", c.nom);
    refuse_invisible_identity("prenom", c.prenom);
    refuse_invisible_identity("numero", c.numero);
    if (auto o = v.choice("option", Need::Required, {"SISR", "SLAM"})) {
      c.option = *parse_option(*o);
      option_known_ = true;
    }
    // 2020–2100 catches a mistyped year; which sessions the forms can be filled
    // for is the référentiel's business (its rules give the exam numbers).
    c.session = static_cast<int>(v.integer("session", Need::Required, 2020, 2100).value_or(0));
    if (c.session && !ref_.rules_for(c.session))
      report_.at("/candidat/session",
                 "session " + std::to_string(c.session) +
                     " : le référentiel ne dit pas quelles épreuves la jugent (sessions connues : " +
                     ref_.known_sessions() + ")");
    c.centre = v.text("centre", Need::Optional, line(true, 300)).value_or("");
    c.portfolio = v.text("portfolio", Need::Optional, line(true, 2000)).value_or("");
    option_ = c.option;
    return c;
  }

  // Identity fields name the student's files and stand in every message: a
  // value of only invisible characters looks empty, and a bidirectional
  // control reorders what follows it ("Léa\u202Efdp.exe" shows "Léaexe.pdf").
  void refuse_invisible_identity(const char* key, std::string& value) {
    if (value.empty()) return;
    const std::string pointer = std::string("/candidat/") + key;
    if (text::has_no_visible_character(value)) {
      report_.at(pointer,
                 "texte invisible : seulement des espaces ou des caractères sans largeur (comme U+200B) ; "
                 "une valeur lisible est attendue");
      value.clear();
    } else if (const auto c = text::first_bidi_control(value)) {
      report_.at(pointer, "caractère de contrôle bidirectionnel " + text::code_point_name(*c) +
                              " interdit ici : il inverse l’ordre d’affichage du texte qui suit (supprimez-le)");
      value.clear();
    }
  }

  std::optional<Date> read_date(ObjectView& v, std::string_view key) {
    const Json* d = v.find(key);
    if (!d || d->is_null()) return std::nullopt;
    if (d->is_string())
      if (auto date = parse_iso_date(d->get<std::string>())) return date;
    report_.at(v.pointer_to(key), "date attendue au format AAAA-MM-JJ (par exemple \"2025-05-12\"), reçu " +
                                      json::describe_value(*d) + impossible_date(*d));
    return std::nullopt;
  }

  // Why a date in the right format is refused: " : le mois 13 n’existe pas", " : le 29/02/2025 n’existe pas".
  static std::string impossible_date(const Json& d) {
    if (!d.is_string()) return "";
    const std::string& s = d.get_ref<const std::string&>();
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return "";
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (s[i] < '0' || s[i] > '9') return "";
    const int month = std::stoi(s.substr(5, 2));
    if (month < 1 || month > 12) return " : le mois " + s.substr(5, 2) + " n’existe pas";
    if (std::stoi(s.substr(0, 4)) < 1900) return " : année antérieure à 1900";
    return " : le " + s.substr(8, 2) + "/" + s.substr(5, 2) + "/" + s.substr(0, 4) + " n’existe pas";
  }

  std::vector<std::string> read_documents(ObjectView& v) {
    std::vector<std::string> out;
    const Json* a = v.array("documents", Need::Optional);
    if (!a) return out;
    const std::string ptr = v.pointer_to("documents");
    if (!json::within_limit(*a, ptr, limits_.max_documents, "de documents", report_)) return out;
    json::for_each_element(*a, ptr, budget_, [&](const Json& j, const std::string& element) {
      if (auto s = json::checked_text(j, element, report_, TextRules{false, true, limits_.max_text})) out.push_back(*s);
    });
    return out;
  }

  // "sequences": ["1.1-A1", …], ids of the section's plan; whether the plan
  // has them is settled once it is known (sequences/sequence_source.hpp).
  std::vector<std::string> read_sequence_ids(ObjectView& v, const std::optional<Cadre>& cadre) {
    std::vector<std::string> out;
    const Json* a = v.array("sequences", Need::Optional);
    if (!a) return out;
    const std::string ptr = v.pointer_to("sequences");
    if (cadre != Cadre::Formation) {
      report_.at(ptr,
                 "seule une réalisation en cours de formation (\"cadre\": \"formation\") cite des séquences "
                 "du plan de la section");
      return out;
    }
    if (!json::within_limit(*a, ptr, limits_.max_documents, "de séquences citées", report_)) return out;
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string ip = json::pointer_append(ptr, i);
      auto id = json::checked_text((*a)[i], ip, report_, line(false, 40));
      if (!id) continue;
      if (std::find(out.begin(), out.end(), *id) != out.end())
        report_.at(ip, "séquence « " + *id + " » déjà citée dans cette réalisation");
      else
        out.push_back(*id);
    }
    return out;
  }

  Realisation read_realisation(const Json& j, const std::string& ptr) {
    Realisation r;
    r.pointer = ptr;
    ObjectView v(j, ptr, report_, "réalisation");
    v.allow_only({"id", "intitule", "cadre", "organisation", "lieu", "debut", "fin", "modalite", "contribution",
                  "conditions", "ressources", "acces_productions", "documents", "activites", "sequences"});
    r.id = v.text("id", Need::Required, line(false, 40)).value_or("");
    if (auto c = v.choice("cadre", Need::Optional, {"formation", "stage-1", "stage-2"})) r.cadre = parse_cadre(*c);
    r.sequences = read_sequence_ids(v, r.cadre);
    // A réalisation citing sequences takes its default intitulé from the plan.
    r.intitule = v.text("intitule", r.sequences.empty() ? Need::Required : Need::Optional, prose()).value_or("");
    r.organisation = v.text("organisation", Need::Optional, line(true, 300)).value_or("");
    r.lieu = v.text("lieu", Need::Optional, line(true, 300)).value_or("");
    r.debut = read_date(v, "debut");
    r.fin = read_date(v, "fin");
    if (r.debut && r.fin && *r.fin < *r.debut)
      report_.at(v.pointer_to("fin"), "la fin (" + r.fin->iso() + ") précède le début (" + r.debut->iso() +
                                          ") : la période doit aller du début à la fin");
    if (auto m = v.choice("modalite", Need::Optional, {"seul", "equipe"}))
      r.modalite = *m == "seul" ? Modalite::Seul : Modalite::Equipe;
    r.contribution = v.text("contribution", Need::Optional, prose()).value_or("");
    r.conditions = v.text("conditions", Need::Optional, prose()).value_or("");
    r.ressources = v.text("ressources", Need::Optional, prose()).value_or("");
    r.acces_productions = v.text("acces_productions", Need::Optional, prose()).value_or("");
    r.documents = read_documents(v);
    // Citing sequences, the activities may all come from the plan.
    const std::string activites = v.pointer_to("activites");
    const Json* a = v.array("activites", r.sequences.empty() ? Need::Required : Need::Optional);
    if (a && json::within_limit(*a, activites, limits_.max_activites, "d’activités", report_)) {
      if ((activites_seen_ += a->size()) > limits_.max_activites_total && !total_reported_) {
        total_reported_ = true;
        report_.at(activites, "trop d’activités dans le fichier (au moins " + std::to_string(activites_seen_) +
                                  " ; au plus " + std::to_string(limits_.max_activites_total) +
                                  " pour toutes les réalisations ensemble)");
      } else if (!total_reported_) {
        json::for_each_element(*a, activites, budget_, [&](const Json& j, const std::string& ptr) {
          r.activites.push_back(read_activite(j, ptr));
        });
      }
    }
    return r;
  }

  // Resolves a compétence or sous-compétence code for the candidate's option;
  // reports and returns nullptr when it does not exist.
  const Competence* resolve_code(const std::string& code, const std::string& ptr) {
    if (const Competence* c = ref_.competence(code, option_)) return c;
    if (auto [c, s] = ref_.sous_competence(code, option_); c) return c;
    if (!option_known_) {
      // Without a valid option, B2 codes cannot be judged; say so only for codes unknown to both.
      const Option other = option_ == Option::SISR ? Option::SLAM : Option::SISR;
      if (ref_.competence(code, other) || ref_.sous_competence(code, other).first) return nullptr;
    } else if (auto other = ref_.other_option_having(code, option_)) {
      report_.at(ptr, "« " + code + " » appartient à l’option " + std::string(option_name(*other)) +
                          " ; le candidat est en option " + std::string(option_name(option_)));
      return nullptr;
    }
    report_.at(ptr, "code « " + code +
                        " » inconnu : une compétence (« B1.3 ») ou une sous-compétence (« B1.3.2 ») du "
                        "référentiel est attendue" +
                        known_range(code) + text::suggestion_suffix(code, ref_.codes_for(option_)));
    return nullptr;
  }

  // " (compétences du bloc B1 : B1.1 à B1.6)" for "B1.7", " (sous-compétences de B1.1 :
  // B1.1.1 à B1.1.6)" for "B1.1.9": the codes that exist next to a mistyped one.
  std::string known_range(const std::string& code) const {
    const auto dot = code.rfind('.');
    if (dot == std::string::npos) return "";
    const std::string parent = code.substr(0, dot);
    if (const Competence* c = ref_.competence(parent, option_); c && !c->sous_competences.empty())
      return " (sous-compétences de " + c->id + " : " + c->sous_competences.front().id + " à " +
             c->sous_competences.back().id + ")";
    if (const Bloc* b = ref_.bloc(parent, option_)) {
      const auto list = ref_.competences_of(*b, option_);
      if (!list.empty())
        return " (compétences du bloc " + b->id + " : " + list.front()->id + " à " + list.back()->id + ")";
    }
    return "";
  }

  Activite read_activite(const Json& j, const std::string& ptr) {
    Activite a;
    a.pointer = ptr;
    ObjectView v(j, ptr, report_, "activité");
    v.allow_only({"competence", "description", "indicateurs"});
    a.competence = v.text("competence", Need::Required, line(false, 40)).value_or("");
    a.description = v.text("description", Need::Optional, prose()).value_or("");
    const Competence* owner = a.competence.empty() ? nullptr : resolve_code(a.competence, v.pointer_to("competence"));
    if (const Json* list = v.array("indicateurs", Need::Optional)) {
      if (!json::within_limit(*list, v.pointer_to("indicateurs"), limits_.max_indicateurs, "d’indicateurs", report_))
        return a;
      for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string ip = json::pointer_append(v.pointer_to("indicateurs"), i);
        auto id = json::checked_text((*list)[i], ip, report_, line(false, 40));
        if (!id) continue;
        if (owner) check_indicateur(*id, *owner, ip);
        a.indicateurs.push_back(*id);
      }
    }
    return a;
  }

  void check_indicateur(const std::string& id, const Competence& owner, const std::string& ptr) {
    std::vector<std::string> ids;
    for (const Indicateur& i : owner.indicateurs) {
      if (i.id == id) return;
      ids.push_back(i.id);
    }
    if (ids.empty()) {
      report_.at(ptr, "indicateur « " + id + " » inconnu : le référentiel ne donne pas d’indicateurs pour " + owner.id);
      return;
    }
    const std::string range = " (indicateurs de " + owner.id + " : " + ids.front() + " à " + ids.back() + ")";
    for (const Bloc& b : ref_.blocs)
      for (const Competence& c : b.competences)
        for (const Indicateur& i : c.indicateurs)
          if (i.id == id && &c != &owner) {
            report_.at(ptr, "l’indicateur « " + id + " » appartient à " + c.id + ", pas à " + owner.id + range);
            return;
          }
    report_.at(ptr, "indicateur « " + id + " » inconnu" + range + text::suggestion_suffix(id, ids));
  }

  Lacune read_lacune(const Json& j, const std::string& ptr) {
    Lacune l;
    l.pointer = ptr;
    ObjectView v(j, ptr, report_, "lacune");
    v.allow_only({"competence", "note"});
    l.competence = v.text("competence", Need::Required, line(false, 40)).value_or("");
    if (!l.competence.empty()) resolve_code(l.competence, v.pointer_to("competence"));
    l.note = v.text("note", Need::Optional, prose()).value_or("");
    return l;
  }

  void check_unique_ids(const Evidence& ev) {
    std::map<std::string, std::string> seen;
    for (const Realisation& r : ev.realisations) {
      if (r.id.empty()) continue;
      auto [it, fresh] = seen.emplace(r.id, r.pointer);
      if (!fresh)
        report_.at(r.pointer + "/id", "identifiant de réalisation « " + r.id + " » déjà utilisé par " + it->second +
                                          " : chaque réalisation doit avoir son propre id");
    }
  }

  const Referentiel& ref_;
  Reporter& report_;
  const EvidenceLimits& limits_;
  Option option_ = Option::SISR;
  bool option_known_ = false;
  ErrorBudget budget_;
  std::size_t activites_seen_ = 0;
  bool total_reported_ = false;
};

}  // namespace

std::optional<Evidence> load_evidence(std::string_view json_text, const std::string& source, const Referentiel& ref,
                                      Diagnostics& diagnostics, const EvidenceLimits& limits,
                                      const SequenceSource& sequences) {
  Reporter report(source, diagnostics);
  const std::size_t before = report.count();
  json::Limits json_limits;
  json_limits.max_bytes = limits.max_file_bytes;
  std::optional<nlohmann::json> doc = json::parse(json_text, report, json_limits);
  if (!doc) return std::nullopt;
  EvidenceReader reader(ref, report, limits);
  Evidence ev = reader.read(*doc);
  if (report.count() != before) return std::nullopt;
  settle_sequences(ev, source, sequences, ref, diagnostics);
  if (report.count() != before) return std::nullopt;
  ev.source = source;
  return ev;
}

std::optional<Evidence> load_evidence_file(const std::string& path, const Referentiel& ref, Diagnostics& diagnostics,
                                           const EvidenceLimits& limits, const SequencePlan* sequences) {
  Reporter report(path, diagnostics);
  const auto text = json::read_input_file(path, report, limits.max_file_bytes);
  if (!text) return std::nullopt;
  return load_evidence(*text, path, ref, diagnostics, limits, SequenceSource{sequences, true});
}

}  // namespace siofill
