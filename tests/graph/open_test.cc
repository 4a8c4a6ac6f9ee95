// Opening: creation, schema versions, parent folders, read-only handles.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <rocksdb/db.h>

#include "graph/counts.h"
#include "graph/graph_store.h"
#include "graph/keys.h"
#include "test_util.h"

using namespace ng;

namespace {

// Overwrites meta/schema_version with `version` through raw RocksDB.
void SetSchemaVersion(const std::string& path, uint32_t version) {
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  for (const char* n : {"default", "meta", "nodes", "rels", "out", "in", "labels", "names", "texts", "counts"})
    cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  cfs.back().options.merge_operator = counts::AddOperator();  // else the open's flush loses counts
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles, &raw).ok());
  std::string v;
  keys::PutBig32(&v, version);
  CHECK(raw->Put(rocksdb::WriteOptions(), handles[1], keys::kSchemaVersion, v).ok());
  for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
  delete raw;
}

ErrorKind OpenErrorKind(const std::string& path, bool read_only, std::string* message) {
  OpenOptions options;
  options.read_only = read_only;
  try {
    GraphStore::Open(path, options);
  } catch (const Error& e) {
    *message = e.what();
    return e.kind();
  }
  FAIL("opening " << path << " did not fail");
  return ErrorKind::kInternal;
}

}  // namespace

TEST_CASE("a database of a newer schema version is refused", "[graph][open]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  {
    auto store = GraphStore::Open(path, OpenOptions{});
    auto txn = store->Begin();
    txn->CreateNode({"Actor"}, {});
    txn->Commit();
  }
  SetSchemaVersion(path, 99);
  for (bool read_only : {false, true}) {
    std::string message;
    CHECK(OpenErrorKind(path, read_only, &message) == ErrorKind::kVersion);
    CHECK(message.find("newer") != std::string::npos);
    CHECK(message.find("99") != std::string::npos);
  }
  auto cli = testing::RunCommand({testing::NewsgraphBinary(), "--db", path, "stats"});
  CHECK(cli.exit_code == 1);
  CHECK(cli.err.find("schema version 99") != std::string::npos);

  SetSchemaVersion(path, 1);  // the version this build writes opens again
  CHECK(GraphStore::Open(path, OpenOptions{})->Begin()->Counts().nodes == 1);
}

TEST_CASE("a writer creates missing parent folders, a reader does not", "[graph][open]") {
  testing::TempDir dir;
  const std::string deep = dir.Sub("a/b/c.db");
  std::string message;
  CHECK(OpenErrorKind(deep, true, &message) == ErrorKind::kNoDatabase);
  CHECK(message == "no database at " + deep);
  CHECK_FALSE(std::filesystem::exists(dir.Sub("a")));
  GraphStore::Open(deep, OpenOptions{});
  CHECK(DatabaseExists(deep));
}

TEST_CASE("a path that is a file is not a database", "[graph][open]") {
  testing::TempDir dir;
  testing::WriteFile(dir.Sub("f"), "hello");
  std::string message;
  CHECK(OpenErrorKind(dir.Sub("f"), false, &message) == ErrorKind::kIo);
  CHECK(message.find("it is a file") != std::string::npos);
  CHECK(testing::ReadFile(dir.Sub("f")) == "hello");
}

TEST_CASE("a database whose CURRENT file is lost is refused, never recreated", "[graph][open]") {
  // Issue 17, finding 1: with CURRENT removed, a writer used to start a new
  // database in the folder and RocksDB deleted the old table files.
  testing::TempDir dir;
  const std::string db = dir.Sub("db");
  {
    auto store = GraphStore::Open(db, {});
    auto tx = store->Begin();
    for (int i = 0; i < 100; ++i) tx->CreateNode({"Actor"}, {{"name", Value("a" + std::to_string(i))}});
    tx->Commit();
  }
  const std::string current = testing::ReadFile(db + "/CURRENT");
  std::filesystem::remove(db + "/CURRENT");
  std::string message;
  CHECK(OpenErrorKind(db, true, &message) == ErrorKind::kCorruption);
  CHECK(OpenErrorKind(db, false, &message) == ErrorKind::kCorruption);
  CHECK(message.find("CURRENT file is missing") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(db + "/CURRENT"));  // nothing was created
  // Restoring CURRENT gives every node back.
  testing::WriteFile(db + "/CURRENT", current);
  auto store = GraphStore::Open(db, {});
  CHECK(store->Begin()->CountLabel("Actor") == 100);
}

