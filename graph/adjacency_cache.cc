#include "graph/adjacency_cache.h"

#include <algorithm>
#include <mutex>

namespace ng {

namespace {
// Bytes per slot (pointer + use bit); the slot array may take a quarter of
// the budget, so ids above that are not cached.
constexpr size_t kSlotBytes = sizeof(PackedAdjacencyPtr) + 1;
}  // namespace

AdjacencyCache::AdjacencyCache(size_t capacity_bytes, uint64_t sequence)
    : capacity_(capacity_bytes), sequence_(sequence) {}

bool AdjacencyCache::Usable(uint64_t snapshot_sequence) const {
  std::shared_lock lock(mu_);
  return capacity_ > 0 && commits_in_flight_ == 0 && snapshot_sequence == sequence_;
}

PackedAdjacencyPtr AdjacencyCache::Find(uint64_t snapshot_sequence, uint64_t node) const {
  std::shared_lock lock(mu_);
  if (commits_in_flight_ != 0 || snapshot_sequence != sequence_ || node >= slots_.size())
    return nullptr;
  if (slots_[node]) used_[node].store(1, std::memory_order_relaxed);
  return slots_[node];
}

bool AdjacencyCache::FindMany(const Pin&, uint64_t snapshot_sequence,
                              const std::vector<uint64_t>& nodes,
                              std::vector<const PackedAdjacency*>* out) const {
  out->clear();
  std::shared_lock lock(mu_);
  if (capacity_ == 0 || commits_in_flight_ != 0 || snapshot_sequence != sequence_) return false;
  out->resize(nodes.size());
  constexpr size_t kAhead = 16;  // a frontier in discovery order jumps around the slots
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (i + kAhead < nodes.size() && nodes[i + kAhead] < slots_.size()) {
      __builtin_prefetch(&slots_[nodes[i + kAhead]]);
      __builtin_prefetch(&used_[nodes[i + kAhead]], 1);
    }
    uint64_t n = nodes[i];
    if (n >= slots_.size() || !slots_[n]) continue;
    used_[n].store(1, std::memory_order_relaxed);
    (*out)[i] = slots_[n].get();
  }
  return true;
}

void AdjacencyCache::Insert(uint64_t snapshot_sequence,
                            const std::vector<std::pair<uint64_t, PackedAdjacencyPtr>>& nodes) {
  if (nodes.empty()) return;
  std::unique_lock lock(mu_);
  ReclaimLocked();
  if (commits_in_flight_ != 0 || snapshot_sequence != sequence_) return;
  const size_t max_slots = capacity_ / 4 / kSlotBytes;
  uint64_t highest = 0;
  for (const auto& [id, adjacency] : nodes)
    if (id < max_slots) highest = std::max(highest, id);
  if (highest >= slots_.size()) {
    size_t size = std::min(max_slots, std::max<size_t>(highest + 1, slots_.size() * 3 / 2));
    bytes_ += (size - slots_.size()) * kSlotBytes;
    slots_.resize(size);
    auto used = std::make_unique<std::atomic<uint8_t>[]>(size);
    for (size_t i = 0; i < used_size_; ++i)
      used[i].store(used_[i].load(std::memory_order_relaxed), std::memory_order_relaxed);
    used_ = std::move(used);
    used_size_ = size;
  }
  for (const auto& [id, adjacency] : nodes) {
    if (id >= slots_.size() || slots_[id]) continue;
    size_t size = adjacency->Bytes();
    if (size > capacity_ / 4) continue;  // one node may not empty the cache
    if (bytes_ + retired_bytes_ + size > capacity_) EvictLocked(capacity_ - capacity_ / 8 - size);
    if (bytes_ + retired_bytes_ + size > capacity_) continue;
    bytes_ += size;
    slots_[id] = adjacency;
    used_[id].store(1, std::memory_order_relaxed);
  }
}

void AdjacencyCache::BeginCommit() {
  std::unique_lock lock(mu_);
  ++commits_in_flight_;
}

void AdjacencyCache::EndCommit(const std::vector<uint64_t>& touched, bool all,
                               uint64_t sequence) {
  std::unique_lock lock(mu_);
  if (all) {
    for (size_t i = 0; i < slots_.size(); ++i) DropLocked(i);
  } else {
    for (uint64_t id : touched) DropLocked(id);
  }
  --commits_in_flight_;
  sequence_ = sequence;
  ReclaimLocked();
}

size_t AdjacencyCache::bytes() const {
  std::shared_lock lock(mu_);
  return bytes_ + retired_bytes_;
}

void AdjacencyCache::DropLocked(uint64_t node) {
  if (node >= slots_.size() || !slots_[node]) return;
  size_t size = slots_[node]->Bytes();
  bytes_ -= size;
  if (pins_.load() > 0) {  // a reader may hold its plain pointer
    retired_bytes_ += size;
    retired_.push_back(std::move(slots_[node]));
  }
  slots_[node].reset();
}

void AdjacencyCache::ReclaimLocked() {
  if (retired_.empty() || pins_.load() > 0) return;
  retired_.clear();
  retired_bytes_ = 0;
}

void AdjacencyCache::EvictLocked(size_t target_bytes) {
  // Two full turns at most: the first clears use bits, the second evicts.
  for (size_t steps = 0; bytes_ > target_bytes && steps < 2 * slots_.size(); ++steps) {
    if (hand_ >= slots_.size()) hand_ = 0;
    size_t i = hand_++;
    if (!slots_[i]) continue;
    if (used_[i].exchange(0, std::memory_order_relaxed)) continue;
    DropLocked(i);
  }
}

}  // namespace ng
