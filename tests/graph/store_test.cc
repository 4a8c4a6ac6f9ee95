#include <catch2/catch.hpp>

#include <algorithm>

#include "graph/graph_store.h"
#include "test_util.h"

using namespace ng;

namespace {

std::unique_ptr<GraphStore> OpenRw(const std::string& path) {
  return GraphStore::Open(path, OpenOptions{});
}

std::vector<AdjacencyEntry> All(std::unique_ptr<AdjacencyCursor> c) {
  std::vector<AdjacencyEntry> out;
  AdjacencyEntry e;
  while (c->Next(&e)) out.push_back(e);
  return out;
}

std::vector<uint64_t> All(std::unique_ptr<IdCursor> c) {
  std::vector<uint64_t> out;
  uint64_t id;
  while (c->Next(&id)) out.push_back(id);
  return out;
}

Properties EveryType() {
  return {{"null", Value()},
          {"bool", Value(true)},
          {"int", Value(int64_t{-9007199254740993})},
          {"double", Value(0.1)},
          {"string", Value("Kata’ib “Hezbollah” \\ é")},
          {"list", Value(ValueList{Value(1), Value("two"), Value(ValueList{Value(3.0)})})},
          {"map", Value(ValueMap{{"k", Value(ValueMap{{"deep", Value(false)}})}})}};
}

}  // namespace

TEST_CASE("every property type survives a write and a reopen", "[graph][store]") {
  testing::TempDir dir;
  NodeId id;
  {
    auto store = OpenRw(dir.Sub("db"));
    auto txn = store->Begin();
    id = txn->CreateNode({"Actor", "Person"}, EveryType());
    txn->Commit();
  }
  auto store = OpenRw(dir.Sub("db"));
  auto node = store->Begin()->GetNode(id);
  REQUIRE(node);
  CHECK(node->labels == std::vector<std::string>{"Actor", "Person"});
  CHECK(node->properties == EveryType());
  CHECK(node->properties.at("int").is_int());
  CHECK(node->properties.at("double").is_double());
}

TEST_CASE("adjacency is visible from both ends and filtered by type", "[graph][store]") {
  testing::TempDir dir;
  auto store = OpenRw(dir.Sub("db"));
  auto txn = store->Begin();
  NodeId a = txn->CreateNode({"Actor"}, {});
  NodeId s = txn->CreateNode({"Statement"}, {});
  NodeId b = txn->CreateNode({"Actor"}, {});
  RelId said = txn->CreateRelationship(a, "SAID", s, {});
  RelId about = txn->CreateRelationship(s, "ABOUT", b, {});
  txn->Commit();

  auto r = store->Begin();
  auto out = All(r->Adjacent(s, Direction::kOutgoing));
  REQUIRE(out.size() == 1);
  CHECK(out[0].neighbour == b);
  CHECK(out[0].relationship == about);
  CHECK(out[0].type == "ABOUT");
  auto in = All(r->Adjacent(s, Direction::kIncoming));
  REQUIRE(in.size() == 1);
  CHECK(in[0].neighbour == a);
  CHECK(in[0].relationship == said);
  CHECK(in[0].direction == Direction::kIncoming);
  CHECK(All(r->Adjacent(s, Direction::kBoth)).size() == 2);
  CHECK(All(r->Adjacent(s, Direction::kBoth, {"SAID"})).size() == 1);
  CHECK(All(r->Adjacent(s, Direction::kBoth, {"NOPE"})).empty());
  CHECK(r->Degree(a, Direction::kOutgoing) == 1);
  auto rel = r->GetRelationship(said);
  REQUIRE(rel);
  CHECK(rel->start == a);
  CHECK(rel->end == s);
}

TEST_CASE("adjacency cursors nest, stop at their node, and see the transaction's writes",
          "[graph][store]") {
  testing::TempDir dir;
  auto store = OpenRw(dir.Sub("db"));
  std::vector<NodeId> chain;
  {
    auto txn = store->Begin();
    for (int i = 0; i < 5; ++i) chain.push_back(txn->CreateNode({"Actor"}, {}));
    for (int i = 0; i + 1 < 5; ++i) txn->CreateRelationship(chain[i], "NEXT", chain[i + 1], {});
    txn->Commit();
  }
  auto txn = store->Begin();
  // Nested: a cursor per node stays open while its neighbours' are read, and
  // each stops at its own node though the next node's keys follow directly.
  size_t pairs = 0;
  AdjacencyEntry e, f;
  for (auto c = txn->Adjacent(chain[1], Direction::kBoth); c->Next(&e);)
    for (auto d = txn->Adjacent(e.neighbour, Direction::kBoth); d->Next(&f);) ++pairs;
  CHECK(pairs == 3);  // chain[0] has 1 neighbour, chain[2] has 2
  for (int round = 0; round < 3; ++round)  // cursors made again and again read the same
    CHECK(All(txn->Adjacent(chain[2], Direction::kBoth)).size() == 2);
  // After a write the same transaction reads its own relationship.
  txn->CreateRelationship(chain[2], "NEXT", chain[0], {});
  CHECK(All(txn->Adjacent(chain[2], Direction::kOutgoing)).size() == 2);
  CHECK(All(txn->Adjacent(chain[0], Direction::kIncoming)).size() == 1);
}

