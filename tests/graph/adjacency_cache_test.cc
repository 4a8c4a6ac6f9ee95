// The adjacency cache must never change what a transaction sees: these tests
// read the same adjacency cold, warm, after commits, from older snapshots,
// after a bulk import and with a budget too small to hold it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

#include "graph/adjacency_cache.h"
#include "graph/bulk_writer.h"
#include "graph/graph_store.h"
#include "test_util.h"

using namespace ng;

namespace {

using Seen = std::vector<std::tuple<NodeId, RelId, NodeId, std::string, Direction>>;

Seen Many(const Transaction& txn, const std::vector<NodeId>& nodes,
          Direction d = Direction::kBoth, const std::vector<std::string>& types = {}) {
  Seen out;
  txn.AdjacentMany(nodes, d, types, [&](NodeId n, const AdjacencyEntry& e) {
    out.emplace_back(n, e.relationship, e.neighbour, e.type, e.direction);
  });
  return out;
}

Seen OneByOne(const Transaction& txn, const std::vector<NodeId>& nodes,
              Direction d = Direction::kBoth, const std::vector<std::string>& types = {}) {
  Seen out;
  AdjacencyEntry e;
  for (NodeId n : nodes)
    for (auto c = txn.Adjacent(n, d, types); c->Next(&e);)
      out.emplace_back(n, e.relationship, e.neighbour, e.type, e.direction);
  return out;
}

std::unique_ptr<GraphStore> Open(const std::string& path, int64_t cache_bytes = -1) {
  OpenOptions options;
  options.adjacency_cache_bytes = cache_bytes;
  return GraphStore::Open(path, options);
}

// A star around nodes[0] plus a chain, 200 nodes, two types.
std::vector<NodeId> Build(GraphStore* store) {
  auto txn = store->Begin();
  std::vector<NodeId> nodes;
  for (int i = 0; i < 200; ++i) nodes.push_back(txn->CreateNode({"N"}, {}));
  for (int i = 1; i < 200; ++i) {
    txn->CreateRelationship(nodes[0], "HUB", nodes[i], {});
    if (i + 1 < 200 && i % 4 != 0) txn->CreateRelationship(nodes[i], "NEXT", nodes[i + 1], {});
  }
  txn->Commit();
  return nodes;
}

}  // namespace

TEST_CASE("cached adjacency reads as the store's, cold and warm", "[graph][cache]") {
  testing::TempDir dir;
  std::vector<NodeId> nodes;
  Seen uncached, uncached_out_next;
  std::vector<NodeId> shuffled;
  {
    auto store = Open(dir.Sub("db"), 0);  // no cache: the reference
    nodes = Build(store.get());
    shuffled = nodes;
    std::reverse(shuffled.begin(), shuffled.end());
    std::swap(shuffled[3], shuffled[150]);
    shuffled.push_back(nodes[7]);  // twice
    auto txn = store->Begin();
    uncached = Many(*txn, shuffled);
    uncached_out_next = Many(*txn, shuffled, Direction::kOutgoing, {"NEXT"});
    CHECK(uncached == OneByOne(*txn, shuffled));
    CHECK(uncached.size() == 2 * (199 + 149) + 3);  // nodes[7]: HUB in, NEXT in and out  // each relationship seen from both ends
  }
  auto store = Open(dir.Sub("db"));
  auto txn = store->Begin();
  CHECK(Many(*txn, shuffled) == uncached);  // cold: read and cached
  CHECK(Many(*txn, shuffled) == uncached);  // warm
  CHECK(Many(*txn, shuffled, Direction::kOutgoing, {"NEXT"}) == uncached_out_next);
  CHECK(OneByOne(*txn, shuffled) == uncached);
  CHECK(OneByOne(*txn, shuffled, Direction::kOutgoing, {"NEXT"}) == uncached_out_next);
  CHECK(Many(*txn, shuffled, Direction::kBoth, {"MISSING"}).empty());
  CHECK(txn->Degree(nodes[0], Direction::kOutgoing, {"HUB"}) == 199);
  // Runs hand over the same relationships.
  size_t in_runs = 0;
  txn->AdjacentRuns(shuffled, Direction::kBoth, {}, [&](const AdjacencyRun& run) {
    CHECK(run.begin <= run.end);
    in_runs += run.end - run.begin;
  });
  CHECK(in_runs == uncached.size());
}

TEST_CASE("a commit is seen through the cache, an older snapshot keeps its view",
          "[graph][cache]") {
  testing::TempDir dir;
  auto store = Open(dir.Sub("db"));
  std::vector<NodeId> nodes = Build(store.get());
  auto before = store->Begin();
  const Seen old_view = Many(*before, nodes);  // fills the cache
  RelId added, removed;
  {
    auto w = store->Begin();
    added = w->CreateRelationship(nodes[5], "NEW", nodes[0], {});
    AdjacencyEntry e;
    auto c = w->Adjacent(nodes[1], Direction::kOutgoing, {"NEXT"});
    REQUIRE(c->Next(&e));
    removed = e.relationship;
    w->DeleteRelationship(removed);
    // The writer sees its own writes through AdjacentMany too.
    auto mine = Many(*w, {nodes[0], nodes[5]});
    CHECK(std::count_if(mine.begin(), mine.end(),
                        [&](const auto& t) { return std::get<1>(t) == added; }) == 2);
    w->Commit();
  }
  auto after = store->Begin();
  for (int pass = 0; pass < 2; ++pass) {  // cold, then warm
    auto now = Many(*after, nodes);
    CHECK(now == OneByOne(*after, nodes));
    CHECK(std::count_if(now.begin(), now.end(),
                        [&](const auto& t) { return std::get<1>(t) == added; }) == 2);
    CHECK(std::none_of(now.begin(), now.end(),
                       [&](const auto& t) { return std::get<1>(t) == removed; }));
    CHECK(now.size() == old_view.size());  // one added, one removed
  }
  // The transaction begun before the commit reads its own snapshot.
  CHECK(Many(*before, nodes) == old_view);
  CHECK(OneByOne(*before, nodes) == old_view);
}

