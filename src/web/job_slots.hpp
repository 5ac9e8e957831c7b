#pragma once
// At most N requests compute at once; the next ones are told to come back
// (503) instead of queueing without end behind a class batch.
#include <atomic>
#include <optional>

namespace siofill::web {

class JobSlots {
 public:
  explicit JobSlots(unsigned count) : free_(static_cast<int>(count)) {}

  class Slot {
   public:
    explicit Slot(std::atomic<int>& free) : free_(&free) {}
    Slot(Slot&& other) noexcept : free_(other.free_) { other.free_ = nullptr; }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    Slot& operator=(Slot&&) = delete;
    ~Slot() {
      if (free_) free_->fetch_add(1);
    }

   private:
    std::atomic<int>* free_;
  };

  // A slot held until the returned object dies, or nullopt when all are taken.
  std::optional<Slot> try_take() {
    int n = free_.load();
    while (n > 0)
      if (free_.compare_exchange_weak(n, n - 1)) return std::optional<Slot>(std::in_place, free_);
    return std::nullopt;
  }

 private:
  std::atomic<int> free_;
};

}  // namespace siofill::web
