// The PDF line breaker against UAX #14 as libunibreak implements it (with its
// French tailoring), on every text of the référentiel, the sequences plan and
// the sample students: a break one allows and the other does not fails here.
// docs/libraries.md says why siofill keeps its own breaker (25 times faster).
#include <linebreak.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pdf/text_layout.hpp"
#include "text/utf8.hpp"

namespace fs = std::filesystem;

namespace {

void collect_strings(const nlohmann::json& j, std::vector<std::string>& out) {
  if (j.is_string())
    out.push_back(j.get<std::string>());
  else if (j.is_structured())
    for (const auto& v : j) collect_strings(v, out);
}

std::vector<std::u32string> paragraphs() {
  const fs::path source = SIOFILL_SOURCE_DIR;
  std::vector<fs::path> files = {source / "referentiel/bts-sio-2019.json", source / "samples/sequences-b1.json",
                                 source / "samples/etudiant-groupecfr.json"};
  for (const auto& e : fs::directory_iterator(source / "samples/classe"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::vector<std::string> strings;
  for (const fs::path& f : files) {
    std::ifstream in(f);
    collect_strings(nlohmann::json::parse(in), strings);
  }
  std::vector<std::u32string> out;
  for (const std::string& s : strings) {
    const std::u32string text = siofill::text::decode(s);
    std::size_t start = 0;
    for (;;) {
      const std::size_t nl = text.find(U'\n', start);
      out.push_back(text.substr(start, nl == std::u32string::npos ? std::u32string::npos : nl - start));
      if (nl == std::u32string::npos) break;
      start = nl + 1;
    }
  }
  return out;
}

std::string utf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) out += siofill::text::encode(c);
  return out;
}

}  // namespace

TEST_CASE("line breaks agree with UAX #14 (libunibreak, French) on every text siofill ships", "[pdf][text]") {
  init_linebreak();
  std::size_t compared = 0;
  for (const std::u32string& p : paragraphs()) {
    if (p.size() < 2) continue;
    std::vector<char> breaks(p.size());
    set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(p.data()), p.size(), "fr", breaks.data());
    for (std::size_t i = 1; i < p.size(); ++i) {
      const bool uax14 = breaks[i - 1] == LINEBREAK_ALLOWBREAK;
      // The one known difference: UAX #14 (the version libunibreak 1.1
      // implements) lets a line end between a letter and '+' ("A|+"); a
      // grade such as "A+" stays whole in siofill.
      if (uax14 && p[i] == U'+') continue;
      const bool ours = siofill::pdf::may_break_before(p, i);
      ++compared;
      if (ours != uax14) {
        const std::size_t from = i >= 15 ? i - 15 : 0;
        INFO("« " << utf8(std::u32string_view(p).substr(from, i - from)) << "|"
                  << utf8(std::u32string_view(p).substr(i, 15)) << " » : siofill " << (ours ? "coupe" : "ne coupe pas")
                  << ", UAX #14 " << (uax14 ? "coupe" : "ne coupe pas"));
        CHECK(ours == uax14);
      }
    }
  }
  CHECK(compared > 100000);  // the corpus was read
}
