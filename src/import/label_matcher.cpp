#include "import/label_matcher.hpp"

#include <algorithm>
#include <limits>

#include "text/utf8.hpp"

namespace siofill::import {

std::string fold_label(std::string_view text) {
  std::string folded = text::fold(text);
  for (std::string_view annotation : {" slam", " sisr"}) {
    if (folded.size() > annotation.size() &&
        std::string_view(folded).substr(folded.size() - annotation.size()) == annotation) {
      folded.resize(folded.size() - annotation.size());
      if (folded.size() > 7 && std::string_view(folded).substr(folded.size() - 7) == " option")
        folded.resize(folded.size() - 7);
      break;
    }
  }
  return folded;
}

std::u32string code_points_of(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + len > s.size()) len = 1;
    char32_t cp = len == 1 ? c : static_cast<char32_t>(c & (0x7F >> len));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::size_t bounded_distance(std::u32string_view a, std::u32string_view b, std::size_t limit) {
  const std::size_t over = limit + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return over;
  if (a.empty() || b.empty()) return std::min(std::max(a.size(), b.size()), over);
  // Row i of the table, only columns j with |i - j| <= limit; the rest counts as "over".
  std::vector<std::size_t> prev(b.size() + 1, over), row(b.size() + 1, over);
  for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t lo = i > limit ? i - limit : 0, hi = std::min(b.size(), i + limit);
    std::fill(row.begin(), row.end(), over);
    if (lo == 0) row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = std::max<std::size_t>(lo, 1); j <= hi; ++j) {
      const std::size_t d = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      row[j] = std::min(d, over);
      best = std::min(best, row[j]);
    }
    if (best > limit) return over;
    std::swap(prev, row);
  }
  return std::min(prev[b.size()], over);
}

std::size_t typo_tolerance(std::size_t folded_length) { return std::max<std::size_t>(2, folded_length / 10); }

std::size_t suggestion_tolerance(std::size_t folded_length) { return std::max<std::size_t>(2, folded_length / 3); }

LabelMatcher::LabelMatcher(const Referentiel& ref, Option option) {
  for (const Bloc& b : ref.blocs) {
    if (!b.visible_to(option)) continue;
    for (const Competence* c : ref.competences_of(b, option)) {
      labels_.push_back(Label{c->id, c->intitule, fold_label(c->intitule), {}, &b, c, nullptr});
      for (const SousCompetence& s : c->sous_competences)
        labels_.push_back(Label{s.id, s.intitule, fold_label(s.intitule), {}, &b, c, &s});
    }
  }
  for (std::size_t i = 0; i < labels_.size(); ++i) {
    labels_[i].points = code_points_of(labels_[i].folded);
    exact_.emplace(labels_[i].folded, i);
  }
}

const Label* LabelMatcher::find(std::string_view id) const {
  for (const Label& l : labels_)
    if (l.id == id) return &l;
  return nullptr;
}

std::optional<LabelMatch> LabelMatcher::closest(std::string_view folded, std::size_t max_distance,
                                                const std::function<bool(const Label&)>& accept,
                                                const std::function<int(const Label&)>& rank) const {
  if (folded.empty()) return std::nullopt;
  if (auto it = exact_.find(std::string(folded)); it != exact_.end()) {
    const Label& l = labels_[it->second];
    if (!accept || accept(l)) return LabelMatch{&l, 0};
  }
  // Lines far longer than any label are prose, not a mistyped label.
  if (folded.size() > 600) return std::nullopt;
  const std::u32string typed = code_points_of(folded);
  std::optional<LabelMatch> best;
  int best_rank = std::numeric_limits<int>::max();
  for (const Label& l : labels_) {
    if (accept && !accept(l)) continue;
    const std::size_t limit = best ? std::min(best->distance, max_distance) : max_distance;
    const std::size_t d = bounded_distance(typed, l.points, limit);
    if (d > limit) continue;
    const int r = rank ? rank(l) : 0;
    if (!best || d < best->distance || (d == best->distance && r < best_rank)) {
      best = LabelMatch{&l, d};
      best_rank = r;
    }
  }
  return best;
}

}  // namespace siofill::import