TEST_CASE("label index and case-insensitive name and alias look-up", "[graph][store]") {
  testing::TempDir dir;
  auto store = OpenRw(dir.Sub("db"));
  auto txn = store->Begin();
  NodeId sudani = txn->CreateNode(
      {"Actor"}, {{"name", Value("Mohammed Shia al-Sudani")},
                  {"aliases", Value(ValueList{Value("Sudani"), Value("Al-Sudani")})}});
  NodeId iraq = txn->CreateNode({"Actor"}, {{"name", Value("Iraq")}});
  txn->CreateNode({"Article"}, {{"file", Value("a.txt")}});
  // Visible inside the transaction before commit.
  CHECK(txn->FindByName("sudani") == std::vector<NodeId>{sudani});
  txn->Commit();

  auto r = store->Begin();
  CHECK(r->FindByName("SUDANI") == std::vector<NodeId>{sudani});
  CHECK(r->FindByName("al-sudani") == std::vector<NodeId>{sudani});
  CHECK(r->FindByName("mohammed shia AL-SUDANI") == std::vector<NodeId>{sudani});
  CHECK(r->FindByName("Sudan").empty());
  CHECK(All(r->ScanLabel("Actor")) == std::vector<uint64_t>{sudani, iraq});
  CHECK(r->CountLabel("Article") == 1);
  CHECK(All(r->ScanLabel("Missing")).empty());
  auto names = r->NamesWithPrefix("su", 10);
  CHECK(names == std::vector<std::string>{"Sudani"});

  // Renaming moves the index entry.
  auto w = store->Begin();
  Node n = *w->GetNode(iraq);
  n.properties["name"] = Value("Republic of Iraq");
  n.labels.push_back("Country");
  w->UpdateNode(n);
  w->Commit();
  auto r2 = store->Begin();
  CHECK(r2->FindByName("iraq").empty());
  CHECK(r2->FindByName("republic of iraq") == std::vector<NodeId>{iraq});
  CHECK(r2->CountLabel("Country") == 1);

  // Dropping an alias and a label drops their index entries.
  auto w2 = store->Begin();
  Node s = *w2->GetNode(sudani);
  s.properties["aliases"] = Value(ValueList{Value("Sudani")});
  s.labels = {"Person"};
  w2->UpdateNode(s);
  w2->Commit();
  auto r3 = store->Begin();
  CHECK(r3->FindByName("al-sudani").empty());
  CHECK(r3->FindByName("sudani") == std::vector<NodeId>{sudani});
  CHECK(All(r3->ScanLabel("Actor")) == std::vector<uint64_t>{iraq});
  CHECK(All(r3->ScanLabel("Person")) == std::vector<uint64_t>{sudani});
}

TEST_CASE("an uncommitted or failed transaction leaves nothing", "[graph][store]") {
  testing::TempDir dir;
  auto store = OpenRw(dir.Sub("db"));
  {
    auto txn = store->Begin();
    txn->CreateNode({"Actor"}, {{"name", Value("Ghost")}});
  }  // destroyed without Commit
  try {
    auto txn = store->Begin();
    NodeId a = txn->CreateNode({"Actor"}, {{"name", Value("Half")}});
    txn->CreateRelationship(a, "SAID", 999999, {});  // no such node: throws
    txn->Commit();
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kEntityNotFound);
  }
  auto r = store->Begin();
  CHECK(r->Counts().nodes == 0);
  CHECK(r->FindByName("ghost").empty());
  CHECK(r->FindByName("half").empty());
}

TEST_CASE("a snapshot does not see later commits", "[graph][store]") {
  testing::TempDir dir;
  auto store = OpenRw(dir.Sub("db"));
  auto reader = store->Begin();
  auto writer = store->Begin();
  writer->CreateNode({"Actor"}, {});
  writer->Commit();
  CHECK(reader->Counts().nodes == 0);
  CHECK(store->Begin()->Counts().nodes == 1);
}

TEST_CASE("deleting keeps records, adjacency and indexes consistent", "[graph][store]") {
  testing::TempDir dir;
  auto store = OpenRw(dir.Sub("db"));
  auto txn = store->Begin();
  NodeId a = txn->CreateNode({"Actor"}, {{"name", Value("A")}});
  NodeId b = txn->CreateNode({"Actor"}, {{"name", Value("B")}});
  RelId r = txn->CreateRelationship(a, "KNOWS", b, {});
  txn->Commit();

  auto t2 = store->Begin();
  try {
    t2->DeleteNode(a);  // still has a relationship
    FAIL("deleted a node with a relationship");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kConstraint);
  }
  t2->DeleteRelationship(r);
  t2->DeleteNode(a);
  CHECK_FALSE(t2->NodeExists(a));
  t2->Commit();
  auto t3 = store->Begin();
  CHECK(t3->FindByName("a").empty());
  CHECK(All(t3->Adjacent(b, Direction::kBoth)).empty());
  CHECK(t3->CountLabel("Actor") == 1);
  CHECK(t3->Counts().per_type.empty());
}

