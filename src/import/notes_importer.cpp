#include "import/notes_importer.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "evidence/evidence_loader.hpp"
#include "import/activity_text.hpp"
#include "import/label_matcher.hpp"
#include "text/utf8.hpp"

namespace siofill::import {
namespace {

std::vector<std::string> words(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }


// « text », cut to about 70 characters for messages.
std::string quote(std::string_view text) {
  constexpr std::size_t kMax = 70;
  std::size_t points = 0, cut = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points == kMax) {
      cut = i;
      break;
    }
    ++points;
  }
  std::string shown(text.substr(0, cut));
  if (cut < text.size()) shown = text::trim(shown) + "…";
  return "« " + shown + " »";
}

std::string join(const std::vector<std::string>& items, std::string_view sep = ", ") {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

// The text without URLs, for looking for years and options in words only.
std::string without_urls(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find_first_of(" \t", i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    if (!(starts_with(word, "http://") || starts_with(word, "https://") || starts_with(word, "www.") ||
          word.find("://") != std::string_view::npos))
      out.append(word).push_back(' ');
    i = end + 1;
  }
  return out;
}

// "B1.1", "1.1.2 -", "B2.1.10:" at the start of a label line: a code written by the student.
std::optional<std::string> leading_code(const std::string& text, std::string& rest) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == 'B' || text[i] == 'b')) ++i;
  const std::size_t digits_start = i;
  int dots = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || (text[i] == '.' && i > digits_start))) {
    if (text[i] == '.') ++dots;
    ++i;
  }
  std::string code = text.substr(digits_start, i - digits_start);
  while (!code.empty() && code.back() == '.') {
    code.pop_back();
    --dots;
  }
  if (dots < 1 || dots > 2 || (i < text.size() && text[i] != ' ' && text[i] != ':' && text[i] != '-' && text[i] != '\t'))
    return std::nullopt;
  std::size_t j = i;
  while (j < text.size() && (text[j] == ' ' || text[j] == ':' || text[j] == '-' || text[j] == '\t')) ++j;
  rest = text.substr(j);
  return "B" + code;
}

enum class Kind { None, BlocHeader, Label, Continuation, Activity, ActivityContinuation, Gap, Ignored, Preamble };

struct LineState {
  Kind kind = Kind::None;
  const Label* label = nullptr;
  int activity = -1;
};

struct PendingActivity {
  int line = 0;
  const Label* label = nullptr;
  std::string text;
};

// What a line stands under: the label of the nearest recognised line above it.
struct Owner {
  const Label* label = nullptr;
  int activity = -1;       // when that line is an activity
  int ignored_line = 0;    // when it is a line that was ignored
  bool from_tree = false;  // found by indentation (else: the last label seen)
};

struct LabelRead {
  LabelMatch match;
  std::size_t extra_lines = 0;  // continuation lines joined to the label
  bool by_code = false;
};

class Importer {
 public:
  Importer(const Outline& outline, const Referentiel& ref, const ImportSettings& settings)
      : outline_(outline), ref_(ref), settings_(settings), state_(outline.lines.size()) {}

  ImportResult run() {
    choose_option();
    matcher_.emplace(ref_, result_.option);
    classify();
    // With nothing recognised at all, the "preamble" is the whole file: not a title but unreadable notes.
    if (!seen_structure_)
      for (std::size_t i = 0; i < lines().size(); ++i)
        if (state_[i].kind == Kind::Preamble) {
          std::erase_if(result_.notes, [&](const LineReport& r) { return r.line == lines()[i].number; });
          ignore(i, unplaced_message(i, Owner{}));
        }
    build();
    auto by_line = [](const LineReport& a, const LineReport& b) { return a.line < b.line; };
    std::stable_sort(result_.ignored.begin(), result_.ignored.end(), by_line);
    std::stable_sort(result_.notes.begin(), result_.notes.end(), by_line);
    return std::move(result_);
  }

 private:
  const std::vector<OutlineLine>& lines() const { return outline_.lines; }

  // --- option and session ------------------------------------------------

