#include "json/json_parse.hpp"

#include <set>
#include <vector>

#include "json/json_pointer.hpp"
#include "json/parse_error_text.hpp"
#include "text/utf8.hpp"

namespace siofill::json {
namespace {

using nlohmann::json;

struct TooDeep {
  std::string pointer;
};

// Tracks where the parser is, so a duplicate key can be named by its pointer.
class PathTracker {
 public:
  PathTracker(Reporter& report, const Limits& limits) : report_(report), limits_(limits) {}

  // One call per parser event; a value's text is only looked at for its length
  // (no copy of it: copying every string of the référentiel twice showed in a
  // `siofill fill` profile).
  void on_container_start(int depth, bool object) {
    if (static_cast<std::size_t>(depth) >= limits_.max_depth) throw TooDeep{current_pointer()};
    frames_.push_back(Frame{object, {}, {}, 0});
  }
  void on_key(const std::string& key) {
    Frame& f = frames_.back();
    f.key = key;
    if (!f.keys.insert(f.key).second && ++duplicates_ <= kMaxDuplicatesReported)
      report_.at(current_pointer(), "clé « " + shown_key(f.key) +
                                        " » présente deux fois dans le même objet ; une seule "
                                        "valeur serait gardée, supprimez l’autre");
  }
  void on_container_end() {
    frames_.pop_back();
    advance();
  }
  void on_value(const std::string* text) {
    if (text && text->size() > limits_.max_string_bytes)
      report_.at(current_pointer(), "texte trop long (" + std::to_string(text->size()) + " octets ; au plus " +
                                        std::to_string(limits_.max_string_bytes) + ")");
    advance();
  }

  // One line for the duplicates past the first ones (a file of 100 000 copies of one key).
  void report_remaining() {
    if (duplicates_ > kMaxDuplicatesReported)
      report_.at("", "et " + std::to_string(duplicates_ - kMaxDuplicatesReported) +
                         " autres clés présentes deux fois (non détaillées)");
  }

 private:
  static constexpr std::size_t kMaxDuplicatesReported = 20;

  // A key quoted in a message: at most 40 characters, control characters escaped.
  static std::string shown_key(const std::string& key) {
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < key.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(key[i]);
      if ((c & 0xC0) != 0x80 && ++n > 40) return out + "…";
      if (c < 0x20 || c == 0x7F)
        out += text::code_point_name(c);
      else
        out.push_back(key[i]);
    }
    return out;
  }

  struct Frame {
    bool object;
    std::set<std::string> keys;
    std::string key;
    std::size_t index;
  };

  void advance() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
  }

  std::string current_pointer() const {
    std::string p;
    for (const Frame& f : frames_) p = f.object ? pointer_append(p, f.key) : pointer_append(p, f.index);
    return p;
  }

  Reporter& report_;
  const Limits& limits_;
  std::vector<Frame> frames_;
  std::size_t duplicates_ = 0;
};

// Feeds PathTracker the events of nlohmann's callback parser while building the
// document with its plain DOM builder. The callback parser itself rescans the
// parent container after every object it closes: quadratic, so an 8 MB evidence
// file of "{}, {}, …" took half an hour (80 000 of them: 1.5 s). This is linear.
class TrackingSax : public json::json_sax_t {
 public:
  TrackingSax(json& result, PathTracker& tracker) : dom_(result, true), tracker_(tracker) {}

  bool null() override { return dom_.null() && value(); }
  bool boolean(bool v) override { return dom_.boolean(v) && value(); }
  bool number_integer(number_integer_t v) override { return dom_.number_integer(v) && value(); }
  bool number_unsigned(number_unsigned_t v) override { return dom_.number_unsigned(v) && value(); }
  bool number_float(number_float_t v, const string_t& s) override { return dom_.number_float(v, s) && value(); }
  bool string(string_t& v) override {
    tracker_.on_value(&v);  // before the DOM builder moves it away
    return dom_.string(v);
  }
  bool binary(binary_t& v) override { return dom_.binary(v) && value(); }
  bool start_object(std::size_t n) override {
    tracker_.on_container_start(depth_++, true);  // may throw TooDeep
    return dom_.start_object(n);
  }
  bool key(string_t& k) override {
    tracker_.on_key(k);
    return dom_.key(k);
  }
  bool end_object() override {
    --depth_;
    tracker_.on_container_end();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) override {
    tracker_.on_container_start(depth_++, false);
    return dom_.start_array(n);
  }
  bool end_array() override {
    --depth_;
    tracker_.on_container_end();
    return dom_.end_array();
  }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    // Thrown with its own type, as json::parse does (the interface only gives the base class).
    if (const auto* e = dynamic_cast<const json::parse_error*>(&ex)) throw *e;
    if (const auto* e = dynamic_cast<const json::out_of_range*>(&ex)) throw *e;
    return dom_.parse_error(position, last_token, ex);
  }

 private:
  bool value() {
    tracker_.on_value(nullptr);
    return true;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  PathTracker& tracker_;
  int depth_ = 0;
};

bool only_white_space(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::optional<json> parse(std::string_view text, Reporter& report, const Limits& limits) {
  if (text.size() > limits.max_bytes) {
    report.at("", "fichier trop volumineux (" + std::to_string(text.size()) + " octets ; au plus " +
                      std::to_string(limits.max_bytes) + ")");
    return std::nullopt;
  }
  const bool utf16 = text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF" ||
                     (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0'));
  if (utf16) {  // Windows' Notepad "Unicode", PowerShell's Out-File
    report.at_position(1, 1, "le fichier est en UTF-16 (ou UTF-32) : enregistrez-le en UTF-8");
    return std::nullopt;
  }
  if (text.find('\0') != std::string_view::npos) {
    const auto [line, column] = position_of(text, text.find('\0'));
    report.at_position(line, column, "octet nul dans le fichier : ce n’est pas un fichier texte JSON");
    return std::nullopt;
  }
  if (only_white_space(text)) {
    report.at("", "fichier vide : un objet JSON { … } est attendu");
    return std::nullopt;
  }
  PathTracker tracker(report, limits);
  try {
    json value;
    TrackingSax sax(value, tracker);
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, /*strict=*/true,
                    /*ignore_comments=*/false);
    tracker.report_remaining();
    return value;
  } catch (const TooDeep& e) {
    report.at(e.pointer, "imbrication trop profonde (au plus " + std::to_string(limits.max_depth) +
                             " niveaux d’objets et de tableaux)");
  } catch (const json::parse_error& e) {
    const PlacedMessage m = parse_error_text(text, e);
    report.at_position(m.line, m.column, m.message);
  } catch (const json::out_of_range& e) {  // a number too large for a double: "1e400"
    const PlacedMessage m = number_overflow_text(text, e);
    report.at_position(m.line, m.column, m.message);
  } catch (const json::exception& e) {
    report.at("", std::string("JSON illisible : ") + e.what());
  }
  return std::nullopt;
}

}  // namespace siofill::json