TEST_CASE("a bulk import is seen through the cache", "[graph][cache]") {
  testing::TempDir dir;
  auto store = Open(dir.Sub("db"));
  std::vector<NodeId> nodes = Build(store.get());
  CHECK(Many(*store->Begin(), {nodes[0]}).size() == 199);  // cached
  {
    BulkWriter bulk(store.get());
    bulk.AddRelationship(std::nullopt, nodes[0], "BULK", nodes[1], {});
    bulk.Commit();
  }
  auto txn = store->Begin();
  CHECK(Many(*txn, {nodes[0]}).size() == 200);
  CHECK(txn->Degree(nodes[0], Direction::kOutgoing, {"BULK"}) == 1);
}

TEST_CASE("a small cache evicts and stays within its budget", "[graph][cache]") {
  testing::TempDir dir;
  Seen reference;
  std::vector<NodeId> nodes;
  {
    auto store = Open(dir.Sub("db"), 0);
    nodes = Build(store.get());
    reference = Many(*store->Begin(), nodes);
  }
  AdjacencyCache cache(16 << 10, 1);  // room for fewer than 100 of these
  for (uint64_t id = 0; id < 200; ++id) {
    auto adjacency = std::make_shared<PackedAdjacency>();
    for (uint64_t k = 0; k < 5; ++k) adjacency->Add(k % 2 == 1, 1, id + k, k);
    cache.Insert(1, {{id, adjacency}});
    CHECK(cache.bytes() <= cache.capacity());
  }
  CHECK(cache.Find(1, 199) != nullptr);  // the latest stays
  CHECK(cache.Find(1, 0) == nullptr);    // the first went
  // Through a store with a budget far below its adjacency.
  auto store = Open(dir.Sub("db"), 8 << 10);
  auto txn = store->Begin();
  for (int pass = 0; pass < 3; ++pass) CHECK(Many(*txn, nodes) == reference);
}

TEST_CASE("the cache serves one sequence number, and none while a commit runs",
          "[graph][cache]") {
  AdjacencyCache cache(1 << 20, 10);
  auto a = std::make_shared<PackedAdjacency>();
  a->Add(false, 1, 2, 3);
  cache.Insert(9, {{1, a}});  // read at an older snapshot: dropped
  CHECK(cache.Find(10, 1) == nullptr);
  cache.Insert(10, {{1, a}});
  REQUIRE(cache.Find(10, 1) != nullptr);
  CHECK(cache.Find(10, 1)->entries.size() == 1);
  CHECK(cache.Find(9, 1) == nullptr);  // not for another snapshot
  cache.BeginCommit();
  CHECK_FALSE(cache.Usable(10));
  CHECK(cache.Find(10, 1) == nullptr);
  cache.Insert(10, {{2, a}});  // read while the commit runs: dropped
  cache.EndCommit({1}, false, 11);
  CHECK(cache.Usable(11));
  CHECK(cache.Find(11, 1) == nullptr);  // touched by the commit
  CHECK(cache.Find(11, 2) == nullptr);
  cache.Insert(11, {{2, a}, {3, a}});
  CHECK(cache.Find(11, 3) != nullptr);
  cache.BeginCommit();
  cache.EndCommit({}, true, 12);  // an import: everything goes
  CHECK(cache.Find(12, 2) == nullptr);
  CHECK(cache.Find(12, 3) == nullptr);
}

TEST_CASE("an expansion inside an expansion's visit sees the right adjacency", "[graph][cache]") {
  testing::TempDir dir;
  auto store = Open(dir.Sub("db"));
  std::vector<NodeId> nodes = Build(store.get());
  auto txn = store->Begin();
  std::vector<NodeId> reversed(nodes.rbegin(), nodes.rend());
  const Seen all_reversed = Many(*txn, reversed);
  // Twice: cold (filling the cache) and warm, with a nested call of all
  // nodes the other way round per run.
  for (int round = 0; round < 2; ++round) {
    Seen outer;
    size_t nested_ok = 0;
    txn->AdjacentRuns(nodes, Direction::kBoth, {}, [&](const AdjacencyRun& run) {
      for (const Neighbour* n = run.begin; n != run.end; ++n)
        outer.emplace_back(run.node, n->relationship, n->node, *run.type, run.direction);
      nested_ok += Many(*txn, reversed) == all_reversed;
    });
    CHECK(outer == Many(*txn, nodes));
    CHECK(nested_ok > 0);
    size_t runs = 0;
    txn->AdjacentRuns(nodes, Direction::kBoth, {}, [&](const AdjacencyRun&) { ++runs; });
    CHECK(nested_ok == runs);
  }
}
