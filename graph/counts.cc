#include "graph/counts.h"

#include <algorithm>
#include <cstring>

#include "graph/adjacency_block.h"
#include "graph/keys.h"
#include "graph/rocks_store.h"
#include "graph/rocks_transaction.h"

namespace ng::counts {

namespace {

int64_t Decode(const rocksdb::Slice& s) {
  if (s.size() != 8) return 0;  // not ours: `check` compares with a scan
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[i]);
  return static_cast<int64_t>(v);
}

class AddMergeOperator : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice&, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* result, rocksdb::Logger*) const override {
    // Unsigned addition: wraps like two's complement, no overflow to trap.
    uint64_t sum = static_cast<uint64_t>(existing ? Decode(*existing) : 0) +
                   static_cast<uint64_t>(Decode(value));
    *result = Encode(static_cast<int64_t>(sum));
    return true;
  }
  const char* Name() const override { return "ng.Int64Add"; }
};

// A count as shown: a negative one can only come from a damaged family.
uint64_t Shown(int64_t v) { return v < 0 ? 0 : static_cast<uint64_t>(v); }

}  // namespace

std::shared_ptr<rocksdb::MergeOperator> AddOperator() {
  static const auto op = std::make_shared<AddMergeOperator>();
  return op;
}

std::string Encode(int64_t v) {
  std::string s(8, '\0');
  uint64_t u = static_cast<uint64_t>(v);
  for (int i = 0; i < 8; ++i) s[i] = static_cast<char>(u >> (8 * i));
  return s;
}

// ---- Deltas

namespace {
// The node's string `kind`, or nullptr.
const std::string* KindOf(const Node& node) {
  auto it = node.properties.find("kind");
  return it != node.properties.end() && it->second.is_string() ? &it->second.AsString() : nullptr;
}
}  // namespace

void Deltas::AddNode(const Node& node, int64_t sign) {
  by_key_[kNodes] += sign;
  const std::string* kind = KindOf(node);
  for (const std::string& l : node.labels) {
    by_key_[LabelKey(l)] += sign;
    if (kind) by_key_[KindKey(l, *kind)] += sign;
    for (const auto& [key, value] : node.properties) by_key_[PropertyKey(l, key)] += sign;
  }
}

void Deltas::AddRelationship(const std::string& type, int64_t sign) {
  by_key_[kRelationships] += sign;
  by_key_[TypeKey(type)] += sign;
}

void Deltas::ChangeNode(const Node& before, const Node& after) {
  AddNode(before, -1);
  AddNode(after, +1);
}

std::vector<std::pair<std::string, int64_t>> Deltas::Changes() const {
  std::vector<std::pair<std::string, int64_t>> out;
  for (const auto& [k, v] : by_key_)
    if (v != 0) out.emplace_back(k, v);
  return out;
}

int64_t Deltas::Of(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? 0 : it->second;
}

// ---- reading

std::optional<StoreCounts> Read(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                                const rocksdb::ReadOptions& read, const Deltas& pending) {
  if (!cf) return std::nullopt;
  std::map<std::string, int64_t> values;
  bool built = false;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(read, cf));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string key = it->key().ToString();
    if (key == kBuilt) built = it->value() == kBuiltVersion;
    else values[key] = Decode(it->value());
  }
  if (!it->status().ok()) throw Error(ErrorKind::kIo, "read failed: " + it->status().ToString());
  if (!built) return std::nullopt;
  for (const auto& [k, v] : pending.Changes()) values[k] += v;
  StoreCounts c;
  for (const auto& [key, v] : values) {
    if (v == 0) continue;  // a label whose last node went
    if (key == kNodes) c.nodes = Shown(v);
    else if (key == kRelationships) c.relationships = Shown(v);
    else if (key[0] == 'l') c.per_label.emplace_back(key.substr(1), Shown(v));
    else if (key[0] == 't') c.per_type.emplace_back(key.substr(1), Shown(v));
    else if (size_t zero = key.find('\0'); key[0] == 'k' && zero != std::string::npos)
      c.per_kind.push_back({key.substr(1, zero - 1), key.substr(zero + 1), Shown(v)});
    else if (key[0] == 'p' && zero != std::string::npos)
      c.per_key.push_back({key.substr(1, zero - 1), key.substr(zero + 1), Shown(v)});
  }
  return c;  // the map's order is by name within each kind
}

