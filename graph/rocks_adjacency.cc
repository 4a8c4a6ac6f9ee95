// graph/rocks_adjacency.cc — expansion reads of RocksTransaction: Adjacent,
// AdjacentMany and Degree, through the store's adjacency cache when the
// transaction may use it, else from the out/in column families.
#include <algorithm>
#include <string>

#include "graph/adjacency_block.h"
#include "graph/adjacency_cache.h"
#include "graph/keys.h"
#include "graph/rocks_transaction.h"

namespace ng {

namespace {

// What an expansion asks for: directions and types (empty: any type).
struct AdjacencyFilter {
  bool outgoing = true, incoming = true;
  std::vector<uint32_t> type_ids;
  bool nothing = false;  // types were asked for and none exists

  AdjacencyFilter(const Dictionary& dictionary, Direction direction,
                  const std::vector<std::string>& types)
      : outgoing(direction != Direction::kIncoming), incoming(direction != Direction::kOutgoing) {
    for (const std::string& t : types)
      if (auto id = dictionary.Find(t)) type_ids.push_back(*id);
    std::sort(type_ids.begin(), type_ids.end());
    type_ids.erase(std::unique(type_ids.begin(), type_ids.end()), type_ids.end());
    nothing = !types.empty() && type_ids.empty();
  }
  bool Wants(const PackedAdjacency::Run& run) const {
    if (nothing || !(run.incoming ? incoming : outgoing)) return false;
    return type_ids.empty() ||
           std::binary_search(type_ids.begin(), type_ids.end(), run.type);
  }
};

// Reads the adjacency of ascending nodes from one family with one iterator,
// stepping over small gaps instead of seeking (a Next within a block is far
// cheaper than a Seek, which searches the index and the block again).
class FamilyWalker {
 public:
  FamilyWalker(std::unique_ptr<rocksdb::Iterator> it, bool incoming)
      : it_(std::move(it)), incoming_(incoming) {}

  // Nodes in any order; ascending ones are a scan.
  void Read(NodeId n, PackedAdjacency* out) {
    constexpr int kStepsBeforeSeek = 16;
    if (n < last_) positioned_ = false;
    last_ = n;
    int steps = 0;
    while (positioned_ && it_->Valid() && keys::GetBig64(it_->key().ToStringView(), 0) < n &&
           steps++ < kStepsBeforeSeek)
      it_->Next();
    if (!positioned_ || !it_->Valid() || keys::GetBig64(it_->key().ToStringView(), 0) < n) {
      it_->Seek(keys::AdjacencyPrefix(n));
      positioned_ = true;
    }
    for (; it_->Valid(); it_->Next()) {
      std::string_view k = it_->key().ToStringView();
      if (keys::GetBig64(k, 0) != n) break;
      adjacency::ForEachEntry(k, it_->value().ToStringView(),
                              [&](uint32_t type, NodeId neighbour, RelId rel) {
                                out->Add(incoming_, type, neighbour, rel);
                              });
    }
    // An error ends the iteration (Valid() turns false) and stays in status().
    if (!it_->status().ok())
      throw Error(ErrorKind::kIo, "read failed: " + it_->status().ToString());
  }
  std::unique_ptr<rocksdb::Iterator> Release() { return std::move(it_); }

 private:
  std::unique_ptr<rocksdb::Iterator> it_;
  bool incoming_;
  bool positioned_ = false;
  NodeId last_ = 0;
};

// Calls visit(run) for each run of `adjacency` the filter wants.
template <typename Visit>
void VisitRuns(NodeId node, const PackedAdjacency& adjacency, const AdjacencyFilter& filter,
               const RocksTransaction& txn, const Visit& visit) {
  AdjacencyRun r;
  r.node = node;
  for (const PackedAdjacency::Run& run : adjacency.runs) {
    if (!filter.Wants(run)) continue;
    r.type = &txn.TypeName(run.type);
    r.direction = run.incoming ? Direction::kIncoming : Direction::kOutgoing;
    r.begin = adjacency.entries.data() + run.begin;
    r.end = adjacency.entries.data() + run.end;
    visit(r);
  }
}

// A cursor over a cached (or just read) node adjacency.
class PackedAdjacencyCursor : public AdjacencyCursor {
 public:
  PackedAdjacencyCursor(PackedAdjacencyPtr adjacency, AdjacencyFilter filter,
                        const RocksTransaction* txn)
      : adjacency_(std::move(adjacency)), filter_(std::move(filter)), txn_(txn) {}

