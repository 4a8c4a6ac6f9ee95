// The kept counts (graph/counts.h): equal to a scan after every kind of
// write, within a transaction, across threads, after a bulk import, on a
// database from before they were kept, and after damage and repair.
#include <catch2/catch.hpp>

#include <filesystem>
#include <thread>

#include "graph/bulk_writer.h"
#include "graph/counts.h"
#include "graph/integrity.h"
#include "graph/repair.h"
#include "graph/rocks_store.h"
#include "graph/rocks_transaction.h"
#include "raw_db.h"
#include "test_util.h"

using namespace ng;

namespace {

// Counts as text, to compare and to show when they differ.
std::string Show(const StoreCounts& c, bool kinds = true, bool keys = false) {
  std::string s = "nodes " + std::to_string(c.nodes) + ", rels " + std::to_string(c.relationships);
  for (const auto& [l, n] : c.per_label) s += "; :" + l + " " + std::to_string(n);
  for (const auto& [t, n] : c.per_type) s += "; -" + t + " " + std::to_string(n);
  if (kinds)
    for (const auto& k : c.per_kind) s += "; " + k.label + "/" + k.kind + " " + std::to_string(k.nodes);
  if (keys)
    for (const auto& k : c.per_key) s += "; " + k.label + "." + k.key + " " + std::to_string(k.nodes);
  return s;
}

// What a scan of the records finds, through the same store.
std::string Scanned(GraphStore* store) {
  RocksTransaction txn(dynamic_cast<RocksStore*>(store));
  return Show(counts::Scan(txn, true), true, true);
}

bool Consistent(const std::string& path) {
  IntegrityReport r = CheckIntegrity(path);
  for (const auto& v : r.violations) UNSCOPED_INFO(v);
  return r.ok();
}

}  // namespace

TEST_CASE("counts follow creates, label and kind changes and deletes", "[graph][counts]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  CHECK(Show(store->Begin()->Counts()) == "nodes 0, rels 0");
  NodeId a, b, c;
  RelId said;
  {
    auto txn = store->Begin();
    a = txn->CreateNode({"Actor"}, {{"kind", Value("person")}});
    b = txn->CreateNode({"Actor", "Person"}, {{"kind", Value("person")}});
    c = txn->CreateNode({"Remark"}, {{"kind", Value("direct")}});
    said = txn->CreateRelationship(a, "SAID", c, {});
    // The transaction sees its own writes in the counts.
    CHECK(Show(txn->Counts()) ==
          "nodes 3, rels 1; :Actor 2; :Person 1; :Remark 1; -SAID 1; Actor/person 2; "
          "Person/person 1; Remark/direct 1");
    CHECK(txn->CountLabel("Actor") == 2);
    CHECK(Show(txn->Counts(), false, true).find("Actor.kind 2; Person.kind 1; Remark.kind 1") !=
          std::string::npos);
    // Others do not, until it commits.
    CHECK(Show(store->Begin()->Counts()) == "nodes 0, rels 0");
    txn->Commit();
  }
  CHECK(Show(store->Begin()->Counts(), true, true) == Scanned(store.get()));
  {
    auto txn = store->Begin();
    Node node = *txn->GetNode(b);
    node.labels = {"Actor", "Country"};
    node.properties["kind"] = Value("country");
    txn->UpdateNode(node);
    RelId r = txn->CreateRelationship(b, "ABOUT", c, {});
    txn->DeleteRelationship(r);
    txn->DeleteRelationship(r);  // twice: counted once
    txn->Commit();
  }
  CHECK(Show(store->Begin()->Counts(), true, true) == Scanned(store.get()));
  CHECK(store->Begin()->CountLabel("Person") == 0);
  {
    auto txn = store->Begin();
    txn->CreateRelationship(b, "ABOUT", c, {});
    // Rolled back: destroyed without Commit.
  }
  {
    auto txn = store->Begin();
    txn->DeleteRelationship(said);
    txn->DeleteNode(a);
    txn->DeleteNode(a);
    txn->Commit();
  }
  const std::string now = Show(store->Begin()->Counts());
  CHECK(Show(store->Begin()->Counts(), true, true) == Scanned(store.get()));
  CHECK(now == "nodes 2, rels 0; :Actor 1; :Country 1; :Remark 1; Actor/country 1; "
               "Country/country 1; Remark/direct 1");
  store.reset();
  CHECK(Consistent(dir.Sub("db")));
}

TEST_CASE("counts stay exact with transactions committing from several threads",
          "[graph][counts]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&store, t] {
      for (int batch = 0; batch < 25; ++batch) {
        auto txn = store->Begin();
        NodeId prev = txn->CreateNode({"N"}, {{"kind", Value(t % 2 ? "odd" : "even")}});
        for (int i = 0; i < 9; ++i) {
          NodeId next = txn->CreateNode({"N"}, {});
          txn->CreateRelationship(prev, "NEXT", next, {});
          prev = next;
        }
        txn->Commit();
      }
    });
  for (auto& t : threads) t.join();
  CHECK(Show(store->Begin()->Counts()) ==
        "nodes 1000, rels 900; :N 1000; -NEXT 900; N/even 50; N/odd 50");
  CHECK(Show(store->Begin()->Counts(), true, true) == Scanned(store.get()));
}

