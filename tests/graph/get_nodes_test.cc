// Transaction::GetNodes reads many records in one walk: it must give what
// GetNode gives for each id, in the order asked, whatever the order, gaps,
// repeats and missing ids, and see a writer's own writes.
#include <catch2/catch.hpp>

#include <optional>
#include <random>

#include "graph/graph_store.h"
#include "test_util.h"

using namespace ng;

namespace {

void CheckSameAsGetNode(const Transaction& txn, const std::vector<NodeId>& ids) {
  std::vector<std::optional<Node>> many = txn.GetNodes(ids);
  // Asked for one key (and one no node has): the same records with that key alone.
  std::vector<std::optional<Node>> some = txn.GetNodes(ids, {"s", "absent"});
  REQUIRE(many.size() == ids.size());
  REQUIRE(some.size() == ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    INFO("id " << ids[i]);
    std::optional<Node> one = txn.GetNode(ids[i]);
    REQUIRE(many[i].has_value() == one.has_value());
    REQUIRE(some[i].has_value() == one.has_value());
    if (!one) continue;
    CHECK(many[i]->id == one->id);
    CHECK(many[i]->labels == one->labels);
    CHECK(many[i]->properties == one->properties);
    CHECK(some[i]->id == one->id);
    CHECK(some[i]->labels == one->labels);
    Properties only_s;
    if (auto s = one->properties.find("s"); s != one->properties.end()) only_s.insert(*s);
    CHECK(some[i]->properties == only_s);
  }
}

}  // namespace

TEST_CASE("GetNodes gives GetNode's records in the order asked", "[graph][records]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  std::vector<NodeId> ids;
  {
    auto w = store->Begin();
    for (int i = 0; i < 2000; ++i)
      ids.push_back(w->CreateNode({i % 2 ? "A" : "B"},
                                  {{"i", Value(int64_t{i})}, {"s", Value(std::string(i % 50, 'x'))}}));
    // Holes: deleted nodes among the rest.
    for (int i = 100; i < 400; i += 3) w->DeleteNode(ids[i]);
    w->Commit();
  }
  auto txn = store->Begin();
  std::mt19937 rng(7);
  std::vector<NodeId> asked;
  for (int i = 0; i < 500; ++i) asked.push_back(ids[rng() % ids.size()]);  // unsorted, repeats
  for (int i = 0; i < 300; ++i) asked.push_back(ids[i]);                  // dense, with holes
  for (int i = 0; i < 2000; i += 97) asked.push_back(ids[i]);             // gaps past a seek
  asked.push_back(ids.back() + 1000);                                     // never existed
  asked.push_back(0);
  CheckSameAsGetNode(*txn, asked);
  CheckSameAsGetNode(*txn, {});
  CheckSameAsGetNode(*txn, {ids[5], ids[3]});  // few: a look-up each
  // A writer sees its own writes.
  auto w = store->Begin();
  NodeId added = w->CreateNode({"C"}, {{"new", Value(true)}});
  w->DeleteNode(ids[1]);
  asked.push_back(added);
  CheckSameAsGetNode(*w, asked);
  CHECK(w->GetNodes({ids[1]})[0] == std::nullopt);
}