TEST_CASE("ids stay stable and are never reused after reopen", "[graph][store]") {
  testing::TempDir dir;
  NodeId first;
  {
    auto store = OpenRw(dir.Sub("db"));
    auto txn = store->Begin();
    first = txn->CreateNode({"X"}, {});
    txn->Commit();
    auto del = store->Begin();
    del->DeleteNode(first);
    del->Commit();
  }
  auto store = OpenRw(dir.Sub("db"));
  auto txn = store->Begin();
  CHECK(txn->CreateNode({"X"}, {}) > first);
}

TEST_CASE("read-only opening never creates a database", "[graph][store]") {
  testing::TempDir dir;
  OpenOptions ro;
  ro.read_only = true;
  try {
    GraphStore::Open(dir.Sub("none"), ro);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kNoDatabase);
  }
  CHECK_FALSE(DatabaseExists(dir.Sub("none")));
}

TEST_CASE("a second writer is refused with a lock error while readers still work", "[graph][store]") {
  testing::TempDir dir;
  auto writer = OpenRw(dir.Sub("db"));
  {
    auto txn = writer->Begin();
    txn->CreateNode({"Actor"}, {});
    txn->Commit();
  }
  try {
    OpenRw(dir.Sub("db"));
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kLocked);
    CHECK(std::string(e.what()).find("locked") != std::string::npos);
  }
  OpenOptions ro;
  ro.read_only = true;
  auto reader = GraphStore::Open(dir.Sub("db"), ro);
  CHECK(reader->Begin()->Counts().nodes == 1);
  auto txn = reader->Begin();
  CHECK_THROWS_AS(txn->CreateNode({"X"}, {}), Error);
}

TEST_CASE("AdjacentMany gives each node's relationships as Adjacent does", "[graph][store]") {
  testing::TempDir dir;
  auto store = OpenRw(dir.Sub("db"));
  // 300 nodes; node i links to i+1 (NEXT) and, for every third i, to i/2
  // (HALF), with gaps of nodes that have no relationships at all.
  std::vector<NodeId> nodes;
  {
    auto txn = store->Begin();
    for (int i = 0; i < 300; ++i) nodes.push_back(txn->CreateNode({"N"}, {}));
    for (int i = 0; i + 1 < 300; ++i) {
      if (i % 50 >= 40) continue;  // a gap
      txn->CreateRelationship(nodes[i], "NEXT", nodes[i + 1], {});
      if (i % 3 == 0) txn->CreateRelationship(nodes[i], "HALF", nodes[i / 2], {});
    }
    txn->Commit();
  }
  using Seen = std::vector<std::tuple<NodeId, RelId, NodeId, std::string, Direction>>;
  auto one_by_one = [](const Transaction& txn, const std::vector<NodeId>& frontier, Direction d,
                       const std::vector<std::string>& types) {
    Seen out;
    AdjacencyEntry e;
    for (NodeId n : frontier)
      for (auto c = txn.Adjacent(n, d, types); c->Next(&e);)
        out.emplace_back(n, e.relationship, e.neighbour, e.type, e.direction);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto many = [](const Transaction& txn, const std::vector<NodeId>& frontier, Direction d,
                 const std::vector<std::string>& types) {
    Seen out;
    txn.AdjacentMany(frontier, d, types, [&](NodeId n, const AdjacencyEntry& e) {
      out.emplace_back(n, e.relationship, e.neighbour, e.type, e.direction);
    });
    std::sort(out.begin(), out.end());
    return out;
  };
  // A large frontier (the scan path) with holes, a small one (per node).
  std::vector<NodeId> large, small = {nodes[3], nodes[45], nodes[299]};
  for (size_t i = 0; i < nodes.size(); i += (i % 7 == 0 ? 2 : 1)) large.push_back(nodes[i]);
  if (large.back() != nodes[299]) large.push_back(nodes[299]);
  auto txn = store->Begin();
  for (Direction d : {Direction::kOutgoing, Direction::kIncoming, Direction::kBoth})
    for (const std::vector<std::string>& types :
         {std::vector<std::string>{}, {"HALF"}, {"NEXT", "HALF"}, {"MISSING"}}) {
      auto expected = one_by_one(*txn, large, d, types);
      CHECK(many(*txn, large, d, types) == expected);
      CHECK(many(*txn, small, d, types) == one_by_one(*txn, small, d, types));
      if (types.empty() && d == Direction::kBoth) CHECK(expected.size() > 500);
    }
  // A transaction with writes sees them through AdjacentMany too.
  txn->CreateRelationship(nodes[45], "NEXT", nodes[299], {});
  auto with_write = many(*txn, large, Direction::kIncoming, {"NEXT"});
  CHECK(with_write == one_by_one(*txn, large, Direction::kIncoming, {"NEXT"}));
  CHECK(std::count_if(with_write.begin(), with_write.end(), [&](const auto& t) {
          return std::get<0>(t) == nodes[299];
        }) == 1);  // 298 -> 299 falls in a gap: the new one is its only NEXT in
}
