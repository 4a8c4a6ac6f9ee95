#include "graph/rocks_transaction.h"

#include <algorithm>
#include <set>

#include "graph/codec.h"
#include "graph/adjacency_block.h"
#include "graph/keys.h"
#include "graph/text_compression.h"

namespace ng {

// ---- range iteration

bool RocksTransaction::RangeIterator::Next() {
  if (first) {
    first = false;
    it->Seek(lower);
  } else {
    it->Next();
  }
  if (!it->Valid()) {
    if (!it->status().ok()) throw Error(ErrorKind::kIo, "read failed: " + it->status().ToString());
    return false;
  }
  return it->key().compare(upper) < 0;
}

std::unique_ptr<RocksTransaction::RangeIterator> RocksTransaction::Range(Cf cf, std::string lower,
                                                                         std::string upper,
                                                                         bool within_prefix) const {
  auto r = std::make_unique<RangeIterator>();
  r->lower = std::move(lower);
  r->upper = std::move(upper);
  r->upper_slice = rocksdb::Slice(r->upper);
  if (within_prefix && !has_writes_) {
    // Nothing to merge: a plain snapshot iterator, reused across ranges. Seek
    // stays within the prefix; Next() stops at `upper`.
    r->it = TakeIterator(cf);
    r->pool = &idle_iterators_[cf];
    return r;
  }
  rocksdb::ReadOptions ro = read_options_;
  ro.iterate_upper_bound = &r->upper_slice;
  if (within_prefix) {
    ro.prefix_same_as_start = true;
  } else {
    ro.total_order_seek = true;
  }
  rocksdb::Iterator* base = store_->db()->NewIterator(ro, store_->cf(cf));
  r->it.reset(batch_.NewIteratorWithBase(store_->cf(cf), base, &ro));
  return r;
}

std::unique_ptr<rocksdb::Iterator> RocksTransaction::TakeIterator(Cf cf) const {
  auto& idle = idle_iterators_[cf];
  if (idle.empty()) {
    // No prefix bloom on Seek: the nodes an expansion visits came out of
    // adjacency, so they have some, and the filter probe is wasted work.
    rocksdb::ReadOptions ro = read_options_;
    ro.total_order_seek = true;
    return std::unique_ptr<rocksdb::Iterator>(store_->db()->NewIterator(ro, store_->cf(cf)));
  }
  auto it = std::move(idle.back());
  idle.pop_back();
  return it;
}

void RocksTransaction::ReturnIterator(Cf cf, std::unique_ptr<rocksdb::Iterator> it) const {
  if (it) idle_iterators_[cf].push_back(std::move(it));
}

namespace {

// Ids decoded from a fixed offset of each key in a range.
class KeyIdCursor : public IdCursor {
 public:
  KeyIdCursor(std::unique_ptr<RocksTransaction::RangeIterator> range, size_t offset)
      : range_(std::move(range)), offset_(offset) {}
  bool Next(uint64_t* id) override {
    while (range_->Next()) {
      if (range_->key().size() < offset_ + 8) continue;
      *id = keys::GetBig64(range_->key(), offset_);
      return true;
    }
    return false;
  }

