// graph/rocks_store.h — the RocksDB implementation of GraphStore (internal).
#ifndef NEWSGRAPH_GRAPH_ROCKS_STORE_H_
#define NEWSGRAPH_GRAPH_ROCKS_STORE_H_

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <rocksdb/db.h>
#include <rocksdb/options.h>

#include "graph/adjacency_cache.h"
#include "graph/label_sets.h"
#include "graph/graph_store.h"

namespace ng {

constexpr uint32_t kSchemaVersion = 1;

// Column families, in the order they are opened.
enum Cf {
  kCfDefault, kCfMeta, kCfNodes, kCfRels, kCfOut, kCfIn, kCfLabels, kCfNames,
  kCfTexts,   // node id -> its text, compressed (graph/text_compression.h)
  kCfCounts,  // counts per label and type, kept by every write (graph/counts.h)
  kCfCount
};
extern const char* const kCfNames_[kCfCount];

// Interns label and relationship-type names as 32-bit ids. The mapping lives
// in the meta column family; ids not yet committed are written by the first
// transaction that uses them.
class Dictionary {
 public:
  // The id of `name`, allocating one when `allocate` (else nullopt if unknown).
  std::optional<uint32_t> Find(const std::string& name) const;
  uint32_t Intern(const std::string& name, bool* is_new);
  std::string NameOf(uint32_t id) const;
  void Load(uint32_t id, const std::string& name);
  void MarkPersisted(uint32_t id);
  bool IsPersisted(uint32_t id) const;
  std::vector<std::pair<uint32_t, std::string>> All() const;

 private:
  mutable std::mutex mu_;
  std::map<std::string, uint32_t> ids_;
  std::map<uint32_t, std::string> names_;
  std::map<uint32_t, bool> persisted_;
};

class RocksStore : public GraphStore {
 public:
  static std::unique_ptr<RocksStore> Open(const std::string& path, const OpenOptions& options);
  ~RocksStore() override;

  std::unique_ptr<Transaction> Begin() override;
  bool read_only() const override { return read_only_; }
  const std::string& path() const override { return path_; }
  uint64_t SizeOnDisk() const override;

  // For transactions.
  rocksdb::DB* db() const { return db_.get(); }
  // Null only for kCfTexts or kCfCounts of a database written before they
  // were kept, opened read-only (a writer creates the family).
  rocksdb::ColumnFamilyHandle* cf(Cf c) const { return handles_[c]; }
  Dictionary& labels() { return labels_; }
  Dictionary& types() { return types_; }
  AdjacencyCache& adjacency_cache() const { return *adjacency_cache_; }
  LabelSets& label_sets() const { return label_sets_; }
  uint64_t AllocateNodeId() { return next_node_.fetch_add(1); }
  uint64_t AllocateRelId() { return next_rel_.fetch_add(1); }
  void ReserveNodeId(uint64_t id);
  void ReserveRelId(uint64_t id);
  // Options for writing a table file of `c` (bulk import).
  rocksdb::Options TableOptions(Cf c) const {
    return rocksdb::Options(db_options_, cf_options_[c]);
  }
  uint64_t next_node() const { return next_node_.load(); }
  uint64_t next_rel() const { return next_rel_.load(); }

 private:
  RocksStore() = default;
  // Open() once the folder exists: RocksDB, the schema version, the caches.
  static std::unique_ptr<RocksStore> OpenFolder(const std::string& path, const OpenOptions& options);
  void LoadMeta();

  std::string path_;
  bool read_only_ = false;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  rocksdb::DBOptions db_options_;
  std::vector<rocksdb::ColumnFamilyOptions> cf_options_;
  Dictionary labels_;
  Dictionary types_;
  std::unique_ptr<AdjacencyCache> adjacency_cache_;
  mutable LabelSets label_sets_;
  std::atomic<uint64_t> next_node_{1};
  std::atomic<uint64_t> next_rel_{1};
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_ROCKS_STORE_H_
