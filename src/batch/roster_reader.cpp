#include "batch/roster_reader.hpp"

#include <algorithm>
#include <filesystem>

#include "text/did_you_mean.hpp"
#include "text/utf8.hpp"

namespace siofill::batch {
namespace {

// More columns than this is not a roster (the file's 64 MiB could otherwise
// hold 30 million empty fields: gigabytes of strings, millions of messages).
constexpr std::size_t kMaxColumns = 1024;
// Unknown header columns told one by one; the others are counted.
constexpr std::size_t kMaxUnknownColumns = 20;

struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;  // the first kMaxColumns fields
  std::size_t columns = 0;          // all of them
};

// RFC 4180 with the separator guessed from the header line.
class CsvParser {
 public:
  CsvParser(std::string_view text, char sep) : text_(text), sep_(sep) {}

  std::optional<CsvRecord> next(Reporter& report) {
    if (pos_ >= text_.size()) return std::nullopt;
    CsvRecord rec;
    rec.line = line_;
    std::string field;
    bool quoted = false, was_quoted = false;
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (quoted) {
        if (c == '"') {
          if (pos_ < text_.size() && text_[pos_] == '"') {
            field += '"';
            ++pos_;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') ++line_;
          field += c;
        }
      } else if (c == '"' && field.empty() && !was_quoted) {
        quoted = was_quoted = true;
      } else if (c == sep_) {
        if (++rec.columns <= kMaxColumns) rec.fields.push_back(std::move(field));
        field.clear();
        was_quoted = false;
      } else if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') {
        continue;
      } else if (c == '\n' || c == '\r') {  // a lone CR ends a line too (old Mac "CSV (Macintosh)")
        ++line_;
        break;
      } else {
        field += c;
      }
    }
    if (quoted) report.at_position(rec.line, 1, "guillemet ouvrant sans guillemet fermant dans cette ligne");
    if (++rec.columns <= kMaxColumns) rec.fields.push_back(std::move(field));
    return rec;
  }

 private:
  std::string_view text_;
  char sep_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

// "sequences" (optional): the plan of teaching sequences the student's réalisations cite.
const std::vector<std::string> kColumns = {"numero", "nom", "prenom", "option", "evidence", "sequences"};

constexpr std::size_t kMaxRows = 100000;
constexpr std::size_t kMaxField = 4096;  // a name or a path; more is not a roster

// A field quoted in a message: control characters named, at most 40 characters.
std::string shown(const std::string& field) {
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < field.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(field[i]);
    if ((c & 0xC0) != 0x80 && ++n > 40) return out + "…";
    if (c < 0x20 || c == 0x7F)
      out += text::code_point_name(c);
    else
      out.push_back(field[i]);
  }
  return out;
}

// Names and paths end up in messages on a terminal and in file names: a control
// character (an escape sequence, a line break inside quotes) is refused.
std::string control_character_in(const CsvRecord& r, const CsvRecord& header) {
  for (std::size_t i = 0; i < r.fields.size(); ++i) {
    const std::string f = text::trim(r.fields[i]);
    if (f.size() > kMaxField)
      return "champ de " + std::to_string(f.size()) + " octets dans la colonne " + std::to_string(i + 1) +
             " : ligne ignorée (au plus " + std::to_string(kMaxField) + " octets par champ)";
    std::optional<char32_t> c = text::first_forbidden_control(f);
    if (!c && f.find_first_of("\t\n") != std::string::npos) c = static_cast<unsigned char>(f[f.find_first_of("\t\n")]);
    if (!c) continue;
    const std::string column = i < header.fields.size() && !text::trim(header.fields[i]).empty()
                                   ? "colonne « " + shown(header.fields[i]) + " »"
                                   : "colonne " + std::to_string(i + 1);
    return "caractère de contrôle " + text::code_point_name(*c) + " dans la " + column +
           " : ligne ignorée (supprimez ce caractère)";
  }
  return "";
}

bool blank(const CsvRecord& r) {
  return std::all_of(r.fields.begin(), r.fields.end(), [](const std::string& f) { return text::trim(f).empty(); });
}

}  // namespace

