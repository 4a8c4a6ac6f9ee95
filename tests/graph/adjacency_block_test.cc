// Adjacency blocks (graph/adjacency_block.h): what a bulk import writes as
// blocks reads, counts, deletes and checks exactly as the single keys a
// transaction writes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <tuple>

#include "graph/adjacency_block.h"
#include "graph/bulk_writer.h"
#include "graph/graph_store.h"
#include "graph/integrity.h"
#include "raw_db.h"
#include "test_util.h"

using namespace ng;
using testing::RawDb;

namespace {

constexpr int kNodes = 400;

struct Rel {
  NodeId start, end;
  std::string type;
};

// A hub with 399 outgoing and 299 incoming relationships (several blocks
// each), a chain, a parallel relationship and a loop, in shuffled order so
// relationship ids do not ascend within a block.
std::vector<Rel> Relationships() {
  std::vector<Rel> r;
  for (NodeId i = 2; i <= kNodes; ++i) r.push_back({1, i, "HUB"});
  for (NodeId i = 2; i < kNodes; i += 3) r.push_back({i, i + 1, "NEXT"});
  r.push_back({5, 6, "NEXT"});
  r.push_back({7, 7, "SELF"});
  for (NodeId i = 2; i <= 300; ++i) r.push_back({i, 1, "ABOUT"});
  std::shuffle(r.begin(), r.end(), std::mt19937(11));
  return r;
}

// Both ways give nodes 1..kNodes and relationships 1..n in the same order.
std::unique_ptr<GraphStore> BuildWithTransaction(const std::string& path) {
  auto store = GraphStore::Open(path, OpenOptions{});
  auto txn = store->Begin();
  for (int i = 0; i < kNodes; ++i) txn->CreateNode({"N"}, {});
  for (const Rel& r : Relationships()) txn->CreateRelationship(r.start, r.type, r.end, {});
  txn->Commit();
  return store;
}

std::unique_ptr<GraphStore> BuildWithBulkWriter(const std::string& path, int64_t cache = -1) {
  OpenOptions options;
  options.adjacency_cache_bytes = cache;
  auto store = GraphStore::Open(path, options);
  BulkWriter writer(store.get());
  for (int i = 0; i < kNodes; ++i) writer.AddNode(std::nullopt, {"N"}, {});
  for (const Rel& r : Relationships()) writer.AddRelationship(std::nullopt, r.start, r.type, r.end, {});
  writer.Commit();
  return store;
}

using Seen = std::vector<std::tuple<NodeId, RelId, NodeId, std::string, Direction>>;

// Every node's adjacency through the cursor, filtered as asked, sorted.
Seen OneByOne(const Transaction& txn, Direction d = Direction::kBoth,
              const std::vector<std::string>& types = {}) {
  Seen out;
  AdjacencyEntry e;
  for (NodeId n = 1; n <= kNodes; ++n)
    for (auto c = txn.Adjacent(n, d, types); c->Next(&e);)
      out.emplace_back(n, e.relationship, e.neighbour, e.type, e.direction);
  std::sort(out.begin(), out.end());
  return out;
}

// The same through AdjacentMany (the walkers, and the cache when usable).
Seen Many(const Transaction& txn, Direction d = Direction::kBoth,
          const std::vector<std::string>& types = {}) {
  std::vector<NodeId> nodes;
  for (NodeId n = kNodes; n >= 1; --n) nodes.push_back(n);
  Seen out;
  txn.AdjacentMany(nodes, d, types, [&](NodeId n, const AdjacencyEntry& e) {
    out.emplace_back(n, e.relationship, e.neighbour, e.type, e.direction);
  });
  std::sort(out.begin(), out.end());
  return out;
}

void ExpectSameAdjacency(const Transaction& expected, const Transaction& actual) {
  CHECK(OneByOne(actual) == OneByOne(expected));
  CHECK(Many(actual) == OneByOne(expected));
  for (const char* type : {"HUB", "NEXT", "ABOUT", "SELF"})
    for (Direction d : {Direction::kOutgoing, Direction::kIncoming}) {
      INFO(type);
      CHECK(OneByOne(actual, d, {type}) == OneByOne(expected, d, {type}));
      CHECK(Many(actual, d, {type}) == OneByOne(expected, d, {type}));
    }
  CHECK(actual.Degree(1, Direction::kBoth, {}) == expected.Degree(1, Direction::kBoth, {}));
  StoreCounts a = actual.Counts(), e = expected.Counts();
  CHECK(a.per_type == e.per_type);
}

// How many entries each of `node`'s keys in `family` holds.
std::vector<size_t> KeysOf(const RawDb& raw, int family, NodeId node) {
  std::vector<size_t> sizes;
  std::vector<adjacency::Entry> entries;
  for (const auto& [k, v] : raw.All(family))
    if (keys::GetBig64(k, 0) == node && adjacency::Entries(k, v, &entries))
      sizes.push_back(entries.size());
  return sizes;
}

}  // namespace

