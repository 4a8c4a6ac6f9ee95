// `check` finds damage done on purpose, and reports it instead of crashing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <rocksdb/db.h>

#include "graph/graph_store.h"
#include "graph/integrity.h"
#include "graph/keys.h"
#include "raw_db.h"
#include "test_util.h"

using namespace ng;

namespace {

void MakeSmallGraph(const std::string& path, int actors) {
  auto store = GraphStore::Open(path, OpenOptions{});
  auto txn = store->Begin();
  NodeId article = txn->CreateNode({"Article"}, {{"file", Value("a.txt")}});
  for (int i = 0; i < actors; ++i) {
    NodeId a = txn->CreateNode({"Actor"}, {{"name", Value("actor " + std::to_string(i))}});
    NodeId s = txn->CreateNode({"Statement"}, {{"text", Value(std::string(200, 'x'))}});
    txn->CreateRelationship(a, "SAID", s, {});
    txn->CreateRelationship(s, "REPORTED_IN", article, {});
  }
  txn->Commit();
}

using testing::RawDb;

bool Mentions(const IntegrityReport& r, const std::string& what) {
  for (const auto& v : r.violations)
    if (v.find(what) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("check passes a sound database", "[graph][check]") {
  testing::TempDir dir;
  MakeSmallGraph(dir.Sub("db"), 10);
  IntegrityReport r = CheckIntegrity(dir.Sub("db"));
  CHECK(r.ok());
  CHECK(r.checks.size() >= 8);
}

TEST_CASE("check reports a dangling adjacency entry", "[graph][check]") {
  testing::TempDir dir;
  MakeSmallGraph(dir.Sub("db"), 3);
  {
    RawDb raw(dir.Sub("db"));
    // out = handles[4]: node 2 -[type 1 #999]-> node 3, with no record 999.
    REQUIRE(raw.db->Put(rocksdb::WriteOptions(), raw.handles[4], keys::Adjacency(2, 1, 3, 999), "")
                .ok());
  }
  IntegrityReport r = CheckIntegrity(dir.Sub("db"));
  CHECK_FALSE(r.ok());
  CHECK(Mentions(r, "dangling outgoing adjacency entry"));
  CHECK(Mentions(r, "#999"));

  auto cli = testing::RunCommand({testing::NewsgraphBinary(), "--db", dir.Sub("db"), "check"});
  CHECK(cli.exit_code == 1);
  CHECK(cli.err.find("dangling outgoing adjacency entry") != std::string::npos);
}

TEST_CASE("check reports a flipped byte in an SST file", "[graph][check]") {
  testing::TempDir dir;
  MakeSmallGraph(dir.Sub("db"), 200);
  {
    RawDb raw(dir.Sub("db"));
    for (auto* h : raw.handles) REQUIRE(raw.db->Flush(rocksdb::FlushOptions(), h).ok());
  }
  // Flip one byte in the middle of the largest table file.
  std::string victim;
  uintmax_t biggest = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.Sub("db")))
    if (e.path().extension() == ".sst" && e.file_size() > biggest) {
      biggest = e.file_size();
      victim = e.path().string();
    }
  REQUIRE(!victim.empty());
  {
    std::fstream f(victim, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(biggest / 3);
    char c;
    f.get(c);
    f.seekp(biggest / 3);
    f.put(static_cast<char>(c ^ 0x5a));
  }
  IntegrityReport r = CheckIntegrity(dir.Sub("db"));
  CHECK_FALSE(r.ok());
  auto cli = testing::RunCommand({testing::NewsgraphBinary(), "--db", dir.Sub("db"), "check"});
  CHECK(cli.exit_code == 1);
  CHECK(cli.err.find("violation") != std::string::npos);
  CHECK(cli.err.find("Segmentation") == std::string::npos);
}

TEST_CASE("check reports statements without an article or with two speakers", "[graph][check]") {
  testing::TempDir dir;
  {
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    auto txn = store->Begin();
    txn->CreateNode({"Statement"}, {{"text", Value("orphan")}});
    // Reported words whose source names no actor: an article, no speaker.
    NodeId article = txn->CreateNode({"Article"}, {{"file", Value("a.txt")}});
    NodeId unspoken = txn->CreateNode({"Statement"}, {{"text", Value("no speaker")}});
    txn->CreateRelationship(unspoken, "REPORTED_IN", article, {});
    NodeId twice = txn->CreateNode({"Statement"}, {{"text", Value("two speakers")}});
    txn->CreateRelationship(twice, "REPORTED_IN", article, {});
    for (const char* name : {"one", "other"}) {
      NodeId a = txn->CreateNode({"Actor"}, {{"name", Value(std::string(name))}});
      txn->CreateRelationship(a, "SAID", twice, {});
    }
    txn->Commit();
  }
  IntegrityReport r = CheckIntegrity(dir.Sub("db"));
  CHECK(Mentions(r, "0 articles"));
  CHECK(Mentions(r, "2 speakers"));
  CHECK_FALSE(Mentions(r, "0 speakers"));
  CHECK(r.violations.size() == 2);
}
