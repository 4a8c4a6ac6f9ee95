// graph/label_sets.h — the nodes of each label as bit sets over node ids,
// shared by the transactions of one store (internal).
//
// A pattern that checks `(s:Statement)` on the far end of an expansion of
// 176,000 relationships would otherwise scan the label index (700,000 keys,
// about 0.3 s) in every query; a bit set costs one bit per node id and a
// look-up is one memory read. Kept while nothing is written: 1 M nodes cost
// 125 KB per label.
//
// Consistency: a set holds for the database state of one RocksDB sequence
// number. Every commit and bulk import clears all sets and moves the
// generation on (an ingested file need not move the sequence). A reader
// uses and adds sets only while the generation is the one it began in and
// its snapshot is at the set's sequence.
#ifndef NEWSGRAPH_GRAPH_LABEL_SETS_H_
#define NEWSGRAPH_GRAPH_LABEL_SETS_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "graph/graph_store.h"

namespace ng {

class LabelSets {
 public:
  uint64_t generation() const;
  // The set of `label` for a reader that began in `generation` at
  // `sequence`, or null.
  std::shared_ptr<const NodeIdSet> Find(uint32_t label, uint64_t generation, uint64_t sequence) const;
  // Keeps `set`, read by such a reader, unless something was written since.
  void Insert(uint32_t label, uint64_t generation, uint64_t sequence,
              std::shared_ptr<const NodeIdSet> set);
  // After a write: every set goes.
  void Clear();

 private:
  struct Entry {
    uint64_t sequence;
    std::shared_ptr<const NodeIdSet> set;
  };
  mutable std::mutex mu_;
  uint64_t generation_ = 0;
  std::unordered_map<uint32_t, Entry> sets_;
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_LABEL_SETS_H_
