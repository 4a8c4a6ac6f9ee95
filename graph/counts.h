// graph/counts.h — the counts of nodes, relationships, labels and types, kept
// in the `counts` column family so that `stats` and the shell's banner read
// a handful of keys instead of scanning the graph (internal).
//
// Every write adds its changes as RocksDB merges (signed 64-bit additions)
// in the same atomic batch or import as the write itself, so the counts are
// exact at every snapshot, after a crash, and with several transactions
// committing at once (additions commute; a read-modify-write would lose
// updates). The key `built` says the family is complete: a database written
// before counts were kept gets them counted once, at its first writable
// open; read-only handles on such a database count by scanning.
#ifndef NEWSGRAPH_GRAPH_COUNTS_H_
#define NEWSGRAPH_GRAPH_COUNTS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/merge_operator.h>

#include "graph/graph_store.h"

namespace ng {

class RocksStore;
class RocksTransaction;

namespace counts {

// Keys: "n" nodes, "r" relationships, "l" + label, "t" + type, "k" + label
// + 0x00 + kind (nodes of the label with that string `kind` property), "p" +
// label + 0x00 + key (nodes of the label with that property), "built".
inline const char kNodes[] = "n";
inline const char kRelationships[] = "r";
inline const char kBuilt[] = "built";
// The value of `built`: a family built by an older layout (without the
// per-key counts) is counted again.
inline const char kBuiltVersion[] = "2";
inline std::string LabelKey(const std::string& label) { return "l" + label; }
inline std::string TypeKey(const std::string& type) { return "t" + type; }
inline std::string KindKey(const std::string& label, const std::string& kind) {
  return "k" + label + std::string(1, '\0') + kind;
}
inline std::string PropertyKey(const std::string& label, const std::string& key) {
  return "p" + label + std::string(1, '\0') + key;
}

// The merge operator of the family: values are 8-byte little-endian
// two's-complement integers, merged by adding.
std::shared_ptr<rocksdb::MergeOperator> AddOperator();
std::string Encode(int64_t v);

// Changes of one transaction or import, keyed as above.
class Deltas {
 public:
  void AddNode(const Node& node, int64_t sign);
  void AddRelationship(const std::string& type, int64_t sign);
  // A node's labels or properties replaced: only the difference is counted.
  void ChangeNode(const Node& before, const Node& after);
  // Non-zero changes, by key.
  std::vector<std::pair<std::string, int64_t>> Changes() const;
  int64_t Of(const std::string& key) const;
  bool empty() const { return Changes().empty(); }

 private:
  std::map<std::string, int64_t> by_key_;
};

// The counts as `read` sees the family, with `pending` added (a
// transaction's own writes); nullopt when the family is not built.
std::optional<StoreCounts> Read(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                                const rocksdb::ReadOptions& read, const Deltas& pending);
// One count ("l" + label, …) the same way; nullopt when not built.
std::optional<uint64_t> ReadOne(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                                const rocksdb::ReadOptions& read, const std::string& key,
                                const Deltas& pending);

// Counts what `txn` sees by scanning the id families, the label index and
// the outgoing adjacency (the old way: seconds at 1 M nodes); `kinds` reads
// every node record too, for per_kind and per_key.
StoreCounts Scan(const RocksTransaction& txn, bool kinds);

// Replaces the family's contents with counts made by scanning, and marks it
// built, in one write. For a writer that no transaction runs beside (the
// open, repair).
void Rebuild(RocksStore* store);

// Whether the family of `store` is built (false when it has no family).
bool Built(RocksStore* store);

}  // namespace counts
}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_COUNTS_H_
