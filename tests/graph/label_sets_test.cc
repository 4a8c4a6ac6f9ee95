// Transaction::NodesWithLabel answers from a set the store keeps between
// transactions: it must always say what the label index of the reader's
// own view says — after commits, bulk imports, for older snapshots and for a
// transaction with writes of its own.
#include <catch2/catch.hpp>

#include <set>

#include "graph/bulk_writer.h"
#include "graph/graph_store.h"
#include "test_util.h"

using namespace ng;

namespace {

// The members of `label` among ids 0 … `up_to`, by the set and by the index.
std::pair<std::set<NodeId>, std::set<NodeId>> Members(const Transaction& txn, const std::string& label,
                                                      NodeId up_to) {
  std::set<NodeId> by_set, by_index;
  auto set = txn.NodesWithLabel(label);
  for (NodeId id = 0; id <= up_to; ++id)
    if (set->Contains(id)) by_set.insert(id);
  uint64_t id;
  for (auto c = txn.ScanLabel(label); c->Next(&id);) by_index.insert(id);
  return {by_set, by_index};
}

}  // namespace

TEST_CASE("label sets follow commits, bulk imports and snapshots", "[graph][labels]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  NodeId first = 0, last = 0;
  {
    auto w = store->Begin();
    for (int i = 0; i < 300; ++i) {
      last = w->CreateNode(i % 3 ? std::vector<std::string>{"A"} : std::vector<std::string>{"A", "B"}, {});
      if (i == 0) first = last;
    }
    w->Commit();
  }
  auto before = store->Begin();
  for (int pass = 0; pass < 2; ++pass) {  // read, then kept
    auto [by_set, by_index] = Members(*before, "B", last + 10);
    CHECK(by_set == by_index);
    CHECK(by_set.size() == 100);
  }
  CHECK(Members(*before, "Missing", last).first.empty());
  NodeId added = 0, relabelled = 0;
  {
    auto w = store->Begin();
    added = w->CreateNode({"B"}, {});
    Node n = *w->GetNode(first);  // A and B
    REQUIRE(n.HasLabel("B"));
    n.labels = {"A"};
    relabelled = n.id;
    w->UpdateNode(n);
    // The writer sees its own writes.
    auto [mine, mine_index] = Members(*w, "B", added + 10);
    CHECK(mine == mine_index);
    CHECK(mine.count(added) == 1);
    w->Commit();
  }
  auto after = store->Begin();
  for (int pass = 0; pass < 2; ++pass) {
    auto [by_set, by_index] = Members(*after, "B", added + 10);
    CHECK(by_set == by_index);
    CHECK(by_set.count(added) == 1);
    CHECK(by_set.count(relabelled) == 0);
    CHECK(by_set.size() == 100);
  }
  // The transaction begun before the commit keeps its view.
  auto [old_set, old_index] = Members(*before, "B", added + 10);
  CHECK(old_set == old_index);
  CHECK(old_set.count(added) == 0);
  {
    BulkWriter bulk(store.get());
    bulk.AddNode(std::nullopt, {"B"}, {});
    bulk.Commit();
  }
  auto [bulk_set, bulk_index] = Members(*store->Begin(), "B", added + 10);
  CHECK(bulk_set == bulk_index);
  CHECK(bulk_set.size() == 101);
}
