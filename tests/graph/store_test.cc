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
