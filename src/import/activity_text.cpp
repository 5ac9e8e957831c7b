#include "import/activity_text.hpp"

#include <utf8proc.h>

#include "text/utf8.hpp"

namespace siofill::import {
namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2007; }

bool is_letter(char32_t c) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

// Bullets students put before a line; "#" marks activities and is handled apart.
constexpr std::string_view kBullets[] = {"-",
                                         "*",
                                         "+",
                                         "\xE2\x80\xA2" /* • */,
                                         "\xE2\x80\x93" /* – */,
                                         "\xE2\x80\x94" /* — */,
                                         "\xC2\xB7" /* · */,
                                         ">",
                                         "\xE2\x96\xAA" /* ▪ */,
                                         "\xE2\x97\xA6" /* ◦ */};

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    const text::DecodedChar d = text::decode_at(s, i);
    const char32_t c = d.value;
    const std::size_t n = d.length;
    if (is_space(c) || c == '\n' || c == '\r') {
      pending = !out.empty();
    } else {
      if (pending) out.push_back(' ');
      pending = false;
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

bool starts_url(std::string_view s) {
  return s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://" || s.substr(0, 4) == "www.";
}

// Removes separators left around a name once its URL is gone: "Yiriah :" -> "Yiriah".
std::string strip_separators(std::string_view s) {
  std::string t = text::trim(s);
  auto junk = [](char c) { return c == ':' || c == '-' || c == ',' || c == ';' || c == ' '; };
  while (!t.empty() && junk(t.back())) t.pop_back();
  std::size_t start = 0;
  while (start < t.size() && junk(t[start])) ++start;
  return text::trim(std::string_view(t).substr(start));
}

std::vector<std::string> split_parts(std::string_view inside) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&] {
    parts.push_back(current);
    current.clear();
  };
  for (std::size_t i = 0; i < inside.size(); ++i) {
    const char c = inside[i];
    // A URL keeps its slashes and commas.
    if (starts_url(inside.substr(i)) && (i == 0 || inside[i - 1] == ' ' || inside[i - 1] == ':')) {
      std::size_t end = inside.find(' ', i);
      if (end == std::string_view::npos) end = inside.size();
      current.append(inside.substr(i, end - i));
      i = end - 1;
      continue;
    }
    if (c == '/' || c == ',' || c == ';' || c == '+' || c == '&') {
      flush();
      continue;
    }
    if (inside.substr(i, 4) == " et " || inside.substr(i, 4) == " ET ") {
      flush();
      i += 3;
      continue;
    }
    current.push_back(c);
  }
  flush();
  return parts;
}

}  // namespace

bool has_bullet(std::string_view line) {
  const std::string t = text::trim(line);
  for (std::string_view b : kBullets)
    if (std::string_view(t).substr(0, b.size()) == b) return true;
  return false;
}

std::string clean_activity_text(std::string_view line) {
  std::string t = text::trim(line);
  std::string_view v = t;
  while (!v.empty() && v.front() == '#') v.remove_prefix(1);
  if (v.size() == t.size())
    for (std::string_view b : kBullets)
      if (v.substr(0, b.size()) == b) {
        v.remove_prefix(b.size());
        break;
      }
  std::string out = collapse_spaces(v);
  // Trailing markers students use to flag a line ("***").
  while (!out.empty() && (out.back() == '*' || out.back() == ' ')) out.pop_back();
  return out;
}

std::optional<TrailingGroup> trailing_group(std::string_view text) {
  std::string t = text::trim(text);
  if (t.empty() || t.back() != ')') return std::nullopt;
  int depth = 0;
  std::size_t open = std::string::npos;
  for (std::size_t i = t.size(); i-- > 0;) {
    if (t[i] == ')')
      ++depth;
    else if (t[i] == '(' && --depth == 0) {
      open = i;
      break;
    }
  }
  if (open == std::string::npos) return std::nullopt;
  TrailingGroup g;
  g.before = text::trim(std::string_view(t).substr(0, open));
  g.inside = text::trim(std::string_view(t).substr(open + 1, t.size() - open - 2));
  if (g.inside.empty()) return std::nullopt;
  g.all_names = true;
  for (const std::string& part : split_parts(g.inside)) {
    std::string name;
    std::string_view rest = part;
    // Takes the URLs out of the part: what remains is the name.
    while (!rest.empty()) {
      const std::size_t at = [&] {
        for (std::size_t i = 0; i < rest.size(); ++i)
          if (starts_url(rest.substr(i)) && (i == 0 || rest[i - 1] == ' ' || rest[i - 1] == ':')) return i;
        return std::string_view::npos;
      }();
      if (at == std::string_view::npos) {
        name += rest;
        break;
      }
      name += rest.substr(0, at);
      std::size_t end = rest.find(' ', at);
      if (end == std::string_view::npos) end = rest.size();
      g.urls.emplace_back(rest.substr(at, end - at));
      rest.remove_prefix(end);
    }
    name = strip_separators(collapse_spaces(name));
    if (name.empty()) {
      if (text::trim(part).empty()) g.all_names = false;  // "(a / )": not a list of names
      continue;
    }
    if (!looks_like_name(name)) g.all_names = false;
    g.names.push_back(name);
  }
  if (g.names.empty()) g.all_names = false;
  return g;
}

bool looks_like_name(std::string_view part) {
  const std::string t = text::trim(part);
  if (t.empty() || text::code_points(t) > 60) return false;
  const char32_t first = text::decode_at(t, 0).value;
  if (!is_letter(first)) return false;
  std::size_t words = 1;
  for (char c : t)
    if (c == ' ') ++words;
  if (words > 5) return false;
  return words == 1 || !utf8proc_islower(static_cast<utf8proc_int32_t>(first));
}

}  // namespace siofill::import