  void choose_option() {
    std::optional<Option> from_notes;
    int line = 0;
    std::string text;
    for (const OutlineLine& l : lines()) {
      if (bloc_header_number(l.text) != 2) continue;
      from_notes = option_named(l.text);
      if (!from_notes) {
        const std::string folded = text::fold(l.text);
        for (const Bloc& b : ref_.blocs)
          if (b.numero == 2 && b.option && folded.find(text::fold(b.intitule)) != std::string::npos) from_notes = b.option;
      }
      if (from_notes) {
        line = l.number;
        text = l.text;
        break;
      }
    }
    if (!from_notes) {
      // No bloc 2 header naming it: a line that names exactly one option ("… (SLAM)").
      std::set<Option> named;
      for (const OutlineLine& l : lines())
        if (auto o = option_named(without_urls(l.text)); o && !starts_with(l.text, "#")) {
          if (named.empty()) line = l.number, text = l.text;
          named.insert(*o);
        }
      if (named.size() == 1) from_notes = *named.begin();
    }
    if (settings_.candidat.option) {
      result_.option = *settings_.candidat.option;
      if (from_notes && *from_notes != result_.option)
        note(line, quote(text) + " désigne l’option " + std::string(option_name(*from_notes)) +
                       ", mais --option " + std::string(option_name(result_.option)) + " a été donnée : les lignes du bloc 2 de l’option " +
                       std::string(option_name(*from_notes)) + " ne seront pas reconnues");
      return;
    }
    if (from_notes) {
      result_.option = *from_notes;
      option_line_ = line;
      note(line, "option " + std::string(option_name(result_.option)) + " déduite de " + quote(text));
    } else {
      result_.option = Option::SISR;
    }
  }