std::optional<uint64_t> ReadOne(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                                const rocksdb::ReadOptions& read, const std::string& key,
                                const Deltas& pending) {
  if (!cf) return std::nullopt;
  std::string value;
  rocksdb::Status s = db->Get(read, cf, kBuilt, &value);
  if (s.IsNotFound() || (s.ok() && value != kBuiltVersion)) return std::nullopt;
  if (s.ok()) s = db->Get(read, cf, key, &value);
  if (s.IsNotFound()) return Shown(pending.Of(key));
  if (!s.ok()) throw Error(ErrorKind::kIo, "read failed: " + s.ToString());
  return Shown(Decode(value) + pending.Of(key));
}

StoreCounts Scan(const RocksTransaction& txn, bool kinds) {
  StoreCounts counts;
  uint64_t id;
  std::map<std::pair<std::string, std::string>, uint64_t> per_kind, per_key;
  for (auto c = txn.ScanNodes(); c->Next(&id);) {
    ++counts.nodes;
    if (!kinds) continue;
    auto node = txn.GetNode(id);
    if (!node) continue;
    const std::string* kind = KindOf(*node);
    for (const std::string& l : node->labels) {
      if (kind) ++per_kind[{l, *kind}];
      for (const auto& [key, value] : node->properties) ++per_key[{l, key}];
    }
  }
  for (const auto& [key, n] : per_kind) counts.per_kind.push_back({key.first, key.second, n});
  for (const auto& [key, n] : per_key) counts.per_key.push_back({key.first, key.second, n});
  for (auto c = txn.ScanRelationships(); c->Next(&id);) ++counts.relationships;
  for (const auto& [label_id, name] : txn.store()->labels().All()) {
    uint64_t n = 0;
    for (auto c = txn.ScanLabel(name); c->Next(&id);) ++n;
    if (n) counts.per_label.emplace_back(name, n);
  }
  std::map<uint32_t, uint64_t> per_type;
  auto range = txn.Range(kCfOut, "", keys::PrefixEnd(""), false);
  while (range->Next())
    adjacency::ForEachEntry(range->key(), range->value(),
                            [&](uint32_t type, NodeId, RelId) { ++per_type[type]; });
  for (const auto& [type_id, n] : per_type)
    counts.per_type.emplace_back(txn.store()->types().NameOf(type_id), n);
  std::sort(counts.per_label.begin(), counts.per_label.end());
  std::sort(counts.per_type.begin(), counts.per_type.end());
  return counts;
}

// ---- building

bool Built(RocksStore* store) {
  auto* cf = store->cf(kCfCounts);
  if (!cf) return false;
  std::string value;
  return store->db()->Get(rocksdb::ReadOptions(), cf, kBuilt, &value).ok() && value == kBuiltVersion;
}

void Rebuild(RocksStore* store) {
  StoreCounts c;
  {
    RocksTransaction txn(store);
    c = Scan(txn, /*kinds=*/true);
  }
  auto* cf = store->cf(kCfCounts);
  rocksdb::WriteBatch batch;
  std::unique_ptr<rocksdb::Iterator> it(store->db()->NewIterator(rocksdb::ReadOptions(), cf));
  for (it->SeekToFirst(); it->Valid(); it->Next()) batch.Delete(cf, it->key());
  if (!it->status().ok()) throw Error(ErrorKind::kIo, "read failed: " + it->status().ToString());
  it.reset();
  batch.Put(cf, kNodes, Encode(static_cast<int64_t>(c.nodes)));
  batch.Put(cf, kRelationships, Encode(static_cast<int64_t>(c.relationships)));
  for (const auto& [l, n] : c.per_label) batch.Put(cf, LabelKey(l), Encode(static_cast<int64_t>(n)));
  for (const auto& [t, n] : c.per_type) batch.Put(cf, TypeKey(t), Encode(static_cast<int64_t>(n)));
  for (const auto& k : c.per_kind)
    batch.Put(cf, KindKey(k.label, k.kind), Encode(static_cast<int64_t>(k.nodes)));
  for (const auto& k : c.per_key)
    batch.Put(cf, PropertyKey(k.label, k.key), Encode(static_cast<int64_t>(k.nodes)));
  batch.Put(cf, kBuilt, kBuiltVersion);
  rocksdb::Status s = store->db()->Write(rocksdb::WriteOptions(), &batch);
  if (!s.ok()) throw Error(ErrorKind::kIo, "cannot store the counts: " + s.ToString());
}

}  // namespace ng::counts