 private:
  std::unique_ptr<RocksTransaction::RangeIterator> range_;
  size_t offset_;
};

class EmptyIdCursor : public IdCursor {
 public:
  bool Next(uint64_t*) override { return false; }
};

std::vector<std::string> SortedUnique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

// ---- lifecycle

RocksTransaction::RocksTransaction(RocksStore* store)
    : store_(store),
      label_sets_generation_(store->label_sets().generation()),
      snapshot_(store->db()->GetSnapshot()),
      snapshot_sequence_(snapshot_->GetSequenceNumber()),
      batch_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true) {
  read_options_.snapshot = snapshot_;
}

RocksTransaction::~RocksTransaction() {
  for (auto& idle : idle_iterators_) idle.clear();
  store_->db()->ReleaseSnapshot(snapshot_);
}

bool RocksTransaction::Get(Cf cf, const std::string& key, std::string* value) const {
  rocksdb::Status s =
      batch_.GetFromBatchAndDB(store_->db(), read_options_, store_->cf(cf), key, value);
  if (s.IsNotFound()) return false;
  if (!s.ok()) throw Error(ErrorKind::kIo, "read failed: " + s.ToString());
  return true;
}

void RocksTransaction::CheckWritable() const {
  if (store_->read_only())
    throw Error(ErrorKind::kReadOnly, "database " + store_->path() + " is open read-only");
  if (committed_) throw Error(ErrorKind::kInternal, "transaction already committed");
}

void RocksTransaction::Put(Cf cf, const std::string& key, const std::string& value) {
  CheckWritable();
  batch_.Put(store_->cf(cf), key, value);
  has_writes_ = true;
}

void RocksTransaction::Delete(Cf cf, const std::string& key) {
  CheckWritable();
  batch_.Delete(store_->cf(cf), key);
  has_writes_ = true;
}

// ---- reads

std::optional<Node> RocksTransaction::GetNode(NodeId id) const {
  std::string value;
  if (!Get(kCfNodes, keys::Id(id), &value)) return std::nullopt;
  return codec::DecodeNode(id, value);
}

std::vector<std::optional<Node>> RocksTransaction::GetNodes(const std::vector<NodeId>& ids) const {
  return ReadNodes(ids, nullptr);
}

std::vector<std::optional<Node>> RocksTransaction::GetNodes(const std::vector<NodeId>& ids,
                                                            const std::vector<std::string>& only_keys) const {
  return ReadNodes(ids, &only_keys);
}

std::vector<std::optional<Node>> RocksTransaction::ReadNodes(const std::vector<NodeId>& ids,
                                                             const std::vector<std::string>* only_keys) const {
  std::vector<std::optional<Node>> out(ids.size());
  auto decode = [&](NodeId id, std::string_view bytes) {
    return only_keys ? codec::DecodeNode(id, bytes, *only_keys) : codec::DecodeNode(id, bytes);
  };
  // With writes the batch must be merged in, a look-up each; so for a few
  // ids, where a seek costs what a look-up does.
  constexpr size_t kFewNodes = 64;
  if (has_writes_ || ids.size() < kFewNodes) {
    std::string value;
    for (size_t i = 0; i < ids.size(); ++i)
      if (Get(kCfNodes, keys::Id(ids[i]), &value)) out[i] = decode(ids[i], value);
    return out;
  }
  std::vector<std::pair<NodeId, size_t>> order;  // (id, index in ids)
  order.reserve(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) order.emplace_back(ids[i], i);
  std::sort(order.begin(), order.end());
  std::unique_ptr<rocksdb::Iterator> it = TakeIterator(kCfNodes);
  auto at = [&] { return keys::GetBig64(it->key().ToStringView(), 0); };
  bool positioned = false;
  for (size_t k = 0; k < order.size(); ++k) {
    auto [id, i] = order[k];
    if (k > 0 && order[k - 1].first == id) {
      out[i] = out[order[k - 1].second];
      continue;
    }
    // A Next within a block is far cheaper than a Seek (as for adjacency).
    constexpr int kStepsBeforeSeek = 16;
    for (int steps = 0; positioned && it->Valid() && at() < id && steps < kStepsBeforeSeek; ++steps)
      it->Next();
    if (!positioned || !it->Valid() || at() < id) {
      it->Seek(keys::Id(id));
      positioned = true;
    }
    if (it->Valid() && it->key().size() == 8 && at() == id)
      out[i] = decode(id, it->value().ToStringView());
  }
  if (!it->status().ok()) throw Error(ErrorKind::kIo, "read failed: " + it->status().ToString());
  ReturnIterator(kCfNodes, std::move(it));
  return out;
}

std::optional<Relationship> RocksTransaction::GetRelationship(RelId id) const {
  std::string value;
  if (!Get(kCfRels, keys::Id(id), &value)) return std::nullopt;
  return codec::DecodeRelationship(id, value);
}

bool RocksTransaction::NodeExists(NodeId id) const {
  std::string value;
  return Get(kCfNodes, keys::Id(id), &value);
}

std::unique_ptr<IdCursor> RocksTransaction::ScanNodes() const {
  return std::make_unique<KeyIdCursor>(Range(kCfNodes, "", keys::PrefixEnd(""), false), 0);
}

std::unique_ptr<IdCursor> RocksTransaction::ScanRelationships() const {
  return std::make_unique<KeyIdCursor>(Range(kCfRels, "", keys::PrefixEnd(""), false), 0);
}

std::unique_ptr<IdCursor> RocksTransaction::ScanLabel(const std::string& label) const {
  auto id = store_->labels().Find(label);
  if (!id) return std::make_unique<EmptyIdCursor>();
  std::string prefix = keys::LabelPrefix(*id);
  return std::make_unique<KeyIdCursor>(Range(kCfLabels, prefix, keys::PrefixEnd(prefix), false),
                                       4);
}

std::shared_ptr<const NodeIdSet> RocksTransaction::NodesWithLabel(const std::string& label) const {
  auto id = store_->labels().Find(label);
  if (!id) return std::make_shared<const NodeIdSet>();
  LabelSets& sets = store_->label_sets();
  if (!has_writes_)
    if (auto kept = sets.Find(*id, label_sets_generation_, snapshot_sequence_)) return kept;
  auto set = std::make_shared<NodeIdSet>();
  uint64_t node;
  for (auto cursor = ScanLabel(label); cursor->Next(&node);) set->Insert(node);
  if (!has_writes_) sets.Insert(*id, label_sets_generation_, snapshot_sequence_, set);
  return set;
}

std::vector<NodeId> RocksTransaction::FindByName(const std::string& name) const {
  std::string prefix = codec::FoldName(name);
  prefix.push_back('\0');
  auto range = Range(kCfNames, prefix, keys::PrefixEnd(prefix), false);
  std::vector<NodeId> out;
  while (range->Next()) {
    if (range->key().size() != prefix.size() + 8) continue;
    out.push_back(keys::GetBig64(range->key(), prefix.size()));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> RocksTransaction::NamesWithPrefix(const std::string& prefix,
                                                           size_t limit) const {
  std::string folded = codec::FoldName(prefix);
  auto range = Range(kCfNames, folded, keys::PrefixEnd(folded), false);
  std::vector<std::string> out;
  while (out.size() < limit && range->Next()) {
    std::string name(range->value());
    if (out.empty() || out.back() != name) out.push_back(name);
  }
  return SortedUnique(out);
}

uint64_t RocksTransaction::CountLabel(const std::string& label) const {
  if (auto n = counts::ReadOne(store_->db(), store_->cf(kCfCounts), read_options_,
                               counts::LabelKey(label), deltas_))
    return *n;
  auto cursor = ScanLabel(label);
  uint64_t n = 0, id;
  while (cursor->Next(&id)) ++n;
  return n;
}

StoreCounts RocksTransaction::Counts() const {
  if (auto c = counts::Read(store_->db(), store_->cf(kCfCounts), read_options_, deltas_)) return *c;
  return counts::Scan(*this, /*kinds=*/false);  // a database from before counts were kept, read-only
}

// ---- texts

std::optional<std::string> RocksTransaction::GetText(NodeId id) const {
  std::string value;
  if (!store_->cf(kCfTexts) || !Get(kCfTexts, keys::Id(id), &value)) return std::nullopt;
  return text_compression::Decompress(value);
}

std::unique_ptr<IdCursor> RocksTransaction::ScanTexts() const {
  if (!store_->cf(kCfTexts)) return std::make_unique<EmptyIdCursor>();
  return std::make_unique<KeyIdCursor>(Range(kCfTexts, "", keys::PrefixEnd(""), false), 0);
}

void RocksTransaction::SetText(NodeId id, std::string_view text) {
  CheckWritable();
  if (!NodeExists(id))
    throw Error(ErrorKind::kEntityNotFound, "node " + std::to_string(id) + " does not exist");
  Put(kCfTexts, keys::Id(id), text_compression::Compress(text));
}

// ---- writes

uint32_t RocksTransaction::LabelId(const std::string& label) {
  bool is_new = false;
  uint32_t id = store_->labels().Intern(label, &is_new);
  if (is_new) new_labels_.push_back(id);
  return id;
}

uint32_t RocksTransaction::TypeId(const std::string& type) {
  bool is_new = false;
  uint32_t id = store_->types().Intern(type, &is_new);
  if (is_new) new_types_.push_back(id);
  return id;
}

void RocksTransaction::IndexNode(const Node& node, bool add) {
  for (const std::string& label : node.labels) {
    std::string key = keys::Label(LabelId(label), node.id);
    add ? Put(kCfLabels, key, "") : Delete(kCfLabels, key);
  }
  for (const std::string& name : codec::IndexedNames(node)) {
    std::string key = keys::Name(codec::FoldName(name), node.id);
    add ? Put(kCfNames, key, name) : Delete(kCfNames, key);
  }
}

void RocksTransaction::WriteNode(const Node& node) {
  Put(kCfNodes, keys::Id(node.id), codec::EncodeNode(node));
  IndexNode(node, true);
}

NodeId RocksTransaction::CreateNode(const std::vector<std::string>& labels,
                                    const Properties& properties) {
  CheckWritable();
  Node node{store_->AllocateNodeId(), SortedUnique(labels), properties};
  WriteNode(node);
  deltas_.AddNode(node, +1);
  return node.id;
}

void RocksTransaction::CreateNodeWithId(NodeId id, const std::vector<std::string>& labels,
                                        const Properties& properties) {
  CheckWritable();
  if (NodeExists(id))
    throw Error(ErrorKind::kInvalidArgument, "node id " + std::to_string(id) + " is taken");
  store_->ReserveNodeId(id);
  Node node{id, SortedUnique(labels), properties};
  WriteNode(node);
  deltas_.AddNode(node, +1);
}

void RocksTransaction::WriteRelationship(const Relationship& rel) {
  if (!NodeExists(rel.start))
    throw Error(ErrorKind::kEntityNotFound, "node " + std::to_string(rel.start) + " does not exist");
  if (!NodeExists(rel.end))
    throw Error(ErrorKind::kEntityNotFound, "node " + std::to_string(rel.end) + " does not exist");
  uint32_t type_id = TypeId(rel.type);
  Put(kCfRels, keys::Id(rel.id), codec::EncodeRelationship(rel));
  Put(kCfOut, keys::Adjacency(rel.start, type_id, rel.end, rel.id), "");
  Put(kCfIn, keys::Adjacency(rel.end, type_id, rel.start, rel.id), "");
  touched_.push_back(rel.start);
  touched_.push_back(rel.end);
  deltas_.AddRelationship(rel.type, +1);
}

RelId RocksTransaction::CreateRelationship(NodeId start, const std::string& type, NodeId end,
                                           const Properties& properties) {
  CheckWritable();
  if (type.empty()) throw Error(ErrorKind::kInvalidArgument, "a relationship needs a type");
  Relationship rel{store_->AllocateRelId(), type, start, end, properties};
  WriteRelationship(rel);
  return rel.id;
}

void RocksTransaction::CreateRelationshipWithId(RelId id, NodeId start, const std::string& type,
                                                NodeId end, const Properties& properties) {
  CheckWritable();
  if (GetRelationship(id))
    throw Error(ErrorKind::kInvalidArgument,
                "relationship id " + std::to_string(id) + " is taken");
  store_->ReserveRelId(id);
  WriteRelationship(Relationship{id, type, start, end, properties});
}

void RocksTransaction::UpdateNode(const Node& node) {
  CheckWritable();
  auto old = GetNode(node.id);
  if (!old)
    throw Error(ErrorKind::kEntityNotFound, "node " + std::to_string(node.id) + " does not exist");
  IndexNode(*old, false);
  Node updated{node.id, SortedUnique(node.labels), node.properties};
  WriteNode(updated);
  deltas_.ChangeNode(*old, updated);
}

void RocksTransaction::UpdateRelationship(const Relationship& rel) {
  CheckWritable();
  auto old = GetRelationship(rel.id);
  if (!old)
    throw Error(ErrorKind::kEntityNotFound,
                "relationship " + std::to_string(rel.id) + " does not exist");
  old->properties = rel.properties;
  Put(kCfRels, keys::Id(rel.id), codec::EncodeRelationship(*old));
}

void RocksTransaction::DeleteNode(NodeId id) {
  CheckWritable();
  auto node = GetNode(id);
  if (!node) return;
  if (Degree(id, Direction::kBoth, {}) > 0)
    throw Error(ErrorKind::kConstraint, "cannot delete node " + std::to_string(id) +
                                            " because it still has relationships; "
                                            "use DETACH DELETE to delete them too");
  IndexNode(*node, false);
  Delete(kCfNodes, keys::Id(id));
  deltas_.AddNode(*node, -1);
  std::string text;
  if (Get(kCfTexts, keys::Id(id), &text)) Delete(kCfTexts, keys::Id(id));
}

void RocksTransaction::DeleteRelationship(RelId id) {
  CheckWritable();
  auto rel = GetRelationship(id);
  if (!rel) return;
  uint32_t type_id = TypeId(rel->type);
  RemoveAdjacency(kCfOut, rel->start, type_id, rel->end, id);
  RemoveAdjacency(kCfIn, rel->end, type_id, rel->start, id);
  Delete(kCfRels, keys::Id(id));
  touched_.push_back(rel->start);
  touched_.push_back(rel->end);
  deltas_.AddRelationship(rel->type, -1);
}

void RocksTransaction::RemoveAdjacency(Cf cf, NodeId node, uint32_t type_id, NodeId other,
                                       RelId id) {
  const std::string single = keys::Adjacency(node, type_id, other, id);
  const std::string prefix = keys::AdjacencyPrefix(node, type_id);
  rocksdb::ReadOptions ro = read_options_;
  ro.total_order_seek = true;
  std::unique_ptr<rocksdb::Iterator> it(batch_.NewIteratorWithBase(
      store_->cf(cf), store_->db()->NewIterator(ro, store_->cf(cf)), &ro));
  // Back from where the entry's block key would be: its single key, or the
  // nearest block (blocks of one node and type do not overlap).
  std::string target = single;
  target.push_back(adjacency::kBlockMarker);
  for (it->SeekForPrev(target); it->Valid() && it->key().starts_with(prefix); it->Prev()) {
    std::string key = it->key().ToString();
    if (key == single) {
      Delete(cf, single);
      return;
    }
    if (!adjacency::IsBlockKey(key)) continue;  // another relationship's own key
    std::vector<adjacency::Entry> entries;
    if (!adjacency::Entries(key, it->value().ToStringView(), &entries)) break;
    auto found = std::find(entries.begin(), entries.end(), adjacency::Entry{other, id});
    if (found == entries.end()) break;
    entries.erase(found);
    it.reset();  // the batch changes below
    Delete(cf, key);
    if (!entries.empty())
      Put(cf, adjacency::BlockKey(node, type_id, entries.front()),
          adjacency::BlockValue(entries.data(), entries.data() + entries.size()));
    return;
  }
  if (it && !it->status().ok())
    throw Error(ErrorKind::kIo, "read failed: " + it->status().ToString());
  // Not listed at all: a damaged database, which `check` reports.
}

void RocksTransaction::Commit() {
  if (committed_) throw Error(ErrorKind::kInternal, "transaction already committed");
  if (!has_writes_) {
    committed_ = true;
    return;
  }
  std::string v;
  keys::PutBig64(&v, store_->next_node());
  batch_.Put(store_->cf(kCfMeta), keys::kNextNode, v);
  v.clear();
  keys::PutBig64(&v, store_->next_rel());
  batch_.Put(store_->cf(kCfMeta), keys::kNextRel, v);
  for (uint32_t id : new_labels_) {
    v.clear();
    keys::PutBig32(&v, id);
    batch_.Put(store_->cf(kCfMeta), keys::LabelName(store_->labels().NameOf(id)), v);
  }
  for (uint32_t id : new_types_) {
    v.clear();
    keys::PutBig32(&v, id);
    batch_.Put(store_->cf(kCfMeta), keys::TypeName(store_->types().NameOf(id)), v);
  }
  // The counts change in the same atomic write (graph/counts.h).
  for (const auto& [key, delta] : deltas_.Changes())
    batch_.Merge(store_->cf(kCfCounts), key, counts::Encode(delta));
  // While the write is under way nobody uses the adjacency cache; then the
  // nodes it touched are dropped and the cache moves to the new state.
  AdjacencyCache& cache = store_->adjacency_cache();
  cache.BeginCommit();
  rocksdb::Status s = store_->db()->Write(rocksdb::WriteOptions(), batch_.GetWriteBatch());
  cache.EndCommit(touched_, false, store_->db()->GetLatestSequenceNumber());
  store_->label_sets().Clear();
  if (!s.ok()) throw Error(ErrorKind::kIo, "commit failed: " + s.ToString());
  for (uint32_t id : new_labels_) store_->labels().MarkPersisted(id);
  for (uint32_t id : new_types_) store_->types().MarkPersisted(id);
  committed_ = true;
}

}  // namespace ng
