// graph/graph_store.h — the front door of the property-graph store.
//
// A GraphStore is a persistent property graph kept in RocksDB (the layout is
// in docs/STORAGE.md). Nothing of RocksDB or Boost shows through this header.
//
// All reads and writes go through a Transaction: it reads from a consistent
// snapshot taken when it began, sees its own uncommitted writes, and commits
// them as one atomic RocksDB write batch (all of it or none of it). A
// transaction that is destroyed without Commit() writes nothing.
//
// Threading: one GraphStore may be shared by threads; a Transaction belongs
// to one thread. One process at a time may open a database for writing; a
// second writer gets ng::Error(kLocked). Read-only handles work while another
// process writes.
#ifndef NEWSGRAPH_GRAPH_GRAPH_STORE_H_
#define NEWSGRAPH_GRAPH_GRAPH_STORE_H_

#include <cstdint>
#include <functional>
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.h"
#include "graph/value.h"

namespace ng {

using NodeId = uint64_t;
using RelId = uint64_t;

struct Node {
  NodeId id = 0;
  std::vector<std::string> labels;  // sorted, no duplicates
  Properties properties;

  bool HasLabel(const std::string& label) const {
    return std::binary_search(labels.begin(), labels.end(), label);
  }
};

struct Relationship {
  RelId id = 0;
  std::string type;
  NodeId start = 0;
  NodeId end = 0;
  Properties properties;
};

enum class Direction { kOutgoing, kIncoming, kBoth };

// One entry of a node's adjacency: enough to expand without reading records.
struct AdjacencyEntry {
  RelId relationship = 0;
  std::string type;
  NodeId neighbour = 0;
  Direction direction = Direction::kOutgoing;  // kOutgoing: this node is the start
};

// One relationship as a run lists it: the node at the other end and the id.
struct Neighbour {
  NodeId node = 0;
  RelId relationship = 0;
};

// Consecutive relationships of one node with one type and direction; the
// entries are valid during the call that hands the run over.
struct AdjacencyRun {
  NodeId node = 0;
  const std::string* type = nullptr;
  Direction direction = Direction::kOutgoing;
  const Neighbour* begin = nullptr;
  const Neighbour* end = nullptr;
};

// A set of node ids, one bit per id (ids are dense counters).
class NodeIdSet {
 public:
  void Insert(NodeId id) {
    if ((id >> 6) >= words_.size()) words_.resize((id >> 6) + 1, 0);
    words_[id >> 6] |= uint64_t{1} << (id & 63);
  }
  bool Contains(NodeId id) const {
    return (id >> 6) < words_.size() && ((words_[id >> 6] >> (id & 63)) & 1);
  }

 private:
  std::vector<uint64_t> words_;
};

// Pull cursor over ids. Next() returns false when exhausted.
class IdCursor {
 public:
  virtual ~IdCursor() = default;
  virtual bool Next(uint64_t* id) = 0;
};

class AdjacencyCursor {
 public:
  virtual ~AdjacencyCursor() = default;
  virtual bool Next(AdjacencyEntry* entry) = 0;
};

struct OpenOptions {
  bool read_only = false;          // stats/export/check: never create, never write
  bool create_if_missing = true;   // ignored when read_only
  // Memory for the decoded adjacency of expanded nodes (warm traversals read
  // it instead of RocksDB): -1 is a quarter of RAM up to 1 GiB, 0 none.
  int64_t adjacency_cache_bytes = -1;
  // `repair` only: open a damaged database keeping what its write-ahead log
  // holds before the first damaged record (each record is one whole article
  // or import batch) and rebuilding lost table metadata.
  bool salvage = false;
};

struct StoreCounts {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
  std::vector<std::pair<std::string, uint64_t>> per_label;  // sorted by label
  std::vector<std::pair<std::string, uint64_t>> per_type;   // sorted by type
  // Nodes per label and string `kind` property (actors by kind, statements
  // by kind), sorted; empty when not kept (a database from before counts
  // were kept, opened read-only).
  struct Kind {
    std::string label, kind;
    uint64_t nodes = 0;
  };
  std::vector<Kind> per_kind;
  // Nodes per label that have each property key (which label owns which
  // key), sorted; empty when not kept, as per_kind.
  struct Key {
    std::string label, key;
    uint64_t nodes = 0;
  };
  std::vector<Key> per_key;
};

class Transaction {
 public:
  virtual ~Transaction() = default;

  // ---- reads (snapshot + this transaction's own writes)
  virtual std::optional<Node> GetNode(NodeId id) const = 0;
  virtual std::optional<Relationship> GetRelationship(RelId id) const = 0;
  // The records of many nodes, in the order of `ids` (nullopt where none):
  // one walk over the records in key order, stepping over small gaps, where
  // a look-up each would search the table's index and filter every time.
  virtual std::vector<std::optional<Node>> GetNodes(const std::vector<NodeId>& ids) const = 0;
  // The same with only the properties named in `keys` (the others are stepped
  // over, not built): for a query that shows a few values of many nodes.
  virtual std::vector<std::optional<Node>> GetNodes(const std::vector<NodeId>& ids,
                                                    const std::vector<std::string>& keys) const = 0;
  virtual bool NodeExists(NodeId id) const = 0;

