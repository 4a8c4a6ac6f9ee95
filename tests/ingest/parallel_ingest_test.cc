// Ingest on several threads gives the graph of one thread, and reports files
// in their order.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "graph/graph_store.h"
#include "graph/jsonl.h"
#include "ingest/ingest.h"
#include "test_util.h"

using ng::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// The samples, each twice under another name, a changed copy and a file that
// is no article: enough for the pool to run ahead of the writer.
std::vector<std::string> Corpus(const TempDir& dir) {
  std::vector<std::string> files;
  fs::path out = dir.Sub("corpus");
  fs::create_directories(out);
  int n = 0;
  for (const auto& e : fs::directory_iterator(NG_SOURCE_DIR "/samples")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    for (int copy = 0; copy < 2; ++copy) {
      fs::path p = out / (std::to_string(n++) + ".txt");
      std::ofstream(p) << ss.str() << (copy ? "\n\nAn added paragraph, said the editor.\n" : "");
      files.push_back(p.string());
    }
  }
  fs::path bad = out / "zz-empty.txt";
  std::ofstream(bad) << "";
  files.push_back(bad.string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string Ingest(const std::string& db, const std::vector<std::string>& files, int jobs,
                   std::vector<size_t>* order, int* failures) {
  auto store = ng::GraphStore::Open(db, {});
  ng::Ingester ingester(store.get(), {});
  ingester.AddActorFile(NG_SOURCE_DIR "/samples/actors.json");
  ng::IngestInOrder(&ingester, files, jobs, [&](size_t i, const ng::IngestFileResult* r, const ng::Error* e) {
    order->push_back(i);
    if (e) ++*failures;
    CHECK((r == nullptr) == (e != nullptr));
  });
  std::stringstream out;
  ng::ExportJsonl(*store->Begin(), out);
  return out.str();
}

}  // namespace

TEST_CASE("ingest with 1 and 3 jobs writes byte-identical graphs") {
  TempDir dir;
  std::vector<std::string> files = Corpus(dir);
  std::vector<size_t> order1, order3;
  int failures1 = 0, failures3 = 0;
  std::string one = Ingest(dir.Sub("one"), files, 1, &order1, &failures1);
  std::string three = Ingest(dir.Sub("three"), files, 3, &order3, &failures3);
  CHECK(one.size() > 10000);
  CHECK(one == three);
  CHECK(failures1 == 1);
  CHECK(failures3 == 1);
  std::vector<size_t> expected(files.size());
  for (size_t i = 0; i < expected.size(); ++i) expected[i] = i;
  CHECK(order1 == expected);
  CHECK(order3 == expected);
}

namespace {

// Each actor as the set of its names (name and aliases) and the articles that
// mention it: equal for two graphs that group the same mentions into the same
// actors, whatever spelling each node was first named by.
std::multiset<std::string> ActorGroups(const std::string& db) {
  auto store = ng::GraphStore::Open(db, {});
  auto tx = store->Begin();
  std::multiset<std::string> groups;
  auto cursor = tx->ScanLabel("Actor");
  uint64_t id;
  while (cursor->Next(&id)) {
    auto node = tx->GetNode(id);
    std::set<std::string> names{node->properties.at("name").AsString()};
    auto aliases = node->properties.find("aliases");
    if (aliases != node->properties.end() && aliases->second.is_list())
      for (const ng::Value& a : aliases->second.AsList()) names.insert(a.AsString());
    std::set<std::string> articles;
    auto mentioned = tx->Adjacent(id, ng::Direction::kOutgoing, {"MENTIONED_IN"});
    ng::AdjacencyEntry e;
    while (mentioned->Next(&e)) articles.insert(tx->GetNode(e.neighbour)->properties.at("file").AsString());
    std::string group;
    for (const auto& n : names) group += n + "|";
    group += "@";
    for (const auto& a : articles) group += a + "|";
    groups.insert(group);
  }
  return groups;
}

}  // namespace

TEST_CASE("articles ingested in another order give the same actors") {
  TempDir dir;
  std::vector<std::string> files = Corpus(dir);
  files.pop_back();  // the empty file
  std::vector<std::string> reversed(files.rbegin(), files.rend());
  std::vector<size_t> order;
  int failures = 0;
  Ingest(dir.Sub("forward"), files, 2, &order, &failures);
  Ingest(dir.Sub("backward"), reversed, 2, &order, &failures);
  CHECK(failures == 0);
  auto forward = ActorGroups(dir.Sub("forward")), backward = ActorGroups(dir.Sub("backward"));
  CHECK(forward.size() > 20);
  CHECK(forward == backward);
}
