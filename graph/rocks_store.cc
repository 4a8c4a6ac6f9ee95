#include "graph/rocks_store.h"

#include <chrono>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include "graph/counts.h"
#include "graph/info_log.h"
#include "graph/keys.h"
#include "graph/rocks_transaction.h"
#include "graph/store_probe.h"

namespace ng {

const char* const kCfNames_[kCfCount] = {"default", "meta",  "nodes", "rels",  "out",
                                         "in",      "labels", "names", "texts", "counts"};

namespace {

// Maps a RocksDB failure to our one error type, recognizing the lock error.
[[noreturn]] void ThrowOpenError(const rocksdb::Status& s, const std::string& path) {
  std::string msg = s.ToString();
  if (s.IsIOError() && (msg.find("lock") != std::string::npos ||
                        msg.find("Resource temporarily unavailable") != std::string::npos)) {
    throw Error(ErrorKind::kLocked,
                "database " + path + " is locked by another process (one writer at a time)");
  }
  if (s.IsCorruption())
    throw Error(ErrorKind::kCorruption, "database " + path + " is damaged (" + msg +
                                            "); nothing was changed: `newsgraph --db " + path +
                                            " repair` keeps a copy and recovers what can be read");
  throw Error(ErrorKind::kIo, "cannot open database " + path + ": " + msg);
}

// 1 GiB, or RAM / `ram_divisor` on smaller machines, but at least `floor`.
size_t MemoryBudget(size_t ram_divisor, size_t floor) {
  size_t limit = size_t{1} << 30;
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
  if (pages > 0 && page > 0)
    limit = std::min(limit, static_cast<size_t>(pages) * page / ram_divisor);
  return std::max(limit, floor);
}

// The block cache fills only as blocks are read: 1 GiB keeps the adjacency of
// a 1 M-node graph in memory (a 3-hop expansion over all of it went from 18.6
// to 11.7 s against 64 MiB), an eighth of RAM on small machines.
size_t BlockCacheBytes() { return MemoryBudget(8, size_t{64} << 20); }

// The adjacency cache: about 230 MB holds all of a graph of 1 M nodes and 5 M
// relationships; a quarter of RAM on small machines.
size_t AdjacencyCacheBytes() { return MemoryBudget(4, size_t{16} << 20); }

rocksdb::ColumnFamilyOptions CfOptions(Cf cf, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions o;
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  // Index and filter blocks live in the block cache (so memory stays bounded
  // for large databases) but partitioned, with the small top level pinned and
  // the partitions at high priority: a big bulk-loaded table file would
  // otherwise have one multi-megabyte index and filter that data blocks keep
  // evicting (measured: a 1 M-relationship export went from 137 s to 6 s).
  t.cache_index_and_filter_blocks = true;
  t.cache_index_and_filter_blocks_with_high_priority = true;
  t.pin_top_level_index_and_filter = true;
  t.pin_l0_filter_and_index_blocks_in_cache = true;
  t.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  t.partition_filters = true;
  t.metadata_block_size = 4096;
  if (cf == kCfOut || cf == kCfIn) {
    // Adjacency is scanned by node id: bloom filters on the 8-byte prefix let
    // a scan of a node with no relationships skip files entirely.
    o.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(8));
    t.whole_key_filtering = false;
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  if (cf == kCfCounts) o.merge_operator = counts::AddOperator();
  // Texts are compressed one by one before they are written (so the log,
  // the memtable and the block cache hold them small too): not twice.
  o.compression = cf == kCfTexts ? rocksdb::kNoCompression : rocksdb::kZSTD;
  return o;
}

}  // namespace

// ---- Dictionary

std::optional<uint32_t> Dictionary::Find(const std::string& name) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = ids_.find(name);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

uint32_t Dictionary::Intern(const std::string& name, bool* is_new) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = ids_.find(name);
  if (it != ids_.end()) {
    *is_new = !persisted_[it->second];
    return it->second;
  }
  uint32_t id = names_.empty() ? 1 : names_.rbegin()->first + 1;
  ids_[name] = id;
  names_[id] = name;
  persisted_[id] = false;
  *is_new = true;
  return id;
}

