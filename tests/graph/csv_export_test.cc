// CSV export in neo4j-admin's layout (graph/csv.h), read back by ImportCsv.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/csv.h"
#include "graph/jsonl.h"
#include "graph/temporal_value.h"
#include "test_util.h"

using namespace ng;

namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string FileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

Value Day(int y, int m, int d) {
  Temporal t;
  t.kind = Temporal::Kind::kDate;
  t.days = DaysFromCivil(y, m, d);
  return Value(t);
}

// The JSONL of a store with relationship ids left out (CSV carries none),
// lines sorted.
std::string GraphWithoutRelationshipIds(GraphStore* store) {
  std::ostringstream out;
  ExportJsonl(*store->Begin(), out);
  std::istringstream in(out.str());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    size_t id = line.find(",\"id\":\"");
    if (line.rfind("{\"type\":\"relationship\"", 0) == 0 && id != std::string::npos)
      line.erase(id, line.find('"', id + 7) + 1 - id);
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  std::string joined;
  for (const auto& l : lines) joined += l + "\n";
  return joined;
}

}  // namespace

TEST_CASE("CSV export: a file per label set and per relationship type and ends, typed headers",
          "[graph][csv]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  {
    auto tx = store->Begin();
    NodeId a = tx->CreateNode({"Actor"}, {{"name", "Lund, Marta"}, {"aliases", ValueList{"Lund", "M. Lund"}},
                                         {"count", 3}, {"score", 0.5}, {"alive", true}});
    NodeId b = tx->CreateNode({"Actor"}, {{"name", ""}, {"count", 4}});
    NodeId s = tx->CreateNode({"Statement"}, {{"text", "She said \"no\",\nthen left"}, {"date", Day(2024, 1, 23)}});
    NodeId art = tx->CreateNode({"Article"}, {{"published", Day(2024, 1, 25)}});
    tx->SetText(art, "Title\nFirst paragraph, with a comma.");
    tx->CreateRelationship(a, "SAID", s, {{"weight", 2}});
    tx->CreateRelationship(s, "ABOUT", b, {});
    tx->CreateRelationship(s, "REPORTED_IN", art, {});
    tx->Commit();
  }
  CsvExport files = ExportCsv(*store->Begin(), dir.Sub("csv"));
  CHECK(files.counts.nodes == 4);
  CHECK(files.counts.relationships == 3);
  REQUIRE(files.node_files.size() == 3);
  REQUIRE(files.relationship_files.size() == 3);
  CHECK(FileName(files.node_files[0]) == "nodes_Actor.csv");
  CHECK(FileName(files.relationship_files[0]) == "rels_ABOUT_Statement_Actor.csv");
  // Written by hand from the graph above: columns sorted, ints in a long
  // column, the empty name quoted (an empty unquoted field would be no
  // property), the missing ones empty.
  CHECK(ReadAll(files.node_files[0]) ==
        ":ID,:LABEL,aliases:string[],alive:boolean,count:long,name:string,score:double\n"
        "1,Actor,Lund;M. Lund,true,3,\"Lund, Marta\",0.5\n"
        "2,Actor,,,4,\"\",\n");
  CHECK(ReadAll(dir.Sub("csv/nodes_Statement.csv")) ==
        ":ID,:LABEL,date:date,text:string\n"
        "3,Statement,2024-01-23,\"She said \"\"no\"\",\nthen left\"\n");
  CHECK(ReadAll(dir.Sub("csv/nodes_Article.csv")) ==
        ":ID,:LABEL,body:string,published:date\n"
        "4,Article,\"Title\nFirst paragraph, with a comma.\",2024-01-25\n");
  CHECK(ReadAll(dir.Sub("csv/rels_SAID_Actor_Statement.csv")) == ":START_ID,:END_ID,:TYPE,weight:long\n1,3,SAID,2\n");

  SECTION("ImportCsv reads it back into the same graph, dates and the article's text included") {
    auto copy = GraphStore::Open(dir.Sub("copy"), OpenOptions{});
    CsvImportOptions options;
    for (const auto& f : files.node_files) options.node_files.push_back({f, {}});
    for (const auto& f : files.relationship_files) options.relationship_files.push_back({f, {}});
    ImportCsv(copy.get(), options);
    CHECK(GraphWithoutRelationshipIds(copy.get()) == GraphWithoutRelationshipIds(store.get()));
    auto tx = copy->Begin();
    CHECK(tx->GetText(4) == std::optional<std::string>("Title\nFirst paragraph, with a comma."));
    auto article = tx->GetNode(4);
    REQUIRE(article);
    CHECK(article->properties.at("published").is_temporal());
    CHECK(article->properties.count("body") == 0);
  }

  SECTION("a folder that is not empty is refused, and nothing in it changes") {
    try {
      ExportCsv(*store->Begin(), dir.Sub("csv"));
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find("not empty") != std::string::npos);
    }
    CHECK(ReadAll(dir.Sub("csv/rels_SAID_Actor_Statement.csv")) == ":START_ID,:END_ID,:TYPE,weight:long\n1,3,SAID,2\n");
  }
}

TEST_CASE("CSV import reads a date column and refuses a day that does not exist", "[graph][csv]") {
  testing::TempDir dir;
  testing::WriteFile(dir.Sub("n.csv"), ":ID,:LABEL,day:date\n1,Event,2024-02-29\n");
  testing::WriteFile(dir.Sub("bad.csv"), ":ID,:LABEL,day:date\n1,Event,2023-02-29\n");
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  CsvImportOptions options;
  options.node_files = {{dir.Sub("n.csv"), {}}};
  ImportCsv(store.get(), options);
  auto node = store->Begin()->GetNode(1);
  REQUIRE(node);
  REQUIRE(node->properties.at("day").is_temporal());
  CHECK(TemporalToString(node->properties.at("day").AsTemporal()) == "2024-02-29");
  auto other = GraphStore::Open(dir.Sub("db2"), OpenOptions{});
  options.node_files = {{dir.Sub("bad.csv"), {}}};
  try {
    ImportCsv(other.get(), options);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("bad.csv:2") != std::string::npos);
    CHECK(std::string(e.what()).find("not a valid date") != std::string::npos);
  }
}

TEST_CASE("CSV export: a column of mixed types is text, each value as its JSON", "[graph][csv]") {
  testing::TempDir dir;
  auto store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  {
    auto tx = store->Begin();
    tx->CreateNode({"Event"}, {{"date", Day(2024, 1, 23)}, {"extra", ValueMap{{"k", 1}}}});
    tx->CreateNode({"Event"}, {{"date", "2023-08"}, {"extra", 2}});
    tx->Commit();
  }
  ExportCsv(*store->Begin(), dir.Sub("csv"));
  // A day and a month: the ISO texts; a map and an int: JSON.
  CHECK(ReadAll(dir.Sub("csv/nodes_Event.csv")) ==
        ":ID,:LABEL,date:string,extra:string\n"
        "1,Event,2024-01-23,\"{\"\"k\"\":1}\"\n"
        "2,Event,2023-08,2\n");
}