  bool Next(AdjacencyEntry* entry) override {
    while (run_ < adjacency_->runs.size()) {
      const PackedAdjacency::Run& run = adjacency_->runs[run_];
      if (at_ < run.begin) at_ = run.begin;
      if (at_ >= run.end || !filter_.Wants(run)) {
        ++run_;
        continue;
      }
      entry->type = txn_->TypeName(run.type);
      entry->direction = run.incoming ? Direction::kIncoming : Direction::kOutgoing;
      entry->neighbour = adjacency_->entries[at_].node;
      entry->relationship = adjacency_->entries[at_].relationship;
      ++at_;
      return true;
    }
    return false;
  }

 private:
  PackedAdjacencyPtr adjacency_;
  AdjacencyFilter filter_;
  const RocksTransaction* txn_;
  size_t run_ = 0;
  uint32_t at_ = 0;
};

// Walks one or more adjacency key ranges in turn (a transaction with writes,
// whose batch must be merged in, or a snapshot the cache does not serve).
class RangeAdjacencyCursor : public AdjacencyCursor {
 public:
  struct Part {
    Cf cf;
    std::string prefix;
  };
  RangeAdjacencyCursor(const RocksTransaction* txn, std::vector<Part> parts)
      : txn_(txn), parts_(std::move(parts)) {}

  bool Next(AdjacencyEntry* entry) override {
    for (;;) {
      if (!range_) {
        if (next_part_ == parts_.size()) return false;
        const Part& p = parts_[next_part_++];
        cf_ = p.cf;
        range_ = txn_->Range(p.cf, p.prefix, keys::PrefixEnd(p.prefix), true);
      }
      if (at_ < block_.size()) {
        entry->type = txn_->TypeName(type_);
        entry->neighbour = block_[at_].neighbour;
        entry->relationship = block_[at_].relationship;
        entry->direction = cf_ == kCfOut ? Direction::kOutgoing : Direction::kIncoming;
        ++at_;
        return true;
      }
      if (range_->Next()) {
        std::string_view k = range_->key();
        at_ = 0;
        if (!adjacency::Entries(k, range_->value(), &block_)) block_.clear();  // malformed
        if (!block_.empty()) type_ = keys::GetBig32(k, 8);
        continue;
      }
      range_.reset();
    }
  }