std::string Dictionary::NameOf(uint32_t id) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = names_.find(id);
  if (it != names_.end()) return it->second;
  std::string unknown(1, '?');
  return unknown += std::to_string(id);
}

void Dictionary::Load(uint32_t id, const std::string& name) {
  std::lock_guard<std::mutex> lock(mu_);
  ids_[name] = id;
  names_[id] = name;
  persisted_[id] = true;
}

void Dictionary::MarkPersisted(uint32_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  persisted_[id] = true;
}

bool Dictionary::IsPersisted(uint32_t id) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = persisted_.find(id);
  return it != persisted_.end() && it->second;
}

std::vector<std::pair<uint32_t, std::string>> Dictionary::All() const {
  std::lock_guard<std::mutex> lock(mu_);
  return {names_.begin(), names_.end()};
}

// ---- RocksStore

namespace {

// A folder without CURRENT that holds files: the remains of a database whose
// CURRENT was lost (RocksDB would start afresh and delete the table files), or
// an ordinary folder. Neither is created over. A creation killed before it
// wrote CURRENT leaves only empty bookkeeping (IDENTITY, LOCK, a MANIFEST, an
// empty log): nothing to lose, so that is created over.
void RefuseToCreateOver(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec)) return;
  bool data = false, other_files = false;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    auto ends_with = [&](const char* suffix) {
      size_t n = std::strlen(suffix);
      return name.size() > n && name.compare(name.size() - n, n, suffix) == 0;
    };
    bool bookkeeping = name.rfind("MANIFEST-", 0) == 0 || name.rfind("OPTIONS-", 0) == 0 ||
                       name == "IDENTITY" || name == "LOCK" || name == "LOG" ||
                       name.rfind("LOG.old", 0) == 0;
    if (ends_with(".sst") || (ends_with(".log") && entry.file_size(ec) > 0)) data = true;
    else if (!bookkeeping && !ends_with(".log")) other_files = true;
  }
  if (data)
    throw Error(ErrorKind::kCorruption,
                "database " + path +
                    " is damaged: its CURRENT file is missing but its table files are there; nothing "
                    "was changed (restore CURRENT from a backup: it holds the name of the newest "
                    "MANIFEST- file and a newline)");
  if (other_files)
    throw Error(ErrorKind::kInvalidArgument,
                "no database at " + path + ", and the folder is not empty: not creating one there");
}

// A read-only open of the families that exist: a database written before
// texts were kept has no `texts` family, and a reader creates nothing. The
// handles come back by family, null for one that is missing.
rocksdb::Status OpenReadOnly(const rocksdb::DBOptions& options, const std::string& path,
                             const std::vector<rocksdb::ColumnFamilyDescriptor>& all,
                             std::vector<rocksdb::ColumnFamilyHandle*>* handles, rocksdb::DB** db) {
  std::vector<std::string> names;
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(options, path, &names);
  if (!s.ok()) return s;
  std::vector<rocksdb::ColumnFamilyDescriptor> present;
  for (const auto& d : all)
    if (std::find(names.begin(), names.end(), d.name) != names.end()) present.push_back(d);
  std::vector<rocksdb::ColumnFamilyHandle*> opened;
  s = rocksdb::DB::OpenForReadOnly(options, path, present, &opened, db);
  if (!s.ok()) return s;
  handles->assign(all.size(), nullptr);
  for (size_t i = 0, k = 0; i < all.size(); ++i)
    if (k < present.size() && present[k].name == all[i].name) (*handles)[i] = opened[k++];
  return s;
}

