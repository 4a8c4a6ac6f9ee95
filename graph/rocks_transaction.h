// graph/rocks_transaction.h — a snapshot-reading, batch-writing transaction
// over RocksStore (internal).
//
// Reads merge this transaction's WriteBatchWithIndex over a RocksDB snapshot,
// so a transaction sees the database as it began plus its own writes. Commit
// writes the batch (with the id counters and any new label/type names) in
// one atomic RocksDB write.
#ifndef NEWSGRAPH_GRAPH_ROCKS_TRANSACTION_H_
#define NEWSGRAPH_GRAPH_ROCKS_TRANSACTION_H_

#include <memory>
#include <string>
#include <vector>

#include <rocksdb/utilities/write_batch_with_index.h>

#include "graph/adjacency_cache.h"
#include "graph/counts.h"
#include "graph/rocks_store.h"

namespace ng {

class RocksTransaction : public Transaction {
 public:
  explicit RocksTransaction(RocksStore* store);
  ~RocksTransaction() override;

  std::optional<Node> GetNode(NodeId id) const override;
  std::vector<std::optional<Node>> GetNodes(const std::vector<NodeId>& ids) const override;
  std::vector<std::optional<Node>> GetNodes(const std::vector<NodeId>& ids,
                                            const std::vector<std::string>& keys) const override;
  std::optional<Relationship> GetRelationship(RelId id) const override;
  bool NodeExists(NodeId id) const override;
  std::unique_ptr<IdCursor> ScanNodes() const override;
  std::unique_ptr<IdCursor> ScanRelationships() const override;
  std::unique_ptr<IdCursor> ScanLabel(const std::string& label) const override;
  std::shared_ptr<const NodeIdSet> NodesWithLabel(const std::string& label) const override;
  std::unique_ptr<AdjacencyCursor> Adjacent(NodeId node, Direction direction,
                                            const std::vector<std::string>& types) const override;
  uint64_t Degree(NodeId node, Direction direction,
                  const std::vector<std::string>& types) const override;
  void AdjacentMany(const std::vector<NodeId>& nodes, Direction direction,
                    const std::vector<std::string>& types,
                    const std::function<void(NodeId, const AdjacencyEntry&)>& visit) const override;
  void AdjacentRuns(const std::vector<NodeId>& nodes, Direction direction,
                    const std::vector<std::string>& types,
                    const std::function<void(const AdjacencyRun&)>& visit) const override;
  std::vector<NodeId> FindByName(const std::string& name) const override;
  std::vector<std::string> NamesWithPrefix(const std::string& prefix, size_t limit) const override;
  StoreCounts Counts() const override;
  uint64_t CountLabel(const std::string& label) const override;
  std::optional<std::string> GetText(NodeId id) const override;
  std::unique_ptr<IdCursor> ScanTexts() const override;
  void SetText(NodeId id, std::string_view text) override;

  NodeId CreateNode(const std::vector<std::string>& labels, const Properties& properties) override;
  RelId CreateRelationship(NodeId start, const std::string& type, NodeId end,
                           const Properties& properties) override;
  void CreateNodeWithId(NodeId id, const std::vector<std::string>& labels,
                        const Properties& properties) override;
  void CreateRelationshipWithId(RelId id, NodeId start, const std::string& type, NodeId end,
                                const Properties& properties) override;
  void UpdateNode(const Node& node) override;
  void UpdateRelationship(const Relationship& rel) override;
  void DeleteNode(NodeId id) override;
  void DeleteRelationship(RelId id) override;
  void Commit() override;
  bool HasWrites() const override { return has_writes_; }

  // A bounded iterator over [lower, upper) of one column family, merging the
  // batch over the snapshot. Used by the cursors.
  struct RangeIterator {
    std::string lower, upper;
    rocksdb::Slice upper_slice;
    std::unique_ptr<rocksdb::Iterator> it;
    bool first = true;
    // Where `it` goes back when done (a pooled iterator), else null.
    std::vector<std::unique_ptr<rocksdb::Iterator>>* pool = nullptr;

    ~RangeIterator() {
      if (pool && it) pool->push_back(std::move(it));
    }
    // Advances to the next key in range; false when done.
    bool Next();
    std::string_view key() const { return {it->key().data(), it->key().size()}; }
    std::string_view value() const { return {it->value().data(), it->value().size()}; }
  };
  // The name of relationship type `id`, looked up in the store's dictionary
  // once per transaction (its lock and a string copy were most of a small
  // expansion); the reference stays valid while the transaction lives.
  const std::string& TypeName(uint32_t id) const;
  std::unique_ptr<RangeIterator> Range(Cf cf, std::string lower, std::string upper,
                                       bool within_prefix) const;
  RocksStore* store() const { return store_; }

 private:
  bool Get(Cf cf, const std::string& key, std::string* value) const;
  // GetNodes, with every property or only `only_keys` when given.
  std::vector<std::optional<Node>> ReadNodes(const std::vector<NodeId>& ids,
                                             const std::vector<std::string>* only_keys) const;
  void Put(Cf cf, const std::string& key, const std::string& value);
  void Delete(Cf cf, const std::string& key);
  // Takes relationship `id` out of `node`'s adjacency in `cf`: its own key,
  // or the block listing it, rewritten without it.
  void RemoveAdjacency(Cf cf, NodeId node, uint32_t type_id, NodeId other, RelId id);
  void CheckWritable() const;
  uint32_t LabelId(const std::string& label);
  uint32_t TypeId(const std::string& type);
  void WriteNode(const Node& node);
  void IndexNode(const Node& node, bool add);
  void WriteRelationship(const Relationship& rel);
  // Adjacency reads (rocks_adjacency.cc).
  // The node's adjacency as this transaction sees it (its writes merged in).
  void ReadAdjacency(NodeId node, PackedAdjacency* out) const;
  // The node's adjacency from the store's cache (read and added on a miss),
  // or null when this transaction may not use the cache.
  PackedAdjacencyPtr CachedAdjacency(NodeId node) const;
  // A snapshot iterator of `cf` (no batch merged in) from the idle pool.
  std::unique_ptr<rocksdb::Iterator> TakeIterator(Cf cf) const;
  void ReturnIterator(Cf cf, std::unique_ptr<rocksdb::Iterator> it) const;

  RocksStore* store_;
  // The store's LabelSets generation when this began (before the snapshot).
  uint64_t label_sets_generation_;
  const rocksdb::Snapshot* snapshot_;
  uint64_t snapshot_sequence_;
  rocksdb::ReadOptions read_options_;
  mutable rocksdb::WriteBatchWithIndex batch_;
  std::vector<uint32_t> new_labels_, new_types_;
  // What the writes change in the counts: merged in at Commit, added to
  // what the snapshot counts for this transaction's own reads.
  counts::Deltas deltas_;
  bool has_writes_ = false;
  bool committed_ = false;
  // Nodes whose adjacency this transaction wrote: dropped from the cache on
  // commit.
  std::vector<NodeId> touched_;
  // Prefix iterators of a transaction without writes, kept for the next range
  // of their column family: making one costs more than scanning a typical
  // node's adjacency, and a k-hop expansion opens a range per node.
  mutable std::vector<std::unique_ptr<rocksdb::Iterator>> idle_iterators_[kCfCount];
  mutable std::vector<std::unique_ptr<const std::string>> type_names_;  // by type id
  // AdjacentRuns' list of cached nodes, kept for the next call.
  mutable std::vector<const PackedAdjacency*> cached_scratch_;
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_ROCKS_TRANSACTION_H_