 private:
  const RocksTransaction* txn_;
  std::vector<Part> parts_;
  size_t next_part_ = 0;
  Cf cf_ = kCfOut;
  std::unique_ptr<RocksTransaction::RangeIterator> range_;
  std::vector<adjacency::Entry> block_;  // the entries of the current key
  size_t at_ = 0;
  uint32_t type_ = 0;
};

}  // namespace

const std::string& RocksTransaction::TypeName(uint32_t id) const {
  if (id >= type_names_.size()) type_names_.resize(id + 1);
  if (!type_names_[id])
    type_names_[id] = std::make_unique<const std::string>(store_->types().NameOf(id));
  return *type_names_[id];
}

void RocksTransaction::ReadAdjacency(NodeId node, PackedAdjacency* out) const {
  for (Cf cf : {kCfOut, kCfIn}) {
    std::string prefix = keys::AdjacencyPrefix(node);
    for (auto range = Range(cf, prefix, keys::PrefixEnd(prefix), true); range->Next();)
      adjacency::ForEachEntry(range->key(), range->value(),
                              [&](uint32_t type, NodeId neighbour, RelId rel) {
                                out->Add(cf == kCfIn, type, neighbour, rel);
                              });
  }
}

PackedAdjacencyPtr RocksTransaction::CachedAdjacency(NodeId node) const {
  if (has_writes_) return nullptr;
  AdjacencyCache& cache = store_->adjacency_cache();
  if (auto hit = cache.Find(snapshot_sequence_, node)) return hit;
  if (!cache.Usable(snapshot_sequence_)) return nullptr;
  auto read = std::make_shared<PackedAdjacency>();
  ReadAdjacency(node, read.get());
  cache.Insert(snapshot_sequence_, {{node, read}});
  return read;
}

std::unique_ptr<AdjacencyCursor> RocksTransaction::Adjacent(
    NodeId node, Direction direction, const std::vector<std::string>& types) const {
  AdjacencyFilter filter(store_->types(), direction, types);
  if (auto packed = CachedAdjacency(node))
    return std::make_unique<PackedAdjacencyCursor>(std::move(packed), std::move(filter), this);
  std::vector<RangeAdjacencyCursor::Part> parts;
  for (Cf cf : {kCfOut, kCfIn}) {
    if (!(cf == kCfOut ? filter.outgoing : filter.incoming) || filter.nothing) continue;
    if (filter.type_ids.empty()) {
      parts.push_back({cf, keys::AdjacencyPrefix(node)});
      continue;
    }
    for (uint32_t type_id : filter.type_ids)
      parts.push_back({cf, keys::AdjacencyPrefix(node, type_id)});
  }
  return std::make_unique<RangeAdjacencyCursor>(this, std::move(parts));
}

void RocksTransaction::AdjacentRuns(const std::vector<NodeId>& nodes, Direction direction,
                                    const std::vector<std::string>& types,
                                    const std::function<void(const AdjacencyRun&)>& visit) const {
  AdjacencyFilter filter(store_->types(), direction, types);
  if (filter.nothing) return;
  AdjacencyCache& cache = store_->adjacency_cache();
  AdjacencyCache::Pin pin(cache);
  // The transaction's buffer, taken (a visit that expands again gets none).
  std::vector<const PackedAdjacency*> cached = std::move(cached_scratch_);
  const bool use_cache =
      !has_writes_ && cache.FindMany(pin, snapshot_sequence_, nodes, &cached);
  PackedAdjacency scratch;
  // With writes the batch must be merged in, node by node; so is a small
  // frontier the cache does not serve (the pooled iterators are cheapest).
  constexpr size_t kFewNodes = 64;
  if (has_writes_ || (!use_cache && nodes.size() < kFewNodes)) {
    for (NodeId n : nodes) {
      scratch.Clear();
      ReadAdjacency(n, &scratch);
      VisitRuns(n, scratch, filter, *this, visit);
    }
    cached_scratch_ = std::move(cached);
    return;
  }
  // The nodes the cache lacks are read in ascending order, one walker per
  // family, whatever the order given; then every node is visited in order.
  if (!use_cache) cached.assign(nodes.size(), nullptr);
  std::vector<std::pair<NodeId, size_t>> misses;  // (node, index in nodes)
  for (size_t i = 0; i < nodes.size(); ++i)
    if (!cached[i]) misses.emplace_back(nodes[i], i);
  std::vector<std::pair<NodeId, PackedAdjacencyPtr>> read;  // owned here until the end
  if (!misses.empty()) {
    std::sort(misses.begin(), misses.end());
    FamilyWalker out_walker(TakeIterator(kCfOut), false), in_walker(TakeIterator(kCfIn), true);
    for (size_t m = 0; m < misses.size(); ++m) {
      auto [n, i] = misses[m];
      if (m > 0 && misses[m - 1].first == n) {  // the same node twice
        cached[i] = cached[misses[m - 1].second];
        continue;
      }
      // Both families when the result is kept for the cache.
      scratch.Clear();
      if (use_cache || filter.outgoing) out_walker.Read(n, &scratch);
      if (use_cache || filter.incoming) in_walker.Read(n, &scratch);
      // A copy is exactly as large as its entries, and the copies of
      // ascending nodes lie next to each other in memory.
      read.emplace_back(n, std::make_shared<const PackedAdjacency>(scratch));
      cached[i] = read.back().second.get();
    }
    ReturnIterator(kCfOut, out_walker.Release());
    ReturnIterator(kCfIn, in_walker.Release());
    if (use_cache) cache.Insert(snapshot_sequence_, read);
  }
  // Each node's adjacency is its own allocation: prefetch a few nodes ahead
  // (first the object, then its arrays) so the loop does not wait on memory.
  constexpr size_t kAhead = 8;
  const size_t count = nodes.size();
  for (size_t i = 0; i < count; ++i) {
    if (i + 2 * kAhead < count) __builtin_prefetch(cached[i + 2 * kAhead]);
    if (i + kAhead < count) {
      const PackedAdjacency& ahead = *cached[i + kAhead];
      __builtin_prefetch(ahead.runs.data());
      __builtin_prefetch(ahead.entries.data());
    }
    VisitRuns(nodes[i], *cached[i], filter, *this, visit);
  }
  cached_scratch_ = std::move(cached);
}

void RocksTransaction::AdjacentMany(
    const std::vector<NodeId>& nodes, Direction direction, const std::vector<std::string>& types,
    const std::function<void(NodeId, const AdjacencyEntry&)>& visit) const {
  AdjacencyEntry e;
  AdjacentRuns(nodes, direction, types, [&](const AdjacencyRun& run) {
    e.type = *run.type;
    e.direction = run.direction;
    for (const Neighbour* n = run.begin; n != run.end; ++n) {
      e.neighbour = n->node;
      e.relationship = n->relationship;
      visit(run.node, e);
    }
  });
}

uint64_t RocksTransaction::Degree(NodeId node, Direction direction,
                                  const std::vector<std::string>& types) const {
  auto cursor = Adjacent(node, direction, types);
  AdjacencyEntry e;
  uint64_t n = 0;
  while (cursor->Next(&e)) ++n;
  return n;
}

}  // namespace ng