// A writer's open. RocksDB 7.8 rewrites (and fsyncs, and reads back) the
// OPTIONS file once for every column family DB::Open creates, nine for a new
// database, a quarter of a second in all; the missing families are created
// here in one CreateColumnFamilies call, which writes it once.
rocksdb::Status OpenForWriting(const rocksdb::DBOptions& options, const std::string& path,
                               const std::vector<rocksdb::ColumnFamilyDescriptor>& all,
                               std::vector<rocksdb::ColumnFamilyHandle*>* handles, rocksdb::DB** db) {
  std::vector<std::string> names;
  bool is_new = !std::filesystem::exists(std::filesystem::path(path) / "CURRENT");
  if (is_new) names = {rocksdb::kDefaultColumnFamilyName};
  // A MANIFEST that cannot be read is DB::Open's to report (and `repair`'s to mend).
  else if (!rocksdb::DB::ListColumnFamilies(options, path, &names).ok())
    return rocksdb::DB::Open(options, path, all, handles, db);
  std::vector<rocksdb::ColumnFamilyDescriptor> present, missing;
  for (const auto& d : all)
    (std::find(names.begin(), names.end(), d.name) != names.end() ? present : missing).push_back(d);
  // Families this version does not know (there are none today) make the open fail, as before.
  std::vector<rocksdb::ColumnFamilyHandle*> opened, created;
  rocksdb::Status s = rocksdb::DB::Open(options, path, present, &opened, db);
  if (!s.ok() || missing.empty()) {
    if (s.ok()) *handles = opened;
    return s;
  }
  s = (*db)->CreateColumnFamilies(missing, &created);
  if (!s.ok()) {
    for (auto* h : opened) (*db)->DestroyColumnFamilyHandle(h);
    for (auto* h : created) (*db)->DestroyColumnFamilyHandle(h);
    delete *db;
    *db = nullptr;
    return s;
  }
  handles->assign(all.size(), nullptr);
  for (size_t i = 0, p = 0, m = 0; i < all.size(); ++i)
    (*handles)[i] = (p < present.size() && present[p].name == all[i].name) ? opened[p++] : created[m++];
  return s;
}

}  // namespace

std::unique_ptr<RocksStore> RocksStore::Open(const std::string& path, const OpenOptions& options) {
  bool exists = DatabaseExists(path);
  if (!exists) RefuseToCreateOver(path);
  if (!exists && (options.read_only || !options.create_if_missing))
    throw Error(ErrorKind::kNoDatabase, "no database at " + path);
  if (!exists && std::filesystem::exists(path) && !std::filesystem::is_directory(path))
    throw Error(ErrorKind::kIo, "cannot create database " + path + ": it is a file");

  bool folder_existed = std::filesystem::exists(path);
  if (!exists) {
    // Like sqlite3, `--db a/b/c.db` creates the missing parent folders too.
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec) throw Error(ErrorKind::kIo, "cannot create database " + path + ": " + ec.message());
  }
  try {
    return OpenFolder(path, options);
  } catch (const Error& e) {
    // A database that could not be created (a full disk) leaves no half of
    // one behind: what this open wrote goes, the folder too if it made it.
    // Not when another process holds the lock: the files are its own.
    if (!exists && e.kind() != ErrorKind::kLocked) {
      std::error_code ec;
      if (folder_existed)
        for (const auto& entry : std::filesystem::directory_iterator(path, ec))
          std::filesystem::remove_all(entry.path(), ec);
      else
        std::filesystem::remove_all(path, ec);
    }
    throw;
  }
}

