#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "graph/graph_store.h"
#include "graph/jsonl.h"
#include "test_util.h"

using namespace ng;

namespace {

// A graph using every value type, written by hand in the export layout.
const char kGraph[] =
    R"({"type":"node","id":"1","labels":["Actor","Person"],"properties":{"aliases":["Sudani","al-Sudani"],"b":false,"d":-0.5,"i":9007199254740993,"l":[1,2.0,"x",null,[true]],"m":{"k":{"z":"é\"\\\n"}},"name":"Mohammed Shia al-Sudani"}}
{"type":"node","id":"4","labels":["Statement"],"properties":{"big":1e+300,"text":"“quoted” text","whole":3.0}}
{"type":"node","id":"9","labels":[],"properties":{}}
{"type":"relationship","id":"2","label":"SAID","start":{"id":"1","labels":["Actor","Person"]},"end":{"id":"4","labels":["Statement"]},"properties":{"n":[]}}
{"type":"relationship","id":"7","label":"SELF","start":{"id":"9","labels":[]},"end":{"id":"9","labels":[]},"properties":{}}
)";

std::string Export(GraphStore* store) {
  std::ostringstream out;
  ExportJsonl(*store->Begin(), out);
  return out.str();
}

}  // namespace

TEST_CASE("import then export reproduces the file byte for byte", "[graph][jsonl]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  std::istringstream in(kGraph);
  ImportCounts counts = ImportJsonl(store.get(), in, "g.jsonl");
  CHECK(counts.nodes == 3);
  CHECK(counts.relationships == 2);
  CHECK(Export(store.get()) == kGraph);
}

TEST_CASE("export → import → export is identical through the CLI", "[graph][jsonl][cli]") {
  testing::TempDir dir;
  testing::WriteFile(dir.Sub("f.jsonl"), kGraph);
  const std::string ng = testing::NewsgraphBinary();
  auto imp = testing::RunCommand({ng, "--db", dir.Sub("x"), "import", "--format", "jsonl",
                                  dir.Sub("f.jsonl")});
  REQUIRE(imp.exit_code == 0);
  auto exp = testing::RunCommand({ng, "--db", dir.Sub("x"), "export", "--format", "jsonl"});
  REQUIRE(exp.exit_code == 0);
  CHECK(exp.out == kGraph);
  auto to_file = testing::RunCommand(
      {ng, "--db", dir.Sub("x"), "export", "--format", "jsonl", "-o", dir.Sub("out.jsonl")});
  REQUIRE(to_file.exit_code == 0);
  CHECK(testing::ReadFile(dir.Sub("out.jsonl")) == kGraph);
}

TEST_CASE("importing into a non-empty database remaps ids", "[graph][jsonl]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  for (int i = 0; i < 2; ++i) {
    std::istringstream in(kGraph);
    ImportJsonl(store.get(), in, "g.jsonl");
  }
  StoreCounts counts = store->Begin()->Counts();
  CHECK(counts.nodes == 6);
  CHECK(counts.relationships == 4);
}

TEST_CASE("a bad line names file and line and imports nothing", "[graph][jsonl]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  std::istringstream in(std::string(kGraph) + "{\"type\":\"node\",\"id\":\"x\"}\n");
  try {
    ImportJsonl(store.get(), in, "g.jsonl");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).rfind("g.jsonl:6:", 0) == 0);
  }
  CHECK(store->Begin()->Counts().nodes == 0);
}

TEST_CASE("a line too long for JSONL stops the import, memory bounded", "[graph][jsonl]") {
  // Issue 17, finding 8: `import /dev/zero` read one endless line into memory.
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  std::istringstream in(std::string(kGraph) + std::string((size_t{64} << 20) + 1, '0') + "\n");
  try {
    ImportJsonl(store.get(), in, "zeros.jsonl");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("zeros.jsonl:6: line longer than 64 MiB") != std::string::npos);
  }
  CHECK(store->Begin()->Counts().nodes == 0);
}

TEST_CASE("import refuses a device", "[graph][jsonl][cli]") {
  if (!std::filesystem::exists("/dev/zero")) return;
  testing::TempDir dir;
  auto r = testing::RunCommand({testing::NewsgraphBinary(), "--db", dir.Sub("db"), "import", "--format",
                                "jsonl", "/dev/zero"});
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("/dev/zero: a device, not a file") != std::string::npos);
}

TEST_CASE("read-only commands say when there is no database", "[graph][cli]") {
  testing::TempDir dir;
  for (const char* cmd : {"stats", "export"}) {
    auto r = testing::RunCommand({testing::NewsgraphBinary(), "--db", dir.Sub("none"), cmd});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("no database at") != std::string::npos);
  }
}

TEST_CASE("NaN and infinities survive export and import", "[graph][jsonl]") {
  const std::string text =
      R"({"type":"node","id":"3","labels":["M"],"properties":{"inf":Infinity,"l":[NaN,-Infinity],"nan":NaN,"s":"NaN"}})"
      "\n";
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  std::istringstream in(text);
  ImportJsonl(store.get(), in, "n.jsonl");
  auto node = store->Begin()->GetNode(3);
  REQUIRE(node);
  CHECK(node->properties.at("inf").is_double());
  CHECK(node->properties.at("s").is_string());
  CHECK(Export(store.get()) == text);
}

TEST_CASE("relationship lines carry the labels of both ends", "[graph][jsonl]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  auto txn = store->Begin();
  NodeId a = txn->CreateNode({"Person", "Actor"}, {});
  NodeId b = txn->CreateNode({}, {});
  txn->CreateRelationship(b, "X", a, {{"w", Value(2)}});
  txn->Commit();
  CHECK(Export(store.get()) ==
        R"({"type":"node","id":"1","labels":["Actor","Person"],"properties":{}}
{"type":"node","id":"2","labels":[],"properties":{}}
{"type":"relationship","id":"1","label":"X","start":{"id":"2","labels":[]},"end":{"id":"1","labels":["Actor","Person"]},"properties":{"w":2}}
)");
}

TEST_CASE("labels that are not a list are an error naming the line", "[graph][jsonl]") {
  // Once "labels":"X" gave a node without labels (issue 17).
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  std::istringstream in("{\"type\":\"node\",\"id\":\"1\",\"labels\":\"X\",\"properties\":{}}\n");
  try {
    ImportJsonl(store.get(), in, "g.jsonl");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "g.jsonl:1: \"labels\" must be a list of strings");
  }
  CHECK(store->Begin()->Counts().nodes == 0);
}

TEST_CASE("ids from 2^63 up are refused, never printed negative", "[graph][jsonl]") {
  // Once "9223372036854775808" was stored and id(n) printed it negative (issue 17).
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  std::istringstream in("{\"type\":\"node\",\"id\":\"9223372036854775808\",\"labels\":[],\"properties\":{}}\n");
  try {
    ImportJsonl(store.get(), in, "g.jsonl");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "g.jsonl:1: id must be an integer from 0 to 2^63-1");
  }
  std::istringstream ok("{\"type\":\"node\",\"id\":\"9223372036854775807\",\"labels\":[],\"properties\":{}}\n");
  CHECK(ImportJsonl(store.get(), ok, "g.jsonl").nodes == 1);
}
