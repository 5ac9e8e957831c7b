#include "import/competence_mapping.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "import/activity_text.hpp"
#include "import/label_matcher.hpp"
#include "import/message_quotes.hpp"
#include "import/note_lines.hpp"
#include "text/utf8.hpp"

namespace siofill::import {
namespace {

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

// Reads the lines in order, each against the labels of the référentiel and the lines above it.
class LineMapper {
 public:
  LineMapper(const Outline& outline, const Referentiel& ref, const ImportSettings& settings)
      : outline_(outline), ref_(ref), settings_(settings), state_(outline.lines.size()) {}

  MappedNotes run() {
    choose_option();
    matcher_.emplace(ref_, mapped_.option);
    classify();
    // With nothing recognised at all, the "preamble" is the whole file: not a title but unreadable notes.
    if (!seen_structure_)
      for (std::size_t i = 0; i < lines().size(); ++i)
        if (state_[i].kind == Kind::Preamble) {
          std::erase_if(mapped_.notes, [&](const LineReport& r) { return r.line == lines()[i].number; });
          ignore(i, unplaced_message(i, Owner{}));
        }
    for (PendingActivity& a : activities_)
      mapped_.activities.push_back(MappedActivity{a.line, a.label->id, std::move(a.text)});
    return std::move(mapped_);
  }

 private:
  const std::vector<OutlineLine>& lines() const { return outline_.lines; }

  // --- option -----------------------------------------------------------

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
          if (b.numero == 2 && b.option && folded.find(text::fold(b.intitule)) != std::string::npos)
            from_notes = b.option;
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
      mapped_.option = *settings_.candidat.option;
      if (from_notes && *from_notes != mapped_.option)
        note(line, quote(text) + " désigne l’option " + std::string(option_name(*from_notes)) + ", mais --option " +
                       std::string(option_name(mapped_.option)) + " a été donnée : les lignes du bloc 2 de l’option " +
                       std::string(option_name(*from_notes)) + " ne seront pas reconnues");
      return;
    }
    if (from_notes) {
      mapped_.option = *from_notes;
      mapped_.option_line = line;
      note(line, "option " + std::string(option_name(mapped_.option)) + " déduite de " + quote(text));
    } else {
      mapped_.option = Option::SISR;
    }
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
    mapped_.ignored.push_back(LineReport{lines()[i].number, std::move(message)});
  }

  void note(int line, std::string message) { mapped_.notes.push_back(LineReport{line, std::move(message)}); }

  static std::string under_ignored(int line) { return "sous la ligne " + std::to_string(line) + ", elle-même ignorée"; }

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
                    (o.ignored_line ? under_ignored(o.ignored_line) : std::string("placé avant toute compétence")) +
                    ")");
      return;
    }
    state_[i] = LineState{Kind::Gap, o.label, -1};
    if (std::none_of(mapped_.lacunes.begin(), mapped_.lacunes.end(),
                     [&](const Lacune& l) { return l.competence == o.label->id; }))
      mapped_.lacunes.push_back(Lacune{o.label->id, clean_activity_text(lines()[i].text), {}});
  }

  void read_bloc_header(std::size_t i, int number) {
    last_label_ = nullptr;
    last_ignored_line_ = 0;
    current_bloc_ = nullptr;
    unknown_section_line_ = 0;
    const OutlineLine& l = lines()[i];
    const Bloc* b = number > 0 ? ref_.bloc("B" + std::to_string(number), mapped_.option) : nullptr;
    if (!b) {
      std::vector<std::string> known;
      for (const Bloc& x : ref_.blocs)
        if (x.visible_to(mapped_.option)) known.push_back(std::to_string(x.numero));
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

  const Outline& outline_;
  const Referentiel& ref_;
  const ImportSettings& settings_;
  std::optional<LabelMatcher> matcher_;
  std::vector<LineState> state_;
  std::vector<PendingActivity> activities_;
  const Bloc* current_bloc_ = nullptr;
  int unknown_section_line_ = 0;
  std::string unknown_section_text_;
  const Label* last_label_ = nullptr;
  int last_ignored_line_ = 0;
  bool seen_structure_ = false;
  mutable std::size_t suggested_ = 0;
  MappedNotes mapped_;
};

}  // namespace

MappedNotes map_notes(const Outline& outline, const Referentiel& ref, const ImportSettings& settings) {
  return LineMapper(outline, ref, settings).run();
}

}  // namespace siofill::import