std::vector<RosterRow> read_roster(std::string_view text, const std::string& base_dir, Reporter& report) {
  std::vector<RosterRow> rows;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    // UTF-16 (Excel's "Texte Unicode") is full of NUL bytes; so is a binary file.
    report.at_position(
        static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n')) + 1, 1,
        "octet nul dans le fichier : ce n’est pas une liste CSV en UTF-8 (UTF-16 ? dans Excel : "
        "« Enregistrer sous » → « CSV UTF-8 »)");
    return rows;
  }
  if (const std::size_t valid = text::valid_utf8_prefix(text); valid < text.size()) {
    // Where the first bad byte is: line, and column in characters.
    const std::size_t line_start = text.rfind('\n', valid == 0 ? 0 : valid - 1);
    const std::size_t from = line_start == std::string_view::npos || valid == 0 ? 0 : line_start + 1;
    const auto line = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(from), '\n') + 1;
    const auto column = text::code_points(text.substr(from, valid - from)) + 1;
    report.at_position(static_cast<int>(line), static_cast<int>(column),
                       "le fichier n’est pas en UTF-8 (dans Excel : « Enregistrer sous » → « CSV UTF-8 »)");
    return rows;
  }
  const std::string_view first_line = text.substr(0, text.find('\n'));
  const char sep =
      std::count(first_line.begin(), first_line.end(), ';') >= std::count(first_line.begin(), first_line.end(), ',')
          ? ';'
          : ',';
  CsvParser parser(text, sep);
  std::optional<CsvRecord> header = parser.next(report);
  while (header && blank(*header)) header = parser.next(report);
  if (!header) {
    report.at("", "liste de classe vide : une ligne d’en-tête numero;nom;prenom;option;evidence est attendue");
    return rows;
  }
  if (header->columns > kMaxColumns) {
    report.at_position(header->line, 1,
                       "ligne d’en-tête de " + std::to_string(header->columns) + " colonnes (au plus " +
                           std::to_string(kMaxColumns) +
                           ") : ce n’est pas une liste de classe numero;nom;prenom;option;evidence");
    return rows;
  }
  // Columns are found by name (any order, any case, accents ignored).
  std::vector<int> index(kColumns.size(), -1);
  std::size_t unknown = 0;
  for (std::size_t i = 0; i < header->fields.size(); ++i) {
    const std::string name = text::fold(header->fields[i]);
    bool known = false;
    for (std::size_t k = 0; k < kColumns.size(); ++k)
      if (name == kColumns[k] || (kColumns[k] == "numero" && name == "n candidat")) {
        index[k] = static_cast<int>(i);
        known = true;
      }
    if (!known && !name.empty() && ++unknown <= kMaxUnknownColumns)
      report.at_position(header->line, static_cast<int>(i) + 1,
                         "colonne « " + shown(header->fields[i]) + " » inconnue, ignorée" +
                             text::suggestion_suffix(header->fields[i], kColumns));
  }
  if (unknown > kMaxUnknownColumns)
    report.at_position(header->line, 1,
                       "et " + std::to_string(unknown - kMaxUnknownColumns) + " autres colonnes inconnues, ignorées");
  if (index[4] < 0) {
    report.at_position(header->line, 1,
                       "colonne « evidence » absente : elle donne le fichier de preuves de chaque "
                       "étudiant (en-tête attendu : numero;nom;prenom;option;evidence)");
    return rows;
  }
  while (std::optional<CsvRecord> rec = parser.next(report)) {
    if (blank(*rec)) continue;
    if (rows.size() >= kMaxRows) {
      report.at_position(rec->line, 1,
                         "liste de classe trop longue : au plus " + std::to_string(kMaxRows) +
                             " étudiants ; découpez-la en plusieurs listes");
      rows.clear();  // refused whole: a cut list would look complete
      break;
    }
    if (rec->columns > kMaxColumns) {
      report.at_position(rec->line, 1,
                         "ligne de " + std::to_string(rec->columns) + " colonnes : ligne ignorée (au plus " +
                             std::to_string(kMaxColumns) + ")");
      continue;
    }
    if (const std::string problem = control_character_in(*rec, *header); !problem.empty()) {
      report.at_position(rec->line, 1, problem);
      continue;
    }
    auto field = [&](std::size_t k) -> std::string {
      const int i = index[k];
      return i >= 0 && static_cast<std::size_t>(i) < rec->fields.size() ? text::to_nfc(text::trim(rec->fields[i])) : "";
    };
    RosterRow row;
    row.line = rec->line;
    row.numero = field(0);
    row.nom = field(1);
    row.prenom = field(2);
    row.option = field(3);
    const std::string evidence = field(4);
    if (evidence.empty()) {
      report.at_position(rec->line, index[4] + 1, "fichier de preuves (colonne « evidence ») vide pour cet étudiant");
      continue;
    }
    std::filesystem::path p(evidence);
    row.evidence = p.is_absolute() ? p.string() : (std::filesystem::path(base_dir) / p).lexically_normal().string();
    if (const std::string plan = field(5); !plan.empty()) {
      const std::filesystem::path q(plan);
      row.sequences = q.is_absolute() ? q.string() : (std::filesystem::path(base_dir) / q).lexically_normal().string();
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace siofill::batch