TEST_CASE("adjacency block values round-trip any ascending entries", "[graph][blocks]") {
  std::mt19937_64 rng(5);
  for (int round = 0; round < 200; ++round) {
    std::vector<adjacency::Entry> entries;
    uint64_t neighbour = rng() % 1000;
    size_t n = 1 + rng() % adjacency::kMaxBlockEntries;
    for (size_t i = 0; i < n; ++i) {
      neighbour += rng() % 3 == 0 ? 0 : rng() % (round % 2 ? 5 : uint64_t{1} << 40);
      entries.push_back({neighbour, rng() >> (rng() % 64)});  // ids up and down
    }
    std::string key = adjacency::BlockKey(42, 7, entries[0]);
    std::string value = adjacency::BlockValue(entries.data(), entries.data() + entries.size());
    std::vector<adjacency::Entry> back;
    REQUIRE(adjacency::Entries(key, value, &back));
    REQUIRE(back == entries);
    if (!value.empty()) {
      value.back() = static_cast<char>(0x80);  // a varint that never ends
      CHECK_FALSE(adjacency::Entries(key, value, &back));
    }
  }
  std::vector<adjacency::Entry> one;
  CHECK(adjacency::Entries(keys::Adjacency(1, 2, 3, 4), "", &one));
  CHECK(one == std::vector<adjacency::Entry>{{3, 4}});
  CHECK_FALSE(adjacency::Entries(keys::Adjacency(1, 2, 3, 4) + "xx", "", &one));
}

TEST_CASE("bulk-loaded adjacency blocks read as single keys", "[graph][blocks]") {
  testing::TempDir dir;
  auto singles = BuildWithTransaction(dir.Sub("singles"));
  for (int64_t cache : {-1, 0}) {
    INFO("adjacency cache " << cache);
    std::string path = dir.Sub("blocks" + std::to_string(cache));
    {
      auto blocks = BuildWithBulkWriter(path, cache);
      auto txn = blocks->Begin();
      ExpectSameAdjacency(*singles->Begin(), *txn);
      ExpectSameAdjacency(*singles->Begin(), *txn);  // warm
      // A transaction with writes merges its batch over the keys.
      auto writer = blocks->Begin();
      auto reference = singles->Begin();
      writer->CreateNode({"Other"}, {});
      reference->CreateNode({"Other"}, {});
      ExpectSameAdjacency(*reference, *writer);
    }
    RawDb raw(path);
    // The hub's 399 HUB relationships take 4 blocks, its 299 ABOUT ones 3.
    CHECK(KeysOf(raw, RawDb::kOut, 1) == std::vector<size_t>{128, 128, 128, 15});
    CHECK(KeysOf(raw, RawDb::kIn, 1) == std::vector<size_t>{128, 128, 43});
  }
  CHECK(CheckIntegrity(dir.Sub("blocks-1")).ok());
}

