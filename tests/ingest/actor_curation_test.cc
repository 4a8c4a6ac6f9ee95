// Actors merged and split by hand (ingest/actor_curation.h, `newsgraph actors`):
// relationships move and come back, the decision outlives later ingests, and
// a merge then a split gives the graph back byte for byte. Articles written
// for these tests.
#include <catch2/catch.hpp>

#include <sstream>

#include "graph/graph_store.h"
#include "graph/jsonl.h"
#include "ingest/actor_curation.h"
#include "ingest/ingest.h"
#include "test_util.h"

namespace {

const char* kFirst =
    "Harbour dispute\n\nPublished March 3, 2025\n\n"
    "\"The cranes will be replaced this year,\" Mayor Ilse Brandvold said on Monday.\n\n"
    "Brandvold added that the Port Authority had agreed to the plan.\n";
const char* kSecond =
    "Harbour dispute goes on\n\nPublished March 5, 2025\n\n"
    "\"Nothing has been agreed,\" Mayor I. Brandvold-Lie told reporters.\n";

ng::NodeId OnlyNode(const ng::Transaction& tx, const std::string& name) {
  auto ids = tx.FindByName(name);
  REQUIRE(ids.size() == 1);
  return ids[0];
}

std::string Export(ng::GraphStore* store) {
  std::ostringstream out;
  ng::ExportJsonl(*store->Begin(), out);
  return out.str();
}

}  // namespace

TEST_CASE("merging moves every relationship and the names, splitting puts the graph back as it was") {
  ng::testing::TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(kFirst, "a.txt");
  ingester.IngestBytes(kSecond, "b.txt");
  const std::string before = Export(store.get());

  ng::NodeId keep = 0, other = 0;
  {
    auto tx = store->Begin();
    keep = OnlyNode(*tx, "Ilse Brandvold");
    other = OnlyNode(*tx, "I. Brandvold-Lie");
    REQUIRE(keep != other);
    CHECK(tx->Degree(keep, ng::Direction::kOutgoing, {"SAID"}) == 2);
    CHECK(tx->Degree(other, ng::Direction::kOutgoing, {"SAID"}) == 1);
    auto report = ng::ingest::MergeActors(tx.get(), keep, other);
    CHECK(report.merged == "I. Brandvold-Lie");
    CHECK(report.moved >= 2);  // its statement and its mention at least
    tx->Commit();
  }
  {
    auto tx = store->Begin();
    CHECK_FALSE(tx->NodeExists(other));
    CHECK(tx->Degree(keep, ng::Direction::kOutgoing, {"SAID"}) == 3);
    CHECK(tx->FindByName("I. Brandvold-Lie") == std::vector<ng::NodeId>{keep});
    CHECK(ng::ingest::MergedNames(*tx->GetNode(keep)) == std::vector<std::string>{"I. Brandvold-Lie"});
  }
  {
    auto tx = store->Begin();
    auto report = ng::ingest::SplitActor(tx.get(), keep, "i. brandvold-lie");
    CHECK(report.restored == other);
    CHECK(report.gone == 0);
    tx->Commit();
  }
  CHECK(Export(store.get()) == before);
}

TEST_CASE("an article ingested after a merge names the kept actor") {
  ng::testing::TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(kFirst, "a.txt");
  ingester.IngestBytes(kSecond, "b.txt");
  ng::NodeId keep = 0;
  {
    auto tx = store->Begin();
    keep = OnlyNode(*tx, "Ilse Brandvold");
    ng::ingest::MergeActors(tx.get(), keep, OnlyNode(*tx, "I. Brandvold-Lie"));
    tx->Commit();
  }
  // A later `newsgraph ingest`: a new process, a new ingester.
  ng::Ingester later(store.get(), {});
  later.IngestBytes(
      "Harbour deal\n\nPublished March 9, 2025\n\n"
      "\"We have a deal,\" Mayor I. Brandvold-Lie said on Sunday.\n",
      "c.txt");
  auto tx = store->Begin();
  CHECK(tx->FindByName("I. Brandvold-Lie") == std::vector<ng::NodeId>{keep});
  CHECK(tx->Degree(keep, ng::Direction::kOutgoing, {"SAID"}) == 4);
}

TEST_CASE("merge and split refuse what they cannot do, naming it") {
  ng::testing::TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(kFirst, "a.txt");
  auto tx = store->Begin();
  ng::NodeId mayor = OnlyNode(*tx, "Ilse Brandvold");
  CHECK_THROWS_WITH(ng::ingest::MergeActors(tx.get(), mayor, mayor), Catch::Contains("into itself"));
  ng::NodeId article = OnlyNode(*tx, "a.txt");
  CHECK_THROWS_WITH(ng::ingest::MergeActors(tx.get(), mayor, article), Catch::Contains("is no actor"));
  CHECK_THROWS_WITH(ng::ingest::SplitActor(tx.get(), mayor, "Port Authority"),
                    Catch::Contains("nothing called 'Port Authority' was merged into 'Ilse Brandvold'"));
}

TEST_CASE("newsgraph actors merge and split from the command line") {
  ng::testing::TempDir dir;
  std::string db = dir.Sub("db");
  {
    auto store = ng::GraphStore::Open(db, {});
    ng::Ingester ingester(store.get(), {});
    ingester.IngestBytes(kFirst, "a.txt");
    ingester.IngestBytes(kSecond, "b.txt");
  }
  auto merged = ng::testing::RunCommand(
      {ng::testing::NewsgraphBinary(), "--db", db, "actors", "merge", "Ilse Brandvold", "I. Brandvold-Lie"});
  CHECK(merged.exit_code == 0);
  CHECK_THAT(merged.out, Catch::Contains("merged 'I. Brandvold-Lie' into 'Ilse Brandvold'"));
  auto missing = ng::testing::RunCommand(
      {ng::testing::NewsgraphBinary(), "--db", db, "actors", "merge", "Ilse Brandvold", "Brandvold Lie Jr"});
  CHECK(missing.exit_code != 0);
  CHECK_THAT(missing.err, Catch::Contains("Brandvold Lie Jr"));
  auto split = ng::testing::RunCommand(
      {ng::testing::NewsgraphBinary(), "--db", db, "actors", "split", "Ilse Brandvold", "I. Brandvold-Lie"});
  CHECK(split.exit_code == 0);
  CHECK_THAT(split.out, Catch::Contains("split 'I. Brandvold-Lie'"));
  auto check = ng::testing::RunCommand({ng::testing::NewsgraphBinary(), "--db", db, "check"});
  CHECK(check.exit_code == 0);
}