std::unique_ptr<RocksStore> RocksStore::OpenFolder(const std::string& path, const OpenOptions& options) {

  std::unique_ptr<RocksStore> store(new RocksStore());
  store->path_ = path;
  store->read_only_ = options.read_only;

  rocksdb::DBOptions db_options;
  // A read-only open writes no log at all (it may run beside a writer, or
  // on a full disk); a writer's log never stops it (graph/info_log.h).
  db_options.info_log = options.read_only ? DiscardingInfoLog() : OpenInfoLog(path);
  db_options.create_if_missing = true;
  db_options.create_missing_column_families = true;
  // A read-only handle opens every table file at once: a writer in another
  // process may delete files after compaction, and an open file stays readable.
  db_options.max_open_files = options.read_only ? -1 : 512;
  db_options.keep_log_file_num = 2;
  // RocksDB opens each family's table files with up to 16 threads, started
  // per family even when it has none to open: 160 threads for every
  // `newsgraph query`. One opener, on the calling thread, is what 2 cores need.
  db_options.max_file_opening_threads = 1;
  // A damaged write-ahead log is an error, not data to drop: the default
  // (point-in-time) recovery silently discards every record after a damaged
  // one, and the next writer makes that loss permanent. Only a record cut
  // short at the very end (a write the machine did not finish) is let go.
  // `repair` keeps what came before the damage: articles share actors, so a
  // later record may point into the damaged one, and only the prefix is whole.
  db_options.wal_recovery_mode = options.salvage ? rocksdb::WALRecoveryMode::kPointInTimeRecovery
                                                 : rocksdb::WALRecoveryMode::kTolerateCorruptedTailRecords;
  db_options.IncreaseParallelism(2);
  auto cache = rocksdb::NewLRUCache(BlockCacheBytes(), -1, false, /*high_pri_pool_ratio=*/0.5);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (int c = 0; c < kCfCount; ++c)
    descriptors.emplace_back(kCfNames_[c], CfOptions(static_cast<Cf>(c), cache));
  store->db_options_ = db_options;
  for (const auto& d : descriptors) store->cf_options_.push_back(d.options);

  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (options.read_only) {
    // A writer may switch MANIFEST or delete a WAL between our reading CURRENT
    // and opening the files; trying again sees the new state.
    for (int attempt = 0; attempt < 5; ++attempt) {
      store->handles_.clear();
      s = OpenReadOnly(db_options, path, descriptors, &store->handles_, &raw);
      if (s.ok() || !(s.IsIOError() || s.IsPathNotFound() || s.IsCorruption())) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20 << attempt));
    }
  } else {
    s = OpenForWriting(db_options, path, descriptors, &store->handles_, &raw);
    // Damaged beyond the log (a table file or the MANIFEST): RocksDB's
    // repairer rebuilds the metadata from the table files it can read.
    if (s.IsCorruption() && options.salvage) {
      rocksdb::Options repair_options(db_options, rocksdb::ColumnFamilyOptions());
      s = rocksdb::RepairDB(path, repair_options, descriptors);
      store->handles_.clear();
      if (s.ok()) s = rocksdb::DB::Open(db_options, path, descriptors, &store->handles_, &raw);
    }
  }
  if (!s.ok()) ThrowOpenError(s, path);
  store->db_.reset(raw);
  store->LoadMeta();
  // A database from before counts were kept is counted once, here; after a
  // salvage the families may no longer agree with what was counted.
  if (!options.read_only && (options.salvage || !counts::Built(store.get())))
    counts::Rebuild(store.get());
  size_t cache_bytes = options.adjacency_cache_bytes < 0
                           ? AdjacencyCacheBytes()
                           : static_cast<size_t>(options.adjacency_cache_bytes);
  store->adjacency_cache_ =
      std::make_unique<AdjacencyCache>(cache_bytes, store->db_->GetLatestSequenceNumber());
  return store;
}

RocksStore::~RocksStore() {
  // What was written goes to table files now: left in the write-ahead log it
  // would be replayed by every later open (half a second for a thousand
  // articles, each time the database is queried). A few writes replay in no
  // time, and their flush would cost each small command table files.
  constexpr uint64_t kFlushAbove = 1 << 20;  // bytes in memory tables
  uint64_t buffered = 0;
  if (db_ && !read_only_ && db_->GetAggregatedIntProperty("rocksdb.cur-size-all-mem-tables", &buffered) &&
      buffered > kFlushAbove) {
    std::vector<rocksdb::ColumnFamilyHandle*> families;
    for (auto* h : handles_)
      if (h) families.push_back(h);
    db_->Flush(rocksdb::FlushOptions(), families).PermitUncheckedError();
  }
  for (auto* h : handles_)
    if (h) db_->DestroyColumnFamilyHandle(h);
  handles_.clear();
  if (db_) db_->Close();
}

