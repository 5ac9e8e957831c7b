#pragma once
// Worksheet names Excel accepts: at most 31 characters, none of []:*?/\ ,
// no apostrophe at either end, not "History" (reserved by Excel), and unique
// without regard to case.
#include <string>
#include <string_view>
#include <vector>

namespace siofill::xlsx {

class SheetNames {
 public:
  // A valid name close to `wanted` that no earlier call returned; `fallback`
  // when nothing of `wanted` survives the cleaning.
  std::string make(std::string_view wanted, std::string_view fallback);

 private:
  bool taken(const std::string& name) const;
  std::vector<std::string> used_;  // text::fold() of the names given
};

}  // namespace siofill::xlsx
