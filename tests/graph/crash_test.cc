// Process-level tests: SIGKILL during commits, and the lock seen by a second
// process.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

#include "graph/graph_store.h"
#include "test_util.h"

using namespace ng;

namespace {

constexpr int kBatch = 20000;  // nodes per transaction

// Child: commits batches of kBatch nodes (each with a relationship to the
// previous one of its batch) until killed.
[[noreturn]] void WriteBatchesForever(const std::string& path) {
  try {
    auto store = GraphStore::Open(path, OpenOptions{});
    for (int64_t batch = 0;; ++batch) {
      auto txn = store->Begin();
      NodeId prev = 0;
      for (int i = 0; i < kBatch; ++i) {
        NodeId id = txn->CreateNode({"N"}, {{"batch", Value(batch)}, {"name", Value("n")}});
        if (prev) txn->CreateRelationship(prev, "NEXT", id, {});
        prev = id;
      }
      txn->Commit();
    }
  } catch (...) {
    _exit(3);
  }
}

}  // namespace

TEST_CASE("SIGKILL during large commits leaves whole batches only", "[graph][crash]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  std::mt19937 rng(12345);
  uint64_t max_nodes = 0;
  for (int round = 0; round < 3; ++round) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) WriteBatchesForever(path);
    std::this_thread::sleep_for(std::chrono::milliseconds(300 + rng() % 700));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFSIGNALED(status));

    auto store = GraphStore::Open(path, OpenOptions{});
    auto txn = store->Begin();
    StoreCounts counts = txn->Counts();
    INFO("round " << round << ": " << counts.nodes << " nodes");
    CHECK(counts.nodes % kBatch == 0);
    CHECK(counts.relationships == counts.nodes / kBatch * (kBatch - 1));
    CHECK(txn->FindByName("n").size() == counts.nodes);
    max_nodes = std::max(max_nodes, counts.nodes);
  }
  CHECK(max_nodes > 0);  // the child did commit before it was killed
}

TEST_CASE("the CLI reports a lock held by another process", "[graph][lock]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  int ready[2];
  REQUIRE(pipe(ready) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    auto store = GraphStore::Open(path, OpenOptions{});
    if (write(ready[1], "x", 1) != 1) _exit(1);
    pause();
    _exit(0);
  }
  char c;
  REQUIRE(read(ready[0], &c, 1) == 1);
  testing::WriteFile(dir.Sub("g.jsonl"), "");
  auto writer = testing::RunCommand(
      {testing::NewsgraphBinary(), "--db", path, "import", "--format", "jsonl", dir.Sub("g.jsonl")});
  auto reader = testing::RunCommand({testing::NewsgraphBinary(), "--db", path, "stats"});
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  CHECK(writer.exit_code == 1);
  CHECK(writer.err.find("locked") != std::string::npos);
  CHECK(writer.err.find('\n') == writer.err.size() - 1);  // one line
  CHECK(reader.exit_code == 0);
  CHECK(reader.out.find("nodes") != std::string::npos);
}
