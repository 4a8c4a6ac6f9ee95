#include "graph/label_sets.h"

namespace ng {

uint64_t LabelSets::generation() const {
  std::lock_guard<std::mutex> lock(mu_);
  return generation_;
}

std::shared_ptr<const NodeIdSet> LabelSets::Find(uint32_t label, uint64_t generation,
                                                 uint64_t sequence) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (generation != generation_) return nullptr;
  auto it = sets_.find(label);
  if (it == sets_.end() || it->second.sequence != sequence) return nullptr;
  return it->second.set;
}

void LabelSets::Insert(uint32_t label, uint64_t generation, uint64_t sequence,
                       std::shared_ptr<const NodeIdSet> set) {
  std::lock_guard<std::mutex> lock(mu_);
  if (generation != generation_) return;
  sets_[label] = Entry{sequence, std::move(set)};
}

void LabelSets::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  ++generation_;
  sets_.clear();
}

}  // namespace ng
