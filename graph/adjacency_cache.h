// graph/adjacency_cache.h — decoded adjacency of recently expanded nodes,
// shared by the transactions of one store (internal).
//
// A RocksDB iterator step costs about 100 ns (DBIter, the merging iterator,
// the block iterator), so expanding a hub of 400,000 relationships costs 40 ms
// even with every block cached. The cache keeps each expanded node's
// relationships as one packed array, so a warm expansion reads memory as an
// in-memory CSR does.
//
// Consistency: the cache reflects the database at one RocksDB sequence number.
// A transaction uses it only when its snapshot is at that number and no commit
// is under way; a commit drops the nodes whose adjacency it wrote and moves
// the cache to the new sequence number. Older snapshots read RocksDB.
//
// Memory: bounded by a byte budget; when full, a clock sweep evicts nodes not
// used since the hand last passed.
#ifndef NEWSGRAPH_GRAPH_ADJACENCY_CACHE_H_
#define NEWSGRAPH_GRAPH_ADJACENCY_CACHE_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <vector>

#include "graph/graph_store.h"

namespace ng {

// Every relationship of one node, in key order: outgoing by (type, neighbour,
// relationship), then incoming likewise.
struct PackedAdjacency {
  struct Run {  // entries [begin, end) share a direction and a type
    uint32_t type;
    bool incoming;
    uint32_t begin, end;
  };
  std::vector<Run> runs;
  std::vector<Neighbour> entries;

  void Clear() {
    runs.clear();
    entries.clear();
  }
  void Add(bool incoming, uint32_t type, NodeId neighbour, RelId relationship) {
    uint32_t at = static_cast<uint32_t>(entries.size());
    if (runs.empty() || runs.back().type != type || runs.back().incoming != incoming)
      runs.push_back({type, incoming, at, at});
    entries.push_back({neighbour, relationship});
    ++runs.back().end;
  }
  size_t Bytes() const {
    return sizeof(*this) + 48 + runs.capacity() * sizeof(Run) + entries.capacity() * sizeof(Neighbour);
  }
};

using PackedAdjacencyPtr = std::shared_ptr<const PackedAdjacency>;

class AdjacencyCache {
 public:
  // `sequence`: the database's sequence number now.
  AdjacencyCache(size_t capacity_bytes, uint64_t sequence);

  // True if a reader at `snapshot_sequence` may use the cache (read and fill).
  bool Usable(uint64_t snapshot_sequence) const;
  // The cached adjacency of `node`, or null. Null too if the reader's snapshot
  // is not the cache's (so one lock serves both checks).
  PackedAdjacencyPtr Find(uint64_t snapshot_sequence, uint64_t node) const;
  // While a Pin lives, nothing dropped from the cache is freed, so the plain
  // pointers FindMany hands out stay valid (a shared pointer per node of a
  // million-node frontier costs two atomic operations each).
  class Pin {
   public:
    explicit Pin(const AdjacencyCache& cache) : cache_(cache) { ++cache_.pins_; }
    ~Pin() { --cache_.pins_; }
    Pin(const Pin&) = delete;
    Pin& operator=(const Pin&) = delete;

   private:
    const AdjacencyCache& cache_;
  };
  // Find for each of `nodes` into `out` (same length; null where missing),
  // valid while `pin` lives; false, leaving `out` empty, when the snapshot
  // cannot use the cache.
  bool FindMany(const Pin& pin, uint64_t snapshot_sequence, const std::vector<uint64_t>& nodes,
                std::vector<const PackedAdjacency*>* out) const;
  // Adds adjacency read at `snapshot_sequence`; dropped if the cache has moved.
  void Insert(uint64_t snapshot_sequence,
              const std::vector<std::pair<uint64_t, PackedAdjacencyPtr>>& nodes);

  // A commit brackets its write with these: while one is under way nobody
  // uses the cache; at the end the nodes it touched are dropped and the cache
  // moves to `sequence`. `touched` empty and `all` set: drop everything (a
  // bulk import).
  void BeginCommit();
  void EndCommit(const std::vector<uint64_t>& touched, bool all, uint64_t sequence);

  size_t bytes() const;
  size_t capacity() const { return capacity_; }

 private:
  void DropLocked(uint64_t node);
  void EvictLocked(size_t target_bytes);
  // Frees what was dropped unless a Pin lives.
  void ReclaimLocked();

  const size_t capacity_;
  mutable std::shared_mutex mu_;
  uint64_t sequence_;
  int commits_in_flight_ = 0;
  std::vector<PackedAdjacencyPtr> slots_;  // by node id (ids are dense counters)
  // Set on use, cleared by the clock hand; atomics, as readers hold only the
  // shared lock.
  std::unique_ptr<std::atomic<uint8_t>[]> used_;
  size_t used_size_ = 0;
  size_t hand_ = 0;
  size_t bytes_ = 0;  // of cached adjacency and the slots
  mutable std::atomic<int> pins_{0};
  std::vector<PackedAdjacencyPtr> retired_;  // dropped while pinned
  size_t retired_bytes_ = 0;
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_ADJACENCY_CACHE_H_
