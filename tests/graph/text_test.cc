// Texts kept beside nodes (an Article's body): written and read in a
// transaction, compressed, replaced, deleted with the node, in the JSONL
// round trip, verified by `check`, and absent from databases older than them.
#include <catch2/catch.hpp>

#include <sstream>

#include <rocksdb/db.h>

#include "graph/error.h"
#include "graph/graph_store.h"
#include "graph/integrity.h"
#include "graph/jsonl.h"
#include "graph/keys.h"
#include "graph/text_compression.h"
#include "raw_db.h"
#include "test_util.h"

using namespace ng;

namespace {

const std::string kBody =
    "Ferry strike ends\n"
    "The harbour master said the ferries would sail again on Monday.\n"
    "\"We are glad,\" said Tove Lindqvist, who rows to work.";

std::vector<NodeId> Texts(const Transaction& txn) {
  std::vector<NodeId> ids;
  uint64_t id;
  for (auto c = txn.ScanTexts(); c->Next(&id);) ids.push_back(id);
  return ids;
}

// An article with kBody and one statement at [start, end) saying `words`.
// With `gap_end` > 0, the statement leaves out [gap_start, gap_end).
NodeId MakeArticle(GraphStore* store, int64_t start, int64_t end, const std::string& words, int64_t gap_start = 0,
                   int64_t gap_end = 0) {
  auto txn = store->Begin();
  NodeId article = txn->CreateNode({"Article"}, {{"file", Value("ferry.txt")}});
  txn->SetText(article, kBody);
  NodeId speaker = txn->CreateNode({"Actor"}, {{"name", Value("Tove Lindqvist")}});
  Properties props = {{"text", Value(words)}, {"start", Value(start)}, {"end", Value(end)}};
  if (gap_end > 0) {
    props["gap_start"] = Value(gap_start);
    props["gap_end"] = Value(gap_end);
  }
  NodeId st = txn->CreateNode({"Statement"}, props);
  txn->CreateRelationship(speaker, "SAID", st, {});
  txn->CreateRelationship(st, "REPORTED_IN", article, {});
  txn->Commit();
  return article;
}

bool Mentions(const IntegrityReport& r, const std::string& what) {
  for (const auto& v : r.violations)
    if (v.find(what) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a text is compressed and comes back whole", "[graph][text]") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "The ferries sail again. ";  // 4,800 bytes
  std::string stored = text_compression::Compress(text);
  CHECK(stored.size() < text.size() / 10);
  CHECK(text_compression::Decompress(stored) == text);
  CHECK(text_compression::Decompress(text_compression::Compress("")) == "");
  CHECK(text_compression::Decompress(text_compression::Compress("é\n\0x")) == "é\n\0x");
  std::string damaged = stored;
  damaged[damaged.size() / 2] ^= 0x55;
  CHECK_THROWS_AS(text_compression::Decompress(damaged), Error);
  CHECK_THROWS_AS(text_compression::Decompress("\x02" + stored.substr(1)), Error);
  CHECK_THROWS_AS(text_compression::Decompress(""), Error);
}

TEST_CASE("a node's text is written in its transaction, replaced and deleted with it", "[graph][text]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  NodeId a, b;
  {
    auto txn = store->Begin();
    a = txn->CreateNode({"Article"}, {});
    b = txn->CreateNode({"Article"}, {});
    txn->SetText(b, "second");
    txn->SetText(a, kBody);
    CHECK(txn->GetText(a) == kBody);  // its own write
    CHECK_FALSE(store->Begin()->GetText(a));  // not before the commit
    CHECK_THROWS_AS(txn->SetText(999, "x"), Error);
    txn->Commit();
  }
  auto read = store->Begin();
  CHECK(read->GetText(a) == kBody);
  CHECK(Texts(*read) == std::vector<NodeId>{a, b});
  {
    auto txn = store->Begin();
    txn->SetText(b, "replaced");
    txn->DeleteNode(a);
    txn->Commit();
  }
  read = store->Begin();
  CHECK_FALSE(read->GetText(a));
  CHECK(read->GetText(b) == "replaced");
  CHECK(Texts(*read) == std::vector<NodeId>{b});
}

TEST_CASE("an Article's text goes through JSONL as its body property", "[graph][text][jsonl]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  NodeId article = MakeArticle(store.get(), 18, 80, "The harbour master said the ferries would sail again on Monday");
  std::ostringstream first;
  ExportJsonl(*store->Begin(), first);
  // The body is a property of the Article line, escaped as JSON.
  CHECK(first.str().find("\"body\":\"Ferry strike ends\\nThe harbour master") != std::string::npos);
  CHECK(first.str().find("\\\"We are glad,\\\"") != std::string::npos);

  auto copy = GraphStore::Open(dir.Sub("copy"), OpenOptions{});
  std::istringstream in(first.str());
  ImportJsonl(copy.get(), in, "a.jsonl");
  auto txn = copy->Begin();
  CHECK(txn->GetText(article) == kBody);  // a text again, not a property
  CHECK(txn->GetNode(article)->properties.count("body") == 0);
  std::ostringstream second;
  ExportJsonl(*txn, second);
  CHECK(second.str() == first.str());
  CHECK(CheckIntegrity(dir.Sub("copy")).ok());

  // A "body" of another label stays a property.
  auto other = GraphStore::Open(dir.Sub("other"), OpenOptions{});
  std::istringstream note(R"({"type":"node","id":"1","labels":["Note"],"properties":{"body":"x"}})" "\n");
  ImportJsonl(other.get(), note, "n.jsonl");
  CHECK_FALSE(other->Begin()->GetText(1));
  CHECK(other->Begin()->GetNode(1)->properties.at("body") == Value("x"));
}

TEST_CASE("check verifies statement offsets against the article's text", "[graph][text][check]") {
  testing::TempDir dir;
  SECTION("the words are the body's slice") {
    // "The harbour master ... on Monday" begins after "Ferry strike ends\n" (18 bytes).
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    MakeArticle(store.get(), 18, 80, "The harbour master said the ferries would sail again on Monday");
    store.reset();
    IntegrityReport r = CheckIntegrity(dir.Sub("db"));
    CHECK(r.ok());
    bool counted = false;
    for (const auto& c : r.checks) counted |= c.find("1 statements lie in their article's text") != std::string::npos;
    CHECK(counted);
  }
  SECTION("words that differ from the slice") {
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    MakeArticle(store.get(), 18, 80, "The harbour master said the ferries would sail again on Sunday");
    store.reset();
    CHECK(Mentions(CheckIntegrity(dir.Sub("db")), "differs from its article's text at 18..80"));
  }
  SECTION("words around reporting words set off inside them") {
    // "The harbour master said the ferries would sail" without " master said"
    // (22..34): the words before, one space, the words after.
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    MakeArticle(store.get(), 18, 80, "The harbour the ferries would sail again on Monday", 29, 41);
    store.reset();
    IntegrityReport r = CheckIntegrity(dir.Sub("db"));
    CHECK(r.ok());
  }
  SECTION("words that still hold the gap") {
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    MakeArticle(store.get(), 18, 80, "The harbour master said the ferries would sail again on Monday", 29, 41);
    store.reset();
    CHECK(Mentions(CheckIntegrity(dir.Sub("db")), "differs from its article's text at 18..80"));
  }
  SECTION("a gap outside the words") {
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    MakeArticle(store.get(), 18, 80, "The harbour master said the ferries would sail again on Monday", 70, 90);
    store.reset();
    CHECK(Mentions(CheckIntegrity(dir.Sub("db")), "its gap 70..90 lies outside its words 18..80"));
  }
  SECTION("offsets past the end") {
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    MakeArticle(store.get(), 100, static_cast<int64_t>(kBody.size()) + 1, "x");
    store.reset();
    CHECK(Mentions(CheckIntegrity(dir.Sub("db")), "lie outside its article's text"));
  }
  SECTION("a damaged text and a text of no node") {
    auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
    NodeId article = MakeArticle(store.get(), 18, 80, "x");
    store.reset();
    {
      testing::RawDb raw(dir.Sub("db"));
      REQUIRE(raw.db->Put({}, raw.handles[testing::RawDb::kTexts], keys::Id(article), "\x01garbage").ok());
      REQUIRE(raw.db->Put({}, raw.handles[testing::RawDb::kTexts], keys::Id(4242),
                          text_compression::Compress("orphan")).ok());
    }
    IntegrityReport r = CheckIntegrity(dir.Sub("db"));
    CHECK(Mentions(r, "text of node " + std::to_string(article) + ": stored text is damaged"));
    CHECK(Mentions(r, "text of missing node 4242"));
  }
}

TEST_CASE("a database written before texts were kept opens, and a writer adds the family",
          "[graph][text][open]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  NodeId article;
  {
    auto store = GraphStore::Open(path, OpenOptions{});
    auto txn = store->Begin();
    article = txn->CreateNode({"Article"}, {{"file", Value("old.txt")}});
    txn->Commit();
  }
  {
    testing::RawDb raw(path);  // as the older layout had it: no texts family
    REQUIRE(raw.db->DropColumnFamily(raw.handles[testing::RawDb::kTexts]).ok());
  }
  OpenOptions read_only;
  read_only.read_only = true;
  {
    auto store = GraphStore::Open(path, read_only);
    CHECK_FALSE(store->Begin()->GetText(article));
    CHECK(Texts(*store->Begin()).empty());
  }
  IntegrityReport r = CheckIntegrity(path);
  CHECK(r.ok());
  bool noted = false;
  for (const auto& c : r.checks) noted |= c.find("1 articles have no text") != std::string::npos;
  CHECK(noted);
  {
    auto store = GraphStore::Open(path, OpenOptions{});  // creates the family
    auto txn = store->Begin();
    txn->SetText(article, "now kept");
    txn->Commit();
  }
  CHECK(GraphStore::Open(path, read_only)->Begin()->GetText(article) == "now kept");
}
