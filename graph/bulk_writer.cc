#include "graph/bulk_writer.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>

#include <rocksdb/sst_file_writer.h>

#include "graph/adjacency_block.h"
#include "graph/codec.h"
#include "graph/counts.h"
#include "graph/keys.h"
#include "graph/text_compression.h"

namespace ng {

namespace {
constexpr char kTempDirName[] = "bulk-import.tmp";

// Bytes [from, from + 8) of `key` as a big-endian number, zero-padded.
uint64_t KeyWord(std::string_view key, size_t from) {
  uint64_t v = 0;
  for (size_t i = from; i < from + 8; ++i)
    v = (v << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
  return v;
}
}  // namespace

void BulkWriter::Pending::Add(std::string_view key, std::string_view value) {
  entries.push_back({KeyWord(key, 0), KeyWord(key, 8), KeyWord(key, 16), arena.size(),
                     static_cast<uint32_t>(key.size()), static_cast<uint32_t>(value.size())});
  arena.append(key);
  arena.append(value);
}

BulkWriter::BulkWriter(GraphStore* store, size_t stream_batch_bytes)
    : store_(dynamic_cast<RocksStore*>(store)), stream_batch_bytes_(stream_batch_bytes) {
  if (!store_) throw Error(ErrorKind::kInternal, "bulk import needs the RocksDB store");
  if (store_->read_only())
    throw Error(ErrorKind::kReadOnly, "database " + store_->path() + " is open read-only");
  first_free_node_ = store_->next_node();
  first_free_rel_ = store_->next_rel();
  // Left-overs of an import that crashed before ingesting are garbage.
  temp_dir_ = (std::filesystem::path(store_->path()) / kTempDirName).string();
  std::error_code ec;
  std::filesystem::remove_all(temp_dir_, ec);
  std::filesystem::create_directories(temp_dir_, ec);
  if (ec)
    throw Error(ErrorKind::kIo, "bulk import: cannot create " + temp_dir_ + ": " + ec.message());
}

BulkWriter::~BulkWriter() {
  worker_.Stop();  // before its files go
  std::error_code ec;
  std::filesystem::remove_all(temp_dir_, ec);
}

uint32_t BulkWriter::LabelId(const std::string& label) {
  bool is_new = false;
  uint32_t id = store_->labels().Intern(label, &is_new);
  if (is_new && std::find(new_labels_.begin(), new_labels_.end(), id) == new_labels_.end())
    new_labels_.push_back(id);
  return id;
}

uint32_t BulkWriter::TypeId(const std::string& type) {
  // Files list relationships of one type together: skip the dictionary's
  // lock and look-up then.
  if (!last_type_.empty() && type == last_type_) return last_type_id_;
  bool is_new = false;
  uint32_t id = store_->types().Intern(type, &is_new);
  if (is_new && std::find(new_types_.begin(), new_types_.end(), id) == new_types_.end())
    new_types_.push_back(id);
  last_type_ = type;
  last_type_id_ = id;
  return id;
}

bool BulkWriter::HasNode(NodeId id) const {
  if (id < kDenseIds ? id < added_node_bits_.size() && added_node_bits_[id]
                     : added_nodes_.count(id) > 0)
    return true;
  if (id >= first_free_node_) return false;
  std::string value;
  return store_->db()
      ->Get(rocksdb::ReadOptions(), store_->cf(kCfNodes), keys::Id(id), &value)
      .ok();
}

NodeId BulkWriter::AddNode(std::optional<NodeId> id, std::vector<std::string> labels,
                           const Properties& properties) {
  if (committed_) throw Error(ErrorKind::kInternal, "bulk import already committed");
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  if (id && HasNode(*id))
    throw Error(ErrorKind::kInvalidArgument, "node id " + std::to_string(*id) + " is taken");
  if (id) store_->ReserveNodeId(*id);
  Node node{id ? *id : store_->AllocateNodeId(), std::move(labels), properties};
  if (node.id < kDenseIds) {
    if (node.id >= added_node_bits_.size())
      added_node_bits_.resize(std::max(node.id + 1, 2 * added_node_bits_.size()));
    added_node_bits_[node.id] = true;
  } else {
    added_nodes_.insert(node.id);
  }
  Put(kCfNodes, keys::Id(node.id), codec::EncodeNode(node));
  ++nodes_added_;
  auto kind = node.properties.find("kind");
  const bool has_kind = kind != node.properties.end() && kind->second.is_string();
  for (const std::string& label : node.labels) {
    const uint32_t label_id = LabelId(label);
    Put(kCfLabels, keys::Label(label_id, node.id), "");
    if (label_id >= per_label_.size()) per_label_.resize(label_id + 1);
    ++per_label_[label_id];
    if (has_kind) ++per_kind_[{label_id, kind->second.AsString()}];
    for (const auto& [key, value] : node.properties) ++per_key_[{label_id, key}];
  }
  for (const std::string& name : codec::IndexedNames(node))
    Put(kCfNames, keys::Name(codec::FoldName(name), node.id), name);
  return node.id;
}

void BulkWriter::AddText(NodeId node, std::string_view text) {
  if (committed_) throw Error(ErrorKind::kInternal, "bulk import already committed");
  if (node < kDenseIds ? node >= added_node_bits_.size() || !added_node_bits_[node]
                       : !added_nodes_.count(node))
    throw Error(ErrorKind::kInternal, "a text for node " + std::to_string(node) + " not added here");
  Put(kCfTexts, keys::Id(node), text_compression::Compress(text));
}

RelId BulkWriter::AddRelationship(std::optional<RelId> id, NodeId start, const std::string& type,
                                  NodeId end, const Properties& properties) {
  if (committed_) throw Error(ErrorKind::kInternal, "bulk import already committed");
  if (type.empty()) throw Error(ErrorKind::kInvalidArgument, "a relationship needs a type");
  for (NodeId n : {start, end})
    if (!HasNode(n))
      throw Error(ErrorKind::kEntityNotFound, "node " + std::to_string(n) + " does not exist");
  if (id) {
    // Ids at or above the counter at the start are not in the database.
    auto stored = [&] {
      std::string value;
      rocksdb::ReadOptions ro;
      return store_->db()->Get(ro, store_->cf(kCfRels), keys::Id(*id), &value).ok();
    };
    if (!added_rels_.insert(*id).second || (*id < first_free_rel_ && stored()))
      throw Error(ErrorKind::kInvalidArgument,
                  "relationship id " + std::to_string(*id) + " is taken");
    store_->ReserveRelId(*id);
  }
  Relationship rel{id ? *id : store_->AllocateRelId(), type, start, end, properties};
  uint32_t type_id = TypeId(type);
  Put(kCfRels, keys::Id(rel.id), codec::EncodeRelationship(rel));
  ++rels_added_;
  if (type_id >= per_type_.size()) per_type_.resize(type_id + 1);
  ++per_type_[type_id];
  pending_[kCfOut].adjacency.push_back({start, end, rel.id, type_id});
  pending_[kCfIn].adjacency.push_back({end, start, rel.id, type_id});
  return rel.id;
}

namespace {
// Into key order: node ids are mostly dense, so the entries are first placed
// by node (counting, two passes), then each node's few entries sorted; half
// the time of one comparison sort of millions of entries.
void SortAdjacency(std::vector<BulkWriter::AdjacencyKey>* entries) {
  auto order = [](const auto& a, const auto& b) { return a.Order() < b.Order(); };
  if (entries->empty()) return;
  auto by_node = [](const auto& a, const auto& b) { return a.node < b.node; };
  auto [low, high] = std::minmax_element(entries->begin(), entries->end(), by_node);
  const uint64_t first = low->node, span = high->node - first + 1;
  if (span > 4 * entries->size() + 1024) {  // sparse ids: sort them as they are
    std::sort(entries->begin(), entries->end(), order);
    return;
  }
  std::vector<uint32_t> start(span + 1, 0);
  for (const auto& e : *entries) ++start[e.node - first + 1];
  for (size_t i = 1; i <= span; ++i) start[i] += start[i - 1];
  std::vector<BulkWriter::AdjacencyKey> placed(entries->size());
  std::vector<uint32_t> next(start.begin(), start.end() - 1);
  for (const auto& e : *entries) placed[next[e.node - first]++] = e;
  for (size_t i = 0; i < span; ++i)
    if (start[i + 1] - start[i] > 1)
      std::sort(placed.begin() + start[i], placed.begin() + start[i + 1], order);
  entries->swap(placed);
}
}  // namespace

// Sorts `pending` and writes it as one table file; "" when it is empty.
std::string BulkWriter::WriteTable(Cf cf, Pending* pending, int seq) {
  if (pending->entries.empty() && pending->adjacency.empty()) return "";
  const std::string& arena = pending->arena;
  auto key = [&arena](const Pending::Entry& e) {
    return std::string_view(arena.data() + e.offset, e.key_size);
  };
  // Of equal keys (one name twice in a node) the later entry wins: the
  // offset, which grows with each Add, breaks ties.
  std::sort(pending->entries.begin(), pending->entries.end(),
            [&](const Pending::Entry& a, const Pending::Entry& b) {
              if (a.head != b.head) return a.head < b.head;
              if (a.head2 != b.head2) return a.head2 < b.head2;
              if (a.head3 != b.head3) return a.head3 < b.head3;
              int c = key(a).compare(key(b));
              return c != 0 ? c < 0 : a.offset < b.offset;
            });
  auto& adjacency = pending->adjacency;
  SortAdjacency(&adjacency);
  std::string file = temp_dir_ + "/" + std::to_string(seq) + "-" + kCfNames_[cf] + ".sst";
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), store_->TableOptions(cf), store_->cf(cf));
  rocksdb::Status s = writer.Open(file);
  // A family holds either adjacency keys or arena entries.
  std::vector<adjacency::Entry> group;
  for (size_t i = 0; s.ok() && i < adjacency.size();) {
    // One node and type: blocks if this import created the node, else
    // single keys (see graph/adjacency_block.h).
    const auto& a = adjacency[i];
    group.clear();
    for (; i < adjacency.size() && adjacency[i].node == a.node && adjacency[i].type == a.type; ++i)
      if (group.empty() || !(group.back() == adjacency::Entry{adjacency[i].neighbour,
                                                              adjacency[i].relationship}))
        group.push_back({adjacency[i].neighbour, adjacency[i].relationship});
    const bool blocks = a.node >= first_free_node_ && group.size() > 1;
    for (size_t at = 0; s.ok() && at < group.size();) {
      size_t n = blocks ? std::min(adjacency::kMaxBlockEntries, group.size() - at) : 1;
      const adjacency::Entry* first = group.data() + at;
      if (blocks)
        s = writer.Put(adjacency::BlockKey(a.node, a.type, *first),
                       adjacency::BlockValue(first, first + n));
      else
        s = writer.Put(keys::Adjacency(a.node, a.type, first->neighbour, first->relationship),
                       rocksdb::Slice());
      at += n;
    }
  }
  const auto& entries = pending->entries;
  for (size_t i = 0; s.ok() && i < entries.size(); ++i) {
    if (i + 1 < entries.size() && entries[i].SameHead(entries[i + 1]) &&
        key(entries[i]) == key(entries[i + 1]))
      continue;
    std::string_view v(arena.data() + entries[i].offset + entries[i].key_size,
                       entries[i].value_size);
    std::string_view k = key(entries[i]);
    // Counts are added to what the database holds, not replaced.
    rocksdb::Slice key_slice(k.data(), k.size()), value_slice(v.data(), v.size());
    s = cf == kCfCounts ? writer.Merge(key_slice, value_slice) : writer.Put(key_slice, value_slice);
  }
  if (s.ok()) s = writer.Finish();
  if (!s.ok())
    throw Error(ErrorKind::kIo, "bulk import: cannot write " + file + ": " + s.ToString());
  std::string().swap(pending->arena);  // give the memory back before the next family
  std::vector<Pending::Entry>().swap(pending->entries);
  std::vector<AdjacencyKey>().swap(pending->adjacency);
  return file;
}