void RocksStore::LoadMeta() {
  auto* meta = cf(kCfMeta);
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), meta, keys::kSchemaVersion, &value);
  if (s.IsNotFound()) {
    if (read_only_) throw Error(ErrorKind::kNoDatabase, "no newsgraph database at " + path_);
    std::string v;
    keys::PutBig32(&v, kSchemaVersion);
    s = db_->Put(rocksdb::WriteOptions(), meta, keys::kSchemaVersion, v);
    // Flushed to a table file at once: a read-only opener in another process
    // can miss WAL contents while this writer recovers and deletes old logs,
    // but never a table file, so it always sees a newsgraph database here.
    if (s.ok()) s = db_->Flush(rocksdb::FlushOptions(), meta);
    if (!s.ok()) throw Error(ErrorKind::kIo, "cannot initialize " + path_ + ": " + s.ToString());
  } else if (!s.ok() || value.size() != 4) {
    throw Error(ErrorKind::kCorruption, "database " + path_ + " has no valid schema version");
  } else if (keys::GetBig32(value, 0) > kSchemaVersion) {
    throw Error(ErrorKind::kVersion,
                "database " + path_ + " was written by a newer newsgraph (schema version " +
                    std::to_string(keys::GetBig32(value, 0)) + ", this build reads up to " +
                    std::to_string(kSchemaVersion) + ")");
  }
  if (db_->Get(rocksdb::ReadOptions(), meta, keys::kNextNode, &value).ok() && value.size() == 8)
    next_node_ = keys::GetBig64(value, 0);
  if (db_->Get(rocksdb::ReadOptions(), meta, keys::kNextRel, &value).ok() && value.size() == 8)
    next_rel_ = keys::GetBig64(value, 0);
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), meta));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string key = it->key().ToString();
    if (it->value().size() != 4) continue;
    uint32_t id = keys::GetBig32(it->value().ToString(), 0);
    if (key.rfind("label:", 0) == 0) labels_.Load(id, key.substr(6));
    if (key.rfind("type:", 0) == 0) types_.Load(id, key.substr(5));
  }
}

void RocksStore::ReserveNodeId(uint64_t id) {
  uint64_t cur = next_node_.load();
  while (cur <= id && !next_node_.compare_exchange_weak(cur, id + 1)) {
  }
}

void RocksStore::ReserveRelId(uint64_t id) {
  uint64_t cur = next_rel_.load();
  while (cur <= id && !next_rel_.compare_exchange_weak(cur, id + 1)) {
  }
}

std::unique_ptr<Transaction> RocksStore::Begin() {
  return std::make_unique<RocksTransaction>(this);
}

uint64_t RocksStore::SizeOnDisk() const {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(path_, ec))
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  return total;
}

std::unique_ptr<GraphStore> GraphStore::Open(const std::string& path, const OpenOptions& options) {
  return RocksStore::Open(path, options);
}

bool DatabaseExists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(std::filesystem::path(path) / "CURRENT", ec);
}

bool CountsKept(GraphStore& store) {
  return counts::Built(static_cast<RocksStore*>(&store));  // the one GraphStore there is
}

bool LockedByAnotherProcess(const std::string& path) {
  int fd = ::open((path + "/LOCK").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock probe = {};
  probe.l_type = F_WRLCK;  // would a writer's lock on the whole file be granted?
  probe.l_whence = SEEK_SET;
  bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
  ::close(fd);
  return locked;
}

}  // namespace ng
