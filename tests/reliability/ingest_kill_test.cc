// Crash safety for real: an ingest of a hundred articles is killed with
// SIGKILL at 30 random moments; after every kill the database opens, passes
// `check`, and holds each article whole or not at all; resuming ends in
// exactly the graph an uninterrupted run gives.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "graph/graph_store.h"
#include "reliability_util.h"
#include "test_util.h"

using namespace ng;
namespace fs = std::filesystem;

namespace {


// Statements per article file, read through the store.
std::map<std::string, int> StatementsPerArticle(const std::string& db) {
  OpenOptions ro;
  ro.read_only = true;
  auto store = GraphStore::Open(db, ro);
  auto txn = store->Begin();
  std::map<std::string, int> out;
  uint64_t id;
  for (auto c = txn->ScanLabel("Article"); c->Next(&id);) {
    auto article = txn->GetNode(id);
    out[article->properties.at("file").AsString()] =
        static_cast<int>(txn->Degree(id, Direction::kIncoming, {"REPORTED_IN"}));
  }
  return out;
}

std::string Export(const std::string& db) {
  auto r = testing::RunCommand({testing::NewsgraphBinary(), "--db", db, "export"});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

// Enough articles for an ingest of a few seconds (each is parsed, so fewer
// than before the syntax layer), and for the sanitizer build to finish.
constexpr int kArticles = 120;

TEST_CASE("ingest killed 30 times resumes to the uninterrupted graph", "[reliability][crash]") {
  testing::TempDir dir;
  const std::string corpus = dir.Sub("corpus"), ng = testing::NewsgraphBinary();
  testing::WriteArticleCorpus(corpus, kArticles, 7);

  const std::string reference_db = dir.Sub("reference");
  auto start = std::chrono::steady_clock::now();
  REQUIRE(testing::RunCommand({ng, "--db", reference_db, "ingest", "--no-progress", corpus})
              .exit_code == 0);
  double full_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string reference = Export(reference_db);
  const auto reference_counts = StatementsPerArticle(reference_db);
  REQUIRE(reference_counts.size() == kArticles);

  const std::string db = dir.Sub("db");
  std::mt19937 rng(2024);
  int kills = 0;
  size_t present = 0;
  for (int round = 0; round < 30; ++round) {
    // Kill somewhere in what is left to do, so that most rounds interrupt work.
    double left = full_seconds * (1.0 - present / static_cast<double>(kArticles));
    std::uniform_real_distribution<double> moment(0.005, std::max(0.02, left * 0.9));
    pid_t pid = testing::SpawnQuiet({ng, "--db", db, "ingest", "--no-progress", "--jobs", "2", corpus});
    std::this_thread::sleep_for(std::chrono::duration<double>(moment(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++kills;

    auto check = testing::RunCommand({ng, "--db", db, "check"});
    INFO("round " << round << ": " << check.err);
    REQUIRE(check.exit_code == 0);
    // Every article present holds exactly the statements the full run gave it.
    const auto counts = StatementsPerArticle(db);
    present = counts.size();
    for (const auto& [file, statements] : counts) {
      INFO(file);
      CHECK(statements == reference_counts.at(file));
    }
  }
  CHECK(kills >= 20);  // most rounds really killed a running ingest

  REQUIRE(testing::RunCommand({ng, "--db", db, "ingest", "--no-progress", corpus}).exit_code == 0);
  CHECK(Export(db) == reference);
}