TEST_CASE("an ordinary folder with files is not turned into a database", "[graph][open]") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.Sub("notes"));
  testing::WriteFile(dir.Sub("notes") + "/todo.txt", "buy milk");
  std::string message;
  CHECK(OpenErrorKind(dir.Sub("notes"), false, &message) == ErrorKind::kInvalidArgument);
  CHECK(message.find("not empty") != std::string::npos);
  CHECK_FALSE(DatabaseExists(dir.Sub("notes")));
  // An empty folder is fine.
  std::filesystem::create_directories(dir.Sub("empty"));
  CHECK_NOTHROW(GraphStore::Open(dir.Sub("empty"), {}));
}

TEST_CASE("create_if_missing=false does not create", "[graph][open]") {
  testing::TempDir dir;
  OpenOptions options;
  options.create_if_missing = false;
  CHECK_THROWS_AS(GraphStore::Open(dir.Sub("db"), options), Error);
  CHECK_FALSE(DatabaseExists(dir.Sub("db")));
}

TEST_CASE("a new database has every column family, each holding its own keys", "[graph][open]") {
  // The families are created in one call after the open (graph/rocks_store.cc);
  // a handle given to the wrong family would put nodes under another's name.
  testing::TempDir dir;
  std::string path = dir.Sub("db");
  {
    auto store = GraphStore::Open(path, OpenOptions{});
    auto txn = store->Begin();
    txn->CreateNode({"Actor"}, {{"name", Value("Ada")}});
    txn->Commit();
  }
  std::vector<std::string> names;
  REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"counts", "default", "in", "labels", "meta", "names",
                                          "nodes", "out", "rels", "texts"});
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  for (const char* n : {"default", "meta", "nodes", "rels", "out", "in", "labels", "names", "texts", "counts"})
    cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  cfs.back().options.merge_operator = counts::AddOperator();
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles, &raw).ok());
  auto keys_in = [&](int family) {
    std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator(rocksdb::ReadOptions(), handles[family]));
    int n = 0;
    for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
    return n;
  };
  CHECK(keys_in(2) == 1);  // nodes: the one node
  CHECK(keys_in(3) == 0);  // rels: none
  CHECK(keys_in(7) == 1);  // names: its name
  for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
  delete raw;
}

TEST_CASE("a read-only handle sees what was committed before it opened", "[graph][open]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  auto writer = GraphStore::Open(path, OpenOptions{});
  for (int i = 0; i < 3; ++i) {
    auto txn = writer->Begin();
    txn->CreateNode({"Actor"}, {{"name", Value("n" + std::to_string(i))}});
    txn->Commit();
  }
  OpenOptions ro;
  ro.read_only = true;
  auto reader = GraphStore::Open(path, ro);
  {
    auto txn = writer->Begin();
    txn->CreateNode({"Actor"}, {});
    txn->Commit();
  }
  auto r = reader->Begin();
  CHECK(r->Counts().nodes == 3);
  CHECK(r->FindByName("N2").size() == 1);
  CHECK(reader->read_only());
  auto w = reader->Begin();
  try {
    w->CreateNode({"X"}, {});
    FAIL("a read-only handle wrote");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kReadOnly);
  }
  // A reader opened later sees the fourth node.
  CHECK(GraphStore::Open(path, ro)->Begin()->Counts().nodes == 4);
}

TEST_CASE("a writer closed in order after much writing leaves no log to replay", "[graph][open]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  // Some megabytes of text that does not compress: an ingest of a few hundred articles.
  uint32_t seed = 12345;
  auto text = [&seed] {
    std::string t(4000, ' ');
    for (char& c : t) c = static_cast<char>('a' + (seed = seed * 1103515245u + 12345u) % 26);
    return t;
  };
  constexpr int kNodes = 800;
  {
    auto writer = GraphStore::Open(path, OpenOptions{});
    for (int i = 0; i < kNodes; ++i) {
      auto txn = writer->Begin();
      txn->CreateNode({"Article"}, {{"name", Value("n" + std::to_string(i))}, {"body", Value(text())}});
      txn->Commit();
    }
  }
  // Every later open would otherwise read the log again from its start.
  for (const auto& e : std::filesystem::directory_iterator(path))
    if (e.path().extension() == ".log") CHECK(std::filesystem::file_size(e.path()) == 0);
  OpenOptions ro;
  ro.read_only = true;
  CHECK(GraphStore::Open(path, ro)->Begin()->Counts().nodes == kNodes);
}