TEST_CASE("deleting relationships listed in blocks", "[graph][blocks]") {
  testing::TempDir dir;
  auto singles = BuildWithTransaction(dir.Sub("singles"));
  auto blocks = BuildWithBulkWriter(dir.Sub("blocks"));
  // Relationships of the hub: every block's first, one in the middle, one
  // at the end, and then every HUB relationship of a whole block (the
  // block's key goes); the parallel one, the loop.
  std::vector<RelId> doomed;
  {
    auto txn = blocks->Begin();
    std::vector<std::pair<NodeId, RelId>> hub;  // (neighbour, rel), as blocks order them
    AdjacencyEntry e;
    for (auto c = txn->Adjacent(1, Direction::kOutgoing, {"HUB"}); c->Next(&e);)
      hub.emplace_back(e.neighbour, e.relationship);
    std::sort(hub.begin(), hub.end());
    REQUIRE(hub.size() == kNodes - 1);
    for (size_t i : {size_t{0}, size_t{128}, size_t{256}, size_t{60}, hub.size() - 1})
      doomed.push_back(hub[i].second);
    for (size_t i = 129; i < 256; ++i) doomed.push_back(hub[i].second);
    for (auto c = txn->Adjacent(7, Direction::kOutgoing, {"SELF"}); c->Next(&e);)
      doomed.push_back(e.relationship);
    for (auto c = txn->Adjacent(5, Direction::kOutgoing, {"NEXT"}); c->Next(&e);)
      doomed.push_back(e.relationship);
  }
  {
    auto reference = singles->Begin();
    auto txn = blocks->Begin();
    for (RelId id : doomed) {
      reference->DeleteRelationship(id);
      txn->DeleteRelationship(id);
    }
    ExpectSameAdjacency(*reference, *txn);  // the transaction's own view
    reference->Commit();
    txn->Commit();
  }
  ExpectSameAdjacency(*singles->Begin(), *blocks->Begin());
  CHECK(blocks->Begin()->Degree(1, Direction::kOutgoing, {"HUB"}) == kNodes - 1 - 132);

  // Then everything else of the hub, as DETACH DELETE does.
  {
    auto ref = singles->Begin();
    auto t = blocks->Begin();
    std::vector<RelId> rest;
    AdjacencyEntry e;
    for (auto c = t->Adjacent(1, Direction::kBoth, {}); c->Next(&e);) rest.push_back(e.relationship);
    for (RelId id : rest) {
      ref->DeleteRelationship(id);
      t->DeleteRelationship(id);
    }
    t->DeleteNode(1);
    ref->DeleteNode(1);
    ref->Commit();
    t->Commit();
  }
  ExpectSameAdjacency(*singles->Begin(), *blocks->Begin());
  blocks.reset();
  CHECK(CheckIntegrity(dir.Sub("blocks")).ok());
  RawDb raw(dir.Sub("blocks"));
  for (const auto& [k, v] : raw.All(RawDb::kOut)) CHECK(keys::GetBig64(k, 0) != 1);
}

TEST_CASE("a bulk import gives nodes that existed before single keys", "[graph][blocks]") {
  testing::TempDir dir;
  {
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    auto txn = store->Begin();
    NodeId old = txn->CreateNode({"Old"}, {});
    txn->Commit();
    BulkWriter writer(store.get());
    for (int i = 0; i < 300; ++i) {
      NodeId n = writer.AddNode(std::nullopt, {"New"}, {});
      writer.AddRelationship(std::nullopt, old, "SAW", n, {});
      writer.AddRelationship(std::nullopt, n, "SAW", old, {});
    }
    writer.Commit();
    CHECK(store->Begin()->Degree(old, Direction::kBoth, {"SAW"}) == 600);
  }
  RawDb raw(dir.Sub("db"));
  for (int family : {RawDb::kOut, RawDb::kIn})
    for (const auto& [k, v] : raw.All(family))
      CHECK(k.size() == adjacency::kSingleKeySize);  // each new node has one SAW each way
}

TEST_CASE("check reports a malformed block and a dangling entry inside one", "[graph][blocks]") {
  testing::TempDir dir;
  BuildWithBulkWriter(dir.Sub("db"));
  {
    RawDb raw(dir.Sub("db"));
    std::string block_key, block_value;
    for (const auto& [k, v] : raw.All(RawDb::kOut))
      if (adjacency::IsBlockKey(k) && v.size() > 4) std::tie(block_key, block_value) = std::tie(k, v);
    REQUIRE(!block_key.empty());
    std::vector<adjacency::Entry> entries;
    REQUIRE(adjacency::Entries(block_key, block_value, &entries));
    entries.back().relationship = 999999;  // no such relationship
    NodeId node = keys::GetBig64(block_key, 0);
    uint32_t type = keys::GetBig32(block_key, 8);
    REQUIRE(raw.db->Put({}, raw.handles[RawDb::kOut], block_key,
                        adjacency::BlockValue(entries.data(), entries.data() + entries.size()))
                .ok());
    // And a block of another node whose value breaks off.
    REQUIRE(raw.db->Put({}, raw.handles[RawDb::kOut],
                        adjacency::BlockKey(node + 1000, type, {1, 1}), std::string(1, '\x80'))
                .ok());
  }
  IntegrityReport r = CheckIntegrity(dir.Sub("db"));
  auto mentions = [&](const std::string& what) {
    return std::any_of(r.violations.begin(), r.violations.end(),
                       [&](const std::string& v) { return v.find(what) != std::string::npos; });
  };
  CHECK(mentions("#999999"));
  CHECK(mentions("is missing from the outgoing adjacency"));
  CHECK(mentions("is malformed"));
}
