#include "sequences/sequence_plan.hpp"

namespace siofill {

const Sequence* SequencePlan::find(std::string_view id) const {
  for (const Sequence& s : sequences)
    if (s.id == id) return &s;
  return nullptr;
}

std::vector<std::string> SequencePlan::ids() const {
  std::vector<std::string> out;
  for (const Sequence& s : sequences) out.push_back(s.id);
  return out;
}

}  // namespace siofill
