// graph/bulk_writer.h — the bulk-load path of the imports (internal).
//
// Collects new nodes and relationships in memory (one byte arena per column
// family, no per-key index), then sorts each family's keys, writes them as
// table files with SstFileWriter and adds them all with one
// IngestExternalFiles call, which RocksDB records atomically in the MANIFEST:
// after a crash or an error, either every file of the import is in the
// database or none is. Much faster than a WriteBatchWithIndex for millions of
// keys, and writes each key once instead of WAL + memtable + flush.
//
// Only new elements: records are written under ids that no committed element
// has (allocated from the store's counters, or given and checked to be free),
// so the files never shadow existing data. Meant for one importer at a time:
// a transaction committing in the same process meanwhile is not seen.
#ifndef NEWSGRAPH_GRAPH_BULK_WRITER_H_
#define NEWSGRAPH_GRAPH_BULK_WRITER_H_

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "graph/background_worker.h"
#include "graph/graph_store.h"
#include "graph/rocks_store.h"

namespace rocksdb {
class SstFileWriter;
}

namespace ng {

class BulkWriter {
 public:
  // Throws kReadOnly on a read-only store; kInternal if `store` is not ours.
  // A streamed family is handed to the writer thread in batches of
  // `stream_batch_bytes` (tests make them tiny).
  explicit BulkWriter(GraphStore* store, size_t stream_batch_bytes = size_t{4} << 20);
  ~BulkWriter();  // removes its temporary files unless Commit() ran

  // With `id`, the node keeps it (kInvalidArgument if taken); else a new one.
  NodeId AddNode(std::optional<NodeId> id, std::vector<std::string> labels,
                 const Properties& properties);
  // kEntityNotFound unless both ends were added here or exist. With `id`, the
  // relationship keeps it (kInvalidArgument if taken).
  RelId AddRelationship(std::optional<RelId> id, NodeId start, const std::string& type,
                        NodeId end, const Properties& properties);
  // Gives a node added here its text (graph_store.h: Transaction::SetText).
  void AddText(NodeId node, std::string_view text);
  bool HasNode(NodeId id) const;
  // Writes and ingests everything; throws kIo on failure (nothing ingested).
  void Commit();

  // Adjacency keys (no value) kept as numbers, not in the arena: sorting and
  // writing them then reads memory in order (through the arena, each written
  // key was a cache miss).
  struct AdjacencyKey {
    uint64_t node, neighbour, relationship;
    uint32_t type;
    auto Order() const { return std::tie(node, type, neighbour, relationship); }
  };

 private:
  // One column family's pending entries: keys and values in one arena.
  struct Pending {
    std::string arena;
    struct Entry {
      // The key's first 24 bytes as numbers: the sort compares these and
      // rarely touches the arena (a memcmp per comparison, with a cache miss
      // on each side, was a fifth of an import). 24, not 16: an adjacency
      // key is start(8) type(4) end(8) rel(8), and 16 bytes tie for all
      // relationships of one node and type (the high bytes of `end` are 0).
      uint64_t head, head2, head3;
      bool SameHead(const Entry& o) const {
        return head == o.head && head2 == o.head2 && head3 == o.head3;
      }
      uint64_t offset;
      uint32_t key_size, value_size;
    };
    std::vector<Entry> entries;
    void Add(std::string_view key, std::string_view value);
    std::vector<AdjacencyKey> adjacency;
    size_t Bytes() const { return arena.size() + adjacency.size() * 28; }
  };
  // A family whose keys arrive in ascending order (records under
  // allocated ids, usually also given ones) is written while the import
  // parses: full batches go to the background worker, which appends them to
  // the family's table file. A key out of order ends that: the rest of the
  // family is sorted at Commit(), together with what the file holds.
  struct Stream {
    Pending batch;          // in order, not yet handed over
    std::string last_key;   // the greatest key batched so far
    bool broken = false;    // a key came out of order
    std::string file;       // set once a batch was handed over
    std::unique_ptr<rocksdb::SstFileWriter> writer;  // the worker's
  };
  void Put(Cf cf, std::string_view key, std::string_view value);
  void HandOver(Cf cf);
  void WriteBatch(Cf cf, const Pending& batch);  // on the worker
  void FinishStreams();
  void ReadBack(Cf cf);
  std::unique_ptr<rocksdb::SstFileWriter> NewTableFile(Cf cf, const std::string& file);
  uint32_t LabelId(const std::string& label);
  uint32_t TypeId(const std::string& type);
  std::string WriteTable(Cf cf, Pending* pending, int seq);
  std::array<std::string, kCfCount> WriteTables();

  RocksStore* store_;
  std::string temp_dir_;
  std::array<Pending, kCfCount> pending_;
  std::array<Stream, kCfCount> streams_;
  size_t stream_batch_bytes_;
  // Ids at or above these were free when the import began: no look-up needed.
  NodeId first_free_node_;
  RelId first_free_rel_;
  // Nodes added here: a bit per id below kDenseIds (ids are mostly dense and
  // every relationship checks both ends), a set above.
  static constexpr NodeId kDenseIds = NodeId{1} << 28;  // at most 32 MiB of bits
  std::vector<bool> added_node_bits_;
  std::unordered_set<NodeId> added_nodes_;
  std::unordered_set<RelId> added_rels_;  // only those with given ids
  std::vector<uint32_t> new_labels_, new_types_;
  // What the import adds to the counts (graph/counts.h), by label and type
  // id: a map look-up by name per relationship was measurable at 5 M.
  uint64_t nodes_added_ = 0, rels_added_ = 0;
  std::vector<uint64_t> per_label_, per_type_;
  std::map<std::pair<uint32_t, std::string>, uint64_t> per_kind_;  // (label id, kind)
  std::map<std::pair<uint32_t, std::string>, uint64_t> per_key_;   // (label id, property key)
  std::string last_type_;
  uint32_t last_type_id_ = 0;
  bool committed_ = false;
  // Last: destroyed first, so no task outlives the state it writes.
  BackgroundWorker worker_{4};
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_BULK_WRITER_H_
