#pragma once
// Typed, strict access to a JSON object written by a person: every problem is
// reported with its JSON pointer and what was expected, and reading goes on so
// that all the errors of a file come out at once.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostics/diagnostic.hpp"

namespace siofill::json {

enum class Need { Required, Optional };

struct TextRules {
  bool allow_empty = true;
  bool multiline = true;
  std::size_t max_code_points = 20000;
};

// "une chaîne (\"2026\")", "un nombre (2026)": what the file holds, for messages.
std::string describe_value(const nlohmann::json& v);

class ObjectView {
 public:
  // When `value` is not an object, reports it (naming `what`) and gives a view
  // that answers nullopt to every question.
  ObjectView(const nlohmann::json& value, std::string pointer, Reporter& report, std::string_view what);

  bool ok() const { return object_ != nullptr; }
  const std::string& pointer() const { return pointer_; }
  std::string pointer_to(std::string_view key) const;
  Reporter& report() const { return *report_; }

  // Reports every key not in `known`, with the closest known key as a hint.
  void allow_only(std::initializer_list<std::string_view> known);

  const nlohmann::json* find(std::string_view key) const;

  // A string, NFC-normalised and trimmed, refused when it holds control characters.
  std::optional<std::string> text(std::string_view key, Need need, TextRules rules = {});
  std::optional<long long> integer(std::string_view key, Need need, long long min, long long max);
  // One of `choices`, exactly; a near miss gets a did-you-mean.
  std::optional<std::string> choice(std::string_view key, Need need, const std::vector<std::string>& choices);
  const nlohmann::json* array(std::string_view key, Need need);
  const nlohmann::json* object(std::string_view key, Need need);

 private:
  const nlohmann::json* fetch(std::string_view key, Need need, std::string_view expected);

  const nlohmann::json* object_;
  std::string pointer_;
  Reporter* report_;
};

// Validates and normalises a string value found at `pointer` (see ObjectView::text).
std::optional<std::string> checked_text(const nlohmann::json& v, const std::string& pointer, Reporter& report,
                                        TextRules rules);

}  // namespace siofill::json