// Sorting and compressing one family is independent of the others: two
// threads, largest families first (the two adjacency families and the
// relationship records are most of an import).
std::array<std::string, kCfCount> BulkWriter::WriteTables() {
  std::array<std::string, kCfCount> files;
  std::vector<int> order(kCfCount);
  for (int c = 0; c < kCfCount; ++c) order[c] = c;
  std::sort(order.begin(), order.end(), [this](int a, int b) {
    return pending_[a].Bytes() > pending_[b].Bytes();
  });
  std::atomic<size_t> next{0};
  std::mutex failure_mu;
  std::exception_ptr failure;
  auto work = [&] {
    for (size_t i = next++; i < order.size(); i = next++) {
      try {
        files[order[i]] = WriteTable(static_cast<Cf>(order[i]), &pending_[order[i]], order[i]);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mu);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return files;
}

void BulkWriter::Commit() {
  if (committed_) throw Error(ErrorKind::kInternal, "bulk import already committed");
  committed_ = true;
  // Counters and new dictionary names travel in the same atomic ingestion.
  Pending& meta = pending_[kCfMeta];
  std::string v;
  keys::PutBig64(&v, store_->next_node());
  meta.Add(keys::kNextNode, v);
  v.clear();
  keys::PutBig64(&v, store_->next_rel());
  meta.Add(keys::kNextRel, v);
  for (uint32_t id : new_labels_) {
    v.clear();
    keys::PutBig32(&v, id);
    meta.Add(keys::LabelName(store_->labels().NameOf(id)), v);
  }
  for (uint32_t id : new_types_) {
    v.clear();
    keys::PutBig32(&v, id);
    meta.Add(keys::TypeName(store_->types().NameOf(id)), v);
  }
  // The counts travel with it too, as additions (graph/counts.h).
  Pending& added = pending_[kCfCounts];
  auto count = [&](const std::string& key, uint64_t n) {
    if (n) added.Add(key, counts::Encode(static_cast<int64_t>(n)));
  };
  count(counts::kNodes, nodes_added_);
  count(counts::kRelationships, rels_added_);
  for (uint32_t id = 0; id < per_label_.size(); ++id)
    count(counts::LabelKey(store_->labels().NameOf(id)), per_label_[id]);
  for (uint32_t id = 0; id < per_type_.size(); ++id)
    count(counts::TypeKey(store_->types().NameOf(id)), per_type_[id]);
  for (const auto& [key, n] : per_kind_)
    count(counts::KindKey(store_->labels().NameOf(key.first), key.second), n);
  for (const auto& [key, n] : per_key_)
    count(counts::PropertyKey(store_->labels().NameOf(key.first), key.second), n);

  FinishStreams();
  std::array<std::string, kCfCount> files = WriteTables();
  for (int c = 0; c < kCfCount; ++c)
    if (!streams_[c].file.empty()) files[c] = streams_[c].file;
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (int c = 0; c < kCfCount; ++c) {
    const std::string& file = files[c];
    if (file.empty()) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = store_->cf(static_cast<Cf>(c));
    arg.external_files = {file};
    arg.options.move_files = true;
    arg.options.allow_global_seqno = true;
    arg.options.allow_blocking_flush = true;
    args.push_back(std::move(arg));
  }
  AdjacencyCache& cache = store_->adjacency_cache();
  cache.BeginCommit();
  rocksdb::Status s = store_->db()->IngestExternalFiles(args);
  cache.EndCommit({}, /*all=*/true, store_->db()->GetLatestSequenceNumber());
  store_->label_sets().Clear();
  if (!s.ok()) throw Error(ErrorKind::kIo, "bulk import failed: " + s.ToString());
  for (uint32_t id : new_labels_) store_->labels().MarkPersisted(id);
  for (uint32_t id : new_types_) store_->types().MarkPersisted(id);
}

}  // namespace ng