TEST_CASE("a bulk import adds to the counts in the same ingestion", "[graph][counts]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  {
    auto txn = store->Begin();
    txn->CreateNode({"Actor"}, {{"kind", Value("country")}});
    txn->Commit();
  }
  for (int round = 0; round < 2; ++round) {
    BulkWriter writer(store.get());
    NodeId first = writer.AddNode(std::nullopt, {"Actor"}, {{"kind", Value("person")}});
    NodeId second = writer.AddNode(std::nullopt, {"Remark", "Quote"}, {});
    writer.AddRelationship(std::nullopt, first, "SAID", second, {});
    writer.AddRelationship(std::nullopt, first, "KNOWS", first, {});
    if (round == 1) break;  // never committed: counts nothing
    writer.Commit();
  }
  CHECK(Show(store->Begin()->Counts()) ==
        "nodes 3, rels 2; :Actor 2; :Quote 1; :Remark 1; -KNOWS 1; -SAID 1; Actor/country 1; "
        "Actor/person 1");
  CHECK(Show(store->Begin()->Counts(), true, true) == Scanned(store.get()));
  store.reset();
  CHECK(Consistent(dir.Sub("db")));
}

TEST_CASE("a database from before counts were kept is counted at its first writable open",
          "[graph][counts][open]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  {
    auto store = GraphStore::Open(path, OpenOptions{});
    auto txn = store->Begin();
    NodeId a = txn->CreateNode({"Actor"}, {{"kind", Value("person")}});
    txn->CreateRelationship(a, "SELF", a, {});
    txn->Commit();
  }
  const std::string expected = "nodes 1, rels 1; :Actor 1; -SELF 1; Actor/person 1";
  {
    testing::RawDb raw(path);  // as the older layout had it: no counts family
    REQUIRE(raw.db->DropColumnFamily(raw.handles[testing::RawDb::kCounts]).ok());
  }
  OpenOptions read_only;
  read_only.read_only = true;
  {
    // A reader counts by scanning (kinds are not read for that).
    auto store = GraphStore::Open(path, read_only);
    CHECK(Show(store->Begin()->Counts()) == "nodes 1, rels 1; :Actor 1; -SELF 1");
    CHECK(store->Begin()->CountLabel("Actor") == 1);
  }
  CHECK(Consistent(path));  // "no counts kept yet" is no violation
  GraphStore::Open(path, OpenOptions{});  // the writer counts them and keeps them
  auto store = GraphStore::Open(path, read_only);
  CHECK(Show(store->Begin()->Counts()) == expected);
  store.reset();
  CHECK(Consistent(path));
}

TEST_CASE("check reports counts that differ from the records, and repair counts again",
          "[graph][counts][repair]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  {
    auto store = GraphStore::Open(path, OpenOptions{});
    auto txn = store->Begin();
    txn->CreateNode({"Actor"}, {{"kind", Value("person")}});
    txn->Commit();
  }
  {
    testing::RawDb raw(path);
    REQUIRE(raw.db->Put({}, raw.handles[testing::RawDb::kCounts], counts::LabelKey("Actor"),
                        counts::Encode(5)).ok());
    REQUIRE(raw.db->Put({}, raw.handles[testing::RawDb::kCounts], counts::LabelKey("Ghost"),
                        counts::Encode(2)).ok());
  }
  IntegrityReport r = CheckIntegrity(path);
  std::string all;
  for (const auto& v : r.violations) all += v + "\n";
  CHECK(all.find("kept count of :Actor nodes is 5 but there are 1") != std::string::npos);
  CHECK(all.find("kept count of :Ghost nodes is 2 but there are 0") != std::string::npos);
  RepairReport repaired = RepairDatabase(path);
  CHECK(repaired.integrity.ok());
  std::filesystem::remove_all(repaired.backup);
  auto store = GraphStore::Open(path, OpenOptions{});
  CHECK(Show(store->Begin()->Counts()) == "nodes 1, rels 0; :Actor 1; Actor/person 1");
}

TEST_CASE("stats reads the kept counts and does not scan", "[graph][counts][cli]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  {
    auto store = GraphStore::Open(path, OpenOptions{});
    auto txn = store->Begin();
    txn->CreateNode({"Actor"}, {{"kind", Value("person")}});
    txn->Commit();
  }
  {
    // Counts no scan would give: what is printed comes from the family.
    testing::RawDb raw(path);
    auto* cf = raw.handles[testing::RawDb::kCounts];
    REQUIRE(raw.db->Put({}, cf, counts::kNodes, counts::Encode(1234567)).ok());
    REQUIRE(raw.db->Put({}, cf, counts::KindKey("Actor", "person"), counts::Encode(7654321)).ok());
  }
  auto stats = testing::RunCommand({testing::NewsgraphBinary(), "--db", path, "stats"});
  CHECK(stats.out.find("1234567") != std::string::npos);
  CHECK(stats.out.find("7654321") != std::string::npos);
}