  // The year of the session: "session 2026" if written, else the latest plausible year.
  std::pair<int, int> session_from_notes() const {
    int best = 0, best_line = 0;
    for (const OutlineLine& l : lines()) {
      const std::vector<std::string> w = words(text::fold(without_urls(l.text)));
      for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].size() != 4 || !all_digits(w[i])) continue;
        const int year = std::stoi(w[i]);
        if (year < 2020 || year > 2100) continue;
        if (i > 0 && w[i - 1] == "session") return {year, l.number};
        if (year > best) best = year, best_line = l.number;
      }
    }
    return {best, best_line};
  }

  // --- classification of the lines ---------------------------------------

  void classify() {
    for (std::size_t i = 0; i < lines().size(); ++i) {
      if (state_[i].kind != Kind::None) continue;  // a continuation already joined to a label
      const std::string& t = lines()[i].text;
      if (t.front() == '#') {
        read_activity(i);
      } else if (is_gap_marker(clean_activity_text(t))) {
        read_gap(i);
      } else if (auto n = bloc_header_number(t)) {
        read_bloc_header(i, *n);
      } else {
        read_text(i);
      }
    }
  }

  Owner owner_of(std::size_t i) const {
    for (int p = lines()[i].parent; p >= 0; p = lines()[static_cast<std::size_t>(p)].parent) {
      const LineState& s = state_[static_cast<std::size_t>(p)];
      if (s.kind == Kind::Label || s.kind == Kind::Continuation) return Owner{s.label, -1, 0, true};
      if (s.kind == Kind::Activity || s.kind == Kind::ActivityContinuation) return Owner{s.label, s.activity, 0, true};
      if (s.kind == Kind::Ignored) return Owner{nullptr, -1, lines()[static_cast<std::size_t>(p)].number, true};
      if (s.kind == Kind::BlocHeader) break;  // directly under the header: the last label of the section
    }
    return Owner{last_label_, -1, last_label_ ? 0 : last_ignored_line_, false};
  }

  void ignore(std::size_t i, std::string message) {
    state_[i].kind = Kind::Ignored;
    result_.ignored.push_back(LineReport{lines()[i].number, std::move(message)});
  }

  void note(int line, std::string message) { result_.notes.push_back(LineReport{line, std::move(message)}); }

  static std::string under_ignored(int line) {
    return "sous la ligne " + std::to_string(line) + ", elle-même ignorée";
  }

  void read_activity(std::size_t i) {
    const Owner o = owner_of(i);
    if (!o.label) {
      ignore(i, quote(lines()[i].text) + " : activité " +
                    (o.ignored_line ? under_ignored(o.ignored_line)
                                    : std::string("placée avant toute compétence (écrivez au-dessus la compétence ou "
                                                  "la sous-compétence qu’elle mobilise)")));
      return;
    }
    add_activity(i, o.label, clean_activity_text(lines()[i].text));
  }

  void add_activity(std::size_t i, const Label* label, std::string text) {
    state_[i] = LineState{Kind::Activity, label, static_cast<int>(activities_.size())};
    activities_.push_back(PendingActivity{lines()[i].number, label, std::move(text)});
    seen_structure_ = true;
  }

  void read_gap(std::size_t i) {
    const Owner o = owner_of(i);
    if (!o.label) {
      ignore(i, quote(lines()[i].text) + " : « à définir » ne se rapporte à aucune compétence (" +
                    (o.ignored_line ? under_ignored(o.ignored_line) : std::string("placé avant toute compétence")) + ")");
      return;
    }
    state_[i] = LineState{Kind::Gap, o.label, -1};
    if (std::none_of(lacunes_.begin(), lacunes_.end(), [&](const auto& l) { return l.first == o.label->id; }))
      lacunes_.emplace_back(o.label->id, clean_activity_text(lines()[i].text));
  }

  void read_bloc_header(std::size_t i, int number) {
    last_label_ = nullptr;
    last_ignored_line_ = 0;
    current_bloc_ = nullptr;
    unknown_section_line_ = 0;
    const OutlineLine& l = lines()[i];
    const Bloc* b = number > 0 ? ref_.bloc("B" + std::to_string(number), result_.option) : nullptr;
    if (!b) {
      std::vector<std::string> known;
      for (const Bloc& x : ref_.blocs)
        if (x.visible_to(result_.option)) known.push_back(std::to_string(x.numero));
      ignore(i, quote(l.text) + " : " +
                    (number > 0 ? "le référentiel n’a pas de bloc " + std::to_string(number)
                                : std::string("section sans numéro de bloc")) +
                    " (blocs : " + join(known) + ")");
      unknown_section_line_ = l.number;
      unknown_section_text_ = l.text;
      return;
    }
    state_[i].kind = Kind::BlocHeader;
    current_bloc_ = b;
    seen_structure_ = true;
  }

  // The text of line i joined with the continuation lines that may follow it.
  std::vector<std::string> label_texts(std::size_t i) const {
    std::vector<std::string> texts{clean_activity_text(lines()[i].text)};
    for (std::size_t j = i + 1; j < lines().size() && j <= i + 3; ++j) {
      const OutlineLine& l = lines()[j];
      if (l.number != lines()[j - 1].number + 1 || l.indent < lines()[i].indent) break;
      if (l.text.front() == '#' || has_bullet(l.text) || is_gap_marker(l.text) || bloc_header_number(l.text)) break;
      texts.push_back(texts.back() + " " + clean_activity_text(l.text));
    }
    return texts;
  }

  std::function<int(const Label&)> rank_for(const Owner& o) const {
    const Competence* owner_comp = o.label && o.from_tree ? o.label->competence : nullptr;
    const bool expect_sous = owner_comp != nullptr;
    const Bloc* bloc = current_bloc_;
    return [=](const Label& l) {
      int r = 0;
      if (bloc && l.bloc != bloc) r += 4;
      if (expect_sous == l.is_competence()) r += 2;
      if (owner_comp && l.competence != owner_comp) r += 1;
      return r;
    };
  }

  std::optional<LabelRead> read_label(std::size_t i, const Owner& o) const {
    const std::vector<std::string> texts = label_texts(i);
    const auto rank = rank_for(o);
    std::optional<LabelRead> best;
    for (std::size_t k = 0; k < texts.size(); ++k) {
      const std::string folded = fold_label(texts[k]);
      auto m = matcher_->closest(folded, typo_tolerance(text::code_points(folded)), {}, rank);
      if (m && (!best || m->distance < best->match.distance)) best = LabelRead{*m, k, false};
      if (best && best->match.distance == 0) break;
    }
    // "B1.1 Gérer le patrimoine": the code decides when the wording does not.
    std::string rest;
    if (auto code = leading_code(texts.front(), rest)) {
      if (const Label* l = matcher_->find(*code)) {
        if (!best || best->match.distance > 0) {
          const std::string folded = fold_label(rest);
          auto m = matcher_->closest(folded, typo_tolerance(text::code_points(folded)), {}, rank);
          if (m && m->label == l) return LabelRead{*m, 0, false};
          return LabelRead{LabelMatch{l, 0}, 0, true};
        }
      }
    }
    return best;
  }

  void accept_label(std::size_t i, const LabelRead& read, const Owner& o) {
    const Label* l = read.match.label;
    const OutlineLine& line = lines()[i];
    state_[i] = LineState{Kind::Label, l, -1};
    for (std::size_t k = 1; k <= read.extra_lines; ++k) state_[i + k] = LineState{Kind::Continuation, l, -1};
    const std::string what = (l->is_competence() ? "compétence " : "sous-compétence ") + l->id;
    if (read.by_code)
      note(line.number, quote(line.text) + " lu d’après son code : " + what + " « " + l->intitule + " »");
    else if (read.match.distance > 0)
      note(line.number, quote(line.text) + " lu comme " + what + " « " + l->intitule + " »");
    if (o.from_tree && o.label && !l->is_competence() && o.label->competence != l->competence)
      note(line.number, what + " placée sous " + o.label->competence->id + " : rattachée à " + l->competence->id +
                            " « " + l->competence->intitule + " », d’après son intitulé");
    if (current_bloc_ && l->bloc != current_bloc_)
      note(line.number, what + " appartient au bloc " + std::to_string(l->bloc->numero) +
                            ", mais se trouve dans la section du bloc " + std::to_string(current_bloc_->numero) +
                            " : lue d’après son intitulé");
    last_label_ = l;
    last_ignored_line_ = 0;
    seen_structure_ = true;
  }

  // The label the line starts with ("Planifer les activités du projet"), or that the line
  // is the start of ("Participer à la valorisation de l’image"), typos allowed: a suggestion.
  const Label* label_sharing_start(const std::string& folded) const {
    if (std::count(folded.begin(), folded.end(), ' ') < 2) return nullptr;  // three words at least
    const std::u32string typed = code_points_of(folded);
    const Label* best = nullptr;
    std::size_t best_distance = 0;
    for (const Label& l : matcher_->labels()) {
      const std::size_t common = std::min(typed.size(), l.points.size());
      const std::size_t limit = std::max<std::size_t>(2, common / 5);
      const std::size_t d = bounded_distance(std::u32string_view(typed).substr(0, common),
                                             std::u32string_view(l.points).substr(0, common), limit);
      if (d > limit) continue;
      if (!best || d < best_distance || (d == best_distance && l.points.size() > best->points.size())) {
        best = &l;
        best_distance = d;
      }
    }
    return best;
  }

  std::string unplaced_message(std::size_t i, const Owner& o) const {
    const std::string& t = lines()[i].text;
    std::string message = quote(clean_activity_text(t)) + " ne correspond à aucune compétence ";
    if (current_bloc_) {
      message += "du bloc " + std::to_string(current_bloc_->numero);
      if (current_bloc_->option) message += " (" + std::string(option_name(*current_bloc_->option)) + ")";
    } else {
      message += "du référentiel";
      if (unknown_section_line_)
        message += " (la section " + quote(unknown_section_text_) + " de la ligne " +
                   std::to_string(unknown_section_line_) + " n’est pas un bloc du référentiel)";
    }
    const std::string folded = fold_label(clean_activity_text(t));
    // Past a hundred unplaced lines, the file is not notes: suggestions would only cost time.
    if (++suggested_ > 100) return message;
    const Label* hint = nullptr;
    if (auto m = matcher_->closest(folded, suggestion_tolerance(text::code_points(folded)), {}, rank_for(o)))
      hint = m->label;
    else
      hint = label_sharing_start(folded);
    if (hint) message += " — vouliez-vous dire « " + hint->intitule + " » ?";
    return message;
  }

  void read_text(std::size_t i) {
    const OutlineLine& line = lines()[i];
    const Owner o = owner_of(i);
    // An activity continued on the next line, indented under it (unless the line is a label word for word).
    if (o.activity >= 0 && !has_bullet(line.text)) {
      if (auto read = read_label(i, o); read && read->match.distance == 0 && !read->by_code) {
        accept_label(i, *read, o);
        return;
      }
      PendingActivity& a = activities_[static_cast<std::size_t>(o.activity)];
      a.text += " " + clean_activity_text(line.text);
      state_[i] = LineState{Kind::ActivityContinuation, a.label, o.activity};
      return;
    }
    if (auto read = read_label(i, o)) {
      accept_label(i, *read, o);
      return;
    }
    // Under a sous-compétence (or a compétence that has none): an activity written without "#".
    if (o.from_tree && o.label && (!o.label->is_competence() || o.label->competence->sous_competences.empty())) {
      add_activity(i, o.label, clean_activity_text(line.text));
      return;
    }
    // A title or a source before the first bloc or compétence.
    if (!seen_structure_ && !o.label && !o.ignored_line && !has_bullet(line.text)) {
      state_[i].kind = Kind::Preamble;
      note(line.number, "préambule ignoré : " + quote(line.text));
      return;
    }
    ignore(i, unplaced_message(i, o));
    last_label_ = nullptr;
    last_ignored_line_ = line.number;
  }

  // --- building the evidence ---------------------------------------------

  struct Parsed {
    std::vector<std::string> organisations;  // display names, empty when the activity names none
    std::string description;
  };

  std::vector<Parsed> parse_activities() {
    std::map<std::string, int> count;               // folded name -> activities naming it
    std::map<std::string, std::string> display;     // folded name -> first spelling
    std::set<std::string> forced;
    for (const std::string& o : settings_.organisations) forced.insert(text::fold(o));
    std::vector<std::optional<TrailingGroup>> groups;
    for (const PendingActivity& a : activities_) {
      groups.push_back(trailing_group(a.text));
      if (!groups.back() || !groups.back()->all_names) continue;
      std::set<std::string> once;
      for (const std::string& n : groups.back()->names) {
        const std::string f = text::fold(n);
        if (once.insert(f).second) ++count[f];
        display.emplace(f, n);
      }
    }
    std::vector<Parsed> out;
    for (std::size_t i = 0; i < activities_.size(); ++i) {
      const auto& g = groups[i];
      Parsed p;
      p.description = activities_[i].text;
      bool organisation = false;
      if (g && g->all_names)
        for (const std::string& n : g->names) {
          const std::string f = text::fold(n);
          if (count[f] >= 2 || forced.count(f)) organisation = true;
        }
      if (organisation) {
        for (const std::string& n : g->names) {
          const std::string& name = display[text::fold(n)];
          if (std::find(p.organisations.begin(), p.organisations.end(), name) == p.organisations.end())
            p.organisations.push_back(name);
        }
        p.description = g->before;
        if (!g->urls.empty()) p.description += (p.description.empty() ? "(" : " (") + join(g->urls, " ") + ")";
      } else if (g && g->all_names) {
        note(activities_[i].line, "« (" + g->inside + ") » n’est cité qu’une fois : pas lu comme une organisation "
                                  "(activité rangée dans " + kToCompleteId + " ; --organisation « " +
                                      g->names.front() + " » l’y rattacherait)");
      }
      out.push_back(std::move(p));
    }
    return out;
  }

  static nlohmann::ordered_json activity_json(const PendingActivity& a, const std::string& description) {
    nlohmann::ordered_json j;
    j["competence"] = a.label->id;
    if (!description.empty()) j["description"] = description;
    return j;
  }

  void build() {
    const CandidatFields& c = settings_.candidat;
    nlohmann::ordered_json candidat;
    candidat["nom"] = c.nom.value_or("NOM");
    candidat["prenom"] = c.prenom.value_or("Prénom");
    candidat["numero"] = c.numero.value_or("00000000000");
    candidat["option"] = std::string(option_name(result_.option));
    const auto [year, year_line] = session_from_notes();
    const int session = c.session.value_or(year ? year : kDefaultSession);
    candidat["session"] = session;
    if (c.centre) candidat["centre"] = *c.centre;
    if (c.portfolio) candidat["portfolio"] = *c.portfolio;

    std::vector<std::string> todo;
    std::vector<std::string> placeholders;
    if (!c.nom) placeholders.push_back("/candidat/nom");
    if (!c.prenom) placeholders.push_back("/candidat/prenom");
    if (!c.numero) placeholders.push_back("/candidat/numero");
    if (!placeholders.empty())
      todo.push_back(join(placeholders) + (placeholders.size() > 1 ? " (valeurs provisoires)" : " (valeur provisoire)"));
    if (!c.option && !option_line_) todo.push_back("/candidat/option (SISR par défaut ; SLAM si c’est votre option)");
    if (!c.session)
      todo.push_back("/candidat/session (" + std::to_string(session) +
                     (year ? " lue à la ligne " + std::to_string(year_line) : std::string(" par défaut")) + ")");
    std::vector<std::string> optional;
    if (!c.centre) optional.push_back("/candidat/centre");
    if (!c.portfolio) optional.push_back("/candidat/portfolio");
    if (!optional.empty()) todo.push_back(join(optional) + " (facultatif" + (optional.size() > 1 ? "s" : "") + ")");
    if (!todo.empty()) result_.to_complete.push_back(join(todo));

    const std::vector<Parsed> parsed = parse_activities();
    // One réalisation per organisation, in order of first appearance, with its
    // activities in line order: one pass over the activities (searching the
    // list of organisations for each was quadratic: 20 000 took 8 s).
    std::vector<std::string> organisations;
    std::vector<std::vector<std::size_t>> members;  // activities of each organisation
    std::unordered_map<std::string, std::size_t> index;
    const std::size_t max_realisations = EvidenceLimits{}.max_realisations;
    for (std::size_t i = 0; i < parsed.size(); ++i)
      for (const std::string& o : parsed[i].organisations) {
        const auto [it, added] = index.emplace(o, organisations.size());
        if (added) {
          if (organisations.size() == max_realisations) {
            // Refused here, not after building a file the evidence reader refuses.
            result_.refused = LineReport{activities_[i].line,
                                         "trop d’organisations : « " + o + " » serait la " +
                                             std::to_string(max_realisations + 1) +
                                             "e réalisation ; un fichier de preuves en a au plus " +
                                             std::to_string(max_realisations) +
                                             " (une par organisation citée) : rien n’est écrit"};
            return;
          }
          organisations.push_back(o);
          members.emplace_back();
        }
        members[it->second].push_back(i);
      }

    nlohmann::ordered_json realisations = nlohmann::ordered_json::array();
    for (std::size_t k = 0; k < organisations.size(); ++k) {
      nlohmann::ordered_json r;
      r["id"] = "R" + std::to_string(k + 1);
      r["intitule"] = "Réalisations chez " + organisations[k];
      r["organisation"] = organisations[k];
      r["activites"] = nlohmann::ordered_json::array();
      for (std::size_t i : members[k]) r["activites"].push_back(activity_json(activities_[i], parsed[i].description));
      const std::string p = "/realisations/" + std::to_string(k);
      result_.to_complete.push_back(p + "/cadre (formation, stage-1 ou stage-2), " + p + "/debut, " + p +
                                    "/fin (AAAA-MM-JJ), " + p + "/modalite (seul ou equipe), " + p +
                                    "/intitule (provisoire : « " + r["intitule"].get<std::string>() + " »)");
      result_.realisations.push_back(r["id"].get<std::string>() + " " + organisations[k]);
      realisations.push_back(std::move(r));
    }
    nlohmann::ordered_json orphans = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < parsed.size(); ++i)
      if (parsed[i].organisations.empty()) orphans.push_back(activity_json(activities_[i], parsed[i].description));
    if (!orphans.empty()) {
      const std::string p = "/realisations/" + std::to_string(realisations.size());
      result_.to_complete.push_back(p + " (" + kToCompleteId + ") : " + std::to_string(orphans.size()) +
                                    (orphans.size() > 1 ? " activités sans organisation, à déplacer"
                                                        : " activité sans organisation, à déplacer") +
                                    " dans la bonne réalisation (ou donnez à celle-ci organisation, cadre, debut, fin, "
                                    "modalite et un intitulé)");
      nlohmann::ordered_json r;
      r["id"] = kToCompleteId;
      r["intitule"] = kToCompleteTitle;
      r["activites"] = std::move(orphans);
      result_.realisations.push_back(std::string(kToCompleteId));
      realisations.push_back(std::move(r));
    }

    nlohmann::ordered_json ev;
    ev["format"] = "siofill-evidence/1";
    ev["candidat"] = std::move(candidat);
    ev["realisations"] = std::move(realisations);
    if (!lacunes_.empty()) {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const auto& [code, text] : lacunes_) {
        nlohmann::ordered_json l;
        l["competence"] = code;
        l["note"] = text;
        list.push_back(std::move(l));
      }
      ev["lacunes"] = std::move(list);
    }
    result_.evidence = std::move(ev);
    result_.activities = activities_.size();
  }

  const Outline& outline_;
  const Referentiel& ref_;
  const ImportSettings& settings_;
  std::optional<LabelMatcher> matcher_;
  std::vector<LineState> state_;
  std::vector<PendingActivity> activities_;
  std::vector<std::pair<std::string, std::string>> lacunes_;  // code, note
  const Bloc* current_bloc_ = nullptr;
  int unknown_section_line_ = 0;
  std::string unknown_section_text_;
  const Label* last_label_ = nullptr;
  int last_ignored_line_ = 0;
  bool seen_structure_ = false;
  int option_line_ = 0;
  mutable std::size_t suggested_ = 0;
  ImportResult result_;
};

}  // namespace

