// The bulk writer's streamed families: whatever order the keys come in and
// however they are cut into batches, the database is the one a single sorted
// write gives; a failed import leaves nothing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>
#include <tuple>
#include <sstream>

#include "graph/bulk_writer.h"
#include "graph/integrity.h"
#include "graph/jsonl.h"
#include "test_util.h"

using namespace ng;
using ng::testing::TempDir;

namespace {

std::string Export(GraphStore* store) {
  std::ostringstream out;
  ExportJsonl(*store->Begin(), out);
  return out.str();
}

// Nodes with the given ids (names repeat, so the name index has equal
// prefixes; one node lists a name twice), a chain of relationships.
void Load(BulkWriter* writer, const std::vector<NodeId>& ids) {
  for (NodeId id : ids) {
    Properties p;
    p["name"] = Value("actor " + std::to_string(id % 7));
    if (id % 5 == 0) p["aliases"] = Value(ValueList{Value("alias"), Value("alias")});
    writer->AddNode(id, {id % 2 ? "Person" : "Country", "Actor"}, p);
  }
  for (size_t i = 1; i < ids.size(); ++i) {
    Properties p;
    p["weight"] = Value(static_cast<int64_t>(i));
    writer->AddRelationship(std::nullopt, ids[i - 1], i % 3 ? "SAID" : "ABOUT", ids[i], p);
  }
}

std::string LoadAndExport(const std::string& path, const std::vector<NodeId>& ids,
                          size_t batch_bytes) {
  auto store = GraphStore::Open(path, OpenOptions{});
  BulkWriter writer(store.get(), batch_bytes);
  Load(&writer, ids);
  writer.Commit();
  return Export(store.get());
}

}  // namespace

TEST_CASE("Bulk writer streams give the database a sorted write gives", "[graph][bulk]") {
  TempDir dir;
  std::vector<NodeId> ascending(3000);
  for (size_t i = 0; i < ascending.size(); ++i) ascending[i] = i + 1;
  std::vector<NodeId> shuffled = ascending;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
  std::vector<NodeId> late_break = ascending;  // in order until the very end
  std::swap(late_break[late_break.size() - 1], late_break[late_break.size() - 2]);
  std::vector<NodeId> descending(ascending.rbegin(), ascending.rend());

  int run = 0;
  for (const auto* ids : {&ascending, &shuffled, &late_break, &descending}) {
    // One huge batch is never handed over: the family is sorted at the end
    // as a whole, the reference.
    std::string reference = LoadAndExport(dir.Sub("ref" + std::to_string(run)), *ids, 1 << 30);
    REQUIRE(reference.find("\"actor 3\"") != std::string::npos);
    for (size_t batch : {1, 64, 4096}) {
      INFO("order " << run << ", batch " << batch);
      std::string path = dir.Sub("db" + std::to_string(run) + "-" + std::to_string(batch));
      CHECK(LoadAndExport(path, *ids, batch) == reference);
      CHECK_FALSE(std::filesystem::exists(path + "/bulk-import.tmp"));
    }
    ++run;
  }
}

TEST_CASE("Bulk writer stream of given ids in order then out of order keeps the later name",
          "[graph][bulk]") {
  TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  {
    BulkWriter writer(store.get(), 1);
    for (NodeId id = 10; id < 20; ++id) writer.AddNode(id, {"Actor"}, {{"name", Value("n")}});
    writer.AddNode(5, {"Actor"}, {{"name", Value("Five")}});
    writer.Commit();
  }
  auto txn = store->Begin();
  CHECK(txn->FindByName("five") == std::vector<NodeId>{5});
  CHECK(txn->FindByName("n").size() == 10);
  CHECK(txn->GetNode(5)->properties.at("name") == Value("Five"));
  CHECK(txn->CountLabel("Actor") == 11);
}

TEST_CASE("Bulk writer read-back keeps the later of two equal name keys", "[graph][bulk]") {
  TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  {
    BulkWriter writer(store.get(), 1);
    writer.AddNode(1, {"Actor"}, {{"name", Value("a")}});
    writer.AddNode(2, {"Actor"}, {{"name", Value("b")}});
    // "Zed" is streamed; "zed" folds to the same key, comes later and wins.
    writer.AddNode(3, {"Actor"},
                   {{"name", Value("Zed")}, {"aliases", Value(ValueList{Value("zed")})}});
    writer.Commit();
  }
  CHECK(store->Begin()->NamesWithPrefix("z", 10) == std::vector<std::string>{"zed"});
}

TEST_CASE("Bulk writer failing after streamed batches leaves nothing", "[graph][bulk]") {
  TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  {
    BulkWriter writer(store.get(), 1);
    for (NodeId id = 1; id <= 500; ++id) writer.AddNode(id, {"Actor"}, {});
    writer.AddRelationship(std::nullopt, 1, "SAID", 2, {});
    CHECK_THROWS_AS(writer.AddRelationship(std::nullopt, 1, "SAID", 999, {}), Error);
  }  // destroyed without Commit()
  CHECK_FALSE(std::filesystem::exists(dir.Sub("db") + "/bulk-import.tmp"));
  uint64_t id;
  CHECK_FALSE(store->Begin()->ScanNodes()->Next(&id));
}

TEST_CASE("Bulk writer adjacency is right for dense and for sparse node ids", "[graph][bulk]") {
  TempDir dir;
  // Dense ids are placed by counting, sparse ones sorted by comparison.
  for (NodeId spacing : {NodeId{1}, NodeId{1} << 40}) {
    INFO("spacing " << spacing);
    std::vector<NodeId> ids;
    for (NodeId i = 0; i < 60; ++i) ids.push_back(1 + ((i * 37) % 60) * spacing);
    auto store = GraphStore::Open(dir.Sub("db" + std::to_string(spacing)), OpenOptions{});
    std::mt19937 rng(3);
    std::multiset<std::tuple<NodeId, std::string, NodeId, RelId>> expected;  // start, type, end, id
    {
      BulkWriter writer(store.get());
      for (NodeId id : ids) writer.AddNode(id, {"N"}, {});
      for (int r = 0; r < 500; ++r) {
        NodeId a = ids[rng() % ids.size()], b = ids[rng() % ids.size()];
        std::string type = r % 3 ? "A" : "B";
        RelId id = writer.AddRelationship(std::nullopt, a, type, b, {});
        expected.insert({a, type, b, id});
      }
      writer.Commit();
    }
    auto txn = store->Begin();
    std::multiset<std::tuple<NodeId, std::string, NodeId, RelId>> out, in;
    AdjacencyEntry e;
    for (NodeId id : ids) {
      for (auto c = txn->Adjacent(id, Direction::kOutgoing, {}); c->Next(&e);)
        out.insert({id, e.type, e.neighbour, e.relationship});
      for (auto c = txn->Adjacent(id, Direction::kIncoming, {}); c->Next(&e);)
        in.insert({e.neighbour, e.type, id, e.relationship});
    }
    CHECK(out == expected);
    CHECK(in == expected);
    txn.reset();
    store.reset();
    CHECK(CheckIntegrity(dir.Sub("db" + std::to_string(spacing))).ok());  // blocks ascend
  }
}