  // All node ids / relationship ids, ascending.
  virtual std::unique_ptr<IdCursor> ScanNodes() const = 0;
  virtual std::unique_ptr<IdCursor> ScanRelationships() const = 0;
  // Node ids carrying `label`, ascending.
  virtual std::unique_ptr<IdCursor> ScanLabel(const std::string& label) const = 0;
  // The nodes carrying `label`, to test many nodes against it: one scan of
  // the label index, which the store keeps for later transactions until
  // something is written.
  virtual std::shared_ptr<const NodeIdSet> NodesWithLabel(const std::string& label) const = 0;
  // Relationships of `node` in `direction`, restricted to `types` unless it is
  // empty. With kBoth a self-loop appears twice (once each way).
  virtual std::unique_ptr<AdjacencyCursor> Adjacent(
      NodeId node, Direction direction, const std::vector<std::string>& types = {}) const = 0;
  virtual uint64_t Degree(NodeId node, Direction direction,
                          const std::vector<std::string>& types = {}) const = 0;
  // The relationships of every node of `nodes` in `direction`, restricted to
  // `types` unless it is empty, node by node in the order given, each node's
  // outgoing ones (by type) before its incoming ones: `visit(node, entry)` for
  // each. For a breadth-first level: nodes in the store's adjacency cache
  // come from memory, the others from one walk per adjacency family in key
  // order (sorted first, so a million nodes cost about a scan, not a million
  // seeks).
  virtual void AdjacentMany(const std::vector<NodeId>& nodes, Direction direction,
                            const std::vector<std::string>& types,
                            const std::function<void(NodeId, const AdjacencyEntry&)>& visit) const = 0;
  // The same relationships, one call per run of one type and direction: the
  // tight loop over a run's entries is the caller's (large expansions).
  virtual void AdjacentRuns(const std::vector<NodeId>& nodes, Direction direction,
                            const std::vector<std::string>& types,
                            const std::function<void(const AdjacencyRun&)>& visit) const = 0;

  // Nodes whose "name" or any of whose "aliases" equals `name`, compared
  // case-insensitively (Unicode-aware lower-casing of ASCII and Latin letters).
  virtual std::vector<NodeId> FindByName(const std::string& name) const = 0;
  // Indexed names starting with `prefix` (case-insensitive), at most `limit`,
  // as stored (original case). For completion.
  virtual std::vector<std::string> NamesWithPrefix(const std::string& prefix,
                                                   size_t limit) const = 0;

  // Labels, relationship types and counts of what is visible.
  virtual StoreCounts Counts() const = 0;
  virtual uint64_t CountLabel(const std::string& label) const = 0;

  // ---- texts: a document kept beside a node's record, compressed, out of
  // the way of queries (an Article's body, which Statement offsets index).
  // The node's text, or nullopt when it has none.
  virtual std::optional<std::string> GetText(NodeId id) const = 0;
  // Ids of the nodes that have a text, ascending.
  virtual std::unique_ptr<IdCursor> ScanTexts() const = 0;

  // ---- writes (visible to this transaction at once, to others on Commit)
  virtual NodeId CreateNode(const std::vector<std::string>& labels,
                            const Properties& properties) = 0;
  // Throws kEntityNotFound if an end does not exist.
  virtual RelId CreateRelationship(NodeId start, const std::string& type, NodeId end,
                                   const Properties& properties) = 0;
  // Replaces labels and properties of an existing node (indexes follow).
  virtual void UpdateNode(const Node& node) = 0;
  // Replaces the properties of an existing relationship.
  virtual void UpdateRelationship(const Relationship& rel) = 0;
  // Gives an existing node its text, replacing any it had (kEntityNotFound
  // if the node does not exist).
  virtual void SetText(NodeId id, std::string_view text) = 0;
  // Throws kConstraint if the node still has relationships. Its text goes too.
  virtual void DeleteNode(NodeId id) = 0;
  virtual void DeleteRelationship(RelId id) = 0;

  // For import only: create with a given id (fails with kInvalidArgument if
  // the id is taken); later ids are allocated above it.
  virtual void CreateNodeWithId(NodeId id, const std::vector<std::string>& labels,
                                const Properties& properties) = 0;
  virtual void CreateRelationshipWithId(RelId id, NodeId start, const std::string& type,
                                        NodeId end, const Properties& properties) = 0;

  // Writes everything atomically. Throws on failure, in which case nothing
  // was written. A transaction can be committed once.
  virtual void Commit() = 0;
  virtual bool HasWrites() const = 0;
};

class GraphStore {
 public:
  // Opens (or, when allowed, creates) the database at `path`.
  // Errors: kNoDatabase (read-only and nothing there), kLocked (another
  // writer), kVersion (newer schema), kIo, kCorruption.
  static std::unique_ptr<GraphStore> Open(const std::string& path, const OpenOptions& options);

  virtual ~GraphStore() = default;

  virtual std::unique_ptr<Transaction> Begin() = 0;
  virtual bool read_only() const = 0;
  virtual const std::string& path() const = 0;
  // Bytes on disk of the database directory.
  virtual uint64_t SizeOnDisk() const = 0;
};

// True if `path` holds a newsgraph database.
bool DatabaseExists(const std::string& path);

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_GRAPH_STORE_H_