std::optional<int> bloc_header_number(std::string_view text) {
  const std::vector<std::string> w = words(text::fold(text));
  if (w.empty() || !starts_with(w[0], "bloc")) return std::nullopt;
  const std::string tail = w[0].substr(4);
  if (!tail.empty()) {
    if (all_digits(tail) && tail.size() <= 3) return std::stoi(tail);
    return std::nullopt;  // "blocage", "bloquer"…
  }
  static const std::set<std::string> filler = {"de", "des", "du", "competences", "competence", "n", "no", "numero", "num"};
  std::size_t i = 1;
  while (i < w.size() && filler.count(w[i])) ++i;
  if (i < w.size()) {
    std::string_view t = w[i];
    if (starts_with(t, "no") && all_digits(t.substr(2))) t.remove_prefix(2);
    else if (starts_with(t, "n") && all_digits(t.substr(1))) t.remove_prefix(1);
    if (all_digits(t) && t.size() <= 3) return std::stoi(std::string(t));
  }
  return 0;
}

std::optional<Option> option_named(std::string_view text) {
  const std::vector<std::string> w = words(text::fold(text));
  std::set<Option> found;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w[i] == "sisr") found.insert(Option::SISR);
    if (w[i] == "slam") found.insert(Option::SLAM);
    if (w[i] == "option" && i + 1 < w.size()) {
      if (w[i + 1] == "a") found.insert(Option::SISR);
      if (w[i + 1] == "b") found.insert(Option::SLAM);
    }
  }
  if (found.size() != 1) return std::nullopt;
  return *found.begin();
}

bool is_gap_marker(std::string_view text) {
  const std::string f = text::fold(text);
  if (f == "non" || f == "a definir" || f == "non defini" || f == "non definie") return true;
  if (starts_with(f, "non a definir") || starts_with(f, "a definir") || starts_with(f, "non a faire")) return true;
  return starts_with(f, "non ") && f.find("definir") != std::string::npos && f.size() < 40;
}

ImportResult import_notes(const Outline& outline, const Referentiel& ref, const ImportSettings& settings) {
  return Importer(outline, ref, settings).run();
}

}  // namespace siofill::import
