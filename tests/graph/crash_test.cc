// Process-level tests: SIGKILL during commits, and the lock seen by a second
// process. Each forks without exec, so it is tagged [own-process]: it must
// run in a process no other test has started threads in (CTest gives every
// test one; scripts/ci-sanitize runs the rest of a binary in a single one).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "graph/graph_store.h"
#include "graph/integrity.h"
#include "test_util.h"

using namespace ng;

namespace {

constexpr int kBatch = 20000;  // nodes per transaction

// Child: commits batches of kBatch nodes (each with a relationship to the
// previous one of its batch) until killed. Before each Commit() it writes a
// byte to `committing`, so the parent can aim its kill at the commit.
[[noreturn]] void WriteBatchesForever(const std::string& path, int committing) {
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
      if (committing >= 0 && write(committing, "c", 1) != 1) _exit(4);
      txn->Commit();
    }
  } catch (...) {
    _exit(3);
  }
}

// A graph of `nodes` nodes and 5 relationships per node, as JSONL.
std::string GeneratedJsonl(int nodes) {
  std::string out;
  for (int i = 1; i <= nodes; ++i)
    out += R"({"type":"node","id":")" + std::to_string(i) +
           R"(","labels":["Actor"],"properties":{"name":"actor )" + std::to_string(i) + "\"}}\n";
  int rel = 1;
  for (int i = 1; i <= nodes; ++i)
    for (int k = 1; k <= 5; ++k) {
      int j = (i * 7 + k * 13) % nodes + 1;
      out += R"({"type":"relationship","id":")" + std::to_string(rel++) +
             R"(","label":"KNOWS","start":{"id":")" + std::to_string(i) + R"("},"end":{"id":")" +
             std::to_string(j) + R"("},"properties":{"k":)" + std::to_string(k) + "}}\n";
    }
  return out;
}

// What a fresh process finds in the database after a kill.
struct Found {
  uint64_t nodes = 0, relationships = 0, named = 0;
  bool consistent = false;
};

// Opens the database in a forked child, so this process never starts
// RocksDB's background threads: they are process-wide, a forked writer would
// lack them, and its first flush would wait forever.
Found FindInChild(const std::string& path) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    close(pipe_fds[0]);
    Found f;
    try {
      auto store = GraphStore::Open(path, OpenOptions{});
      auto txn = store->Begin();
      StoreCounts counts = txn->Counts();
      f.nodes = counts.nodes;
      f.relationships = counts.relationships;
      f.named = txn->FindByName("n").size();
      txn.reset();
      store.reset();
      f.consistent = CheckIntegrity(path).ok();
    } catch (...) {
      _exit(3);
    }
    _exit(write(pipe_fds[1], &f, sizeof f) == sizeof f ? 0 : 4);
  }
  close(pipe_fds[1]);
  Found f;
  bool read_all = pid > 0 && read(pipe_fds[0], &f, sizeof f) == sizeof f;
  close(pipe_fds[0]);
  int status = 0;
  if (pid > 0) waitpid(pid, &status, 0);
  return read_all ? f : Found{};
}

}  // namespace

TEST_CASE("SIGKILL during large commits leaves whole batches only",
          "[graph][crash][own-process]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  std::mt19937 rng(12345);
  uint64_t max_nodes = 0;
  for (int round = 0; round < 4; ++round) {
    int committing[2];
    REQUIRE(pipe(committing) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      close(committing[0]);
      WriteBatchesForever(path, committing[1]);
    }
    close(committing[1]);
    // Wait for the child to reach its first or second Commit(), then kill it
    // within the next 0–40 ms: mostly while the batch is being written.
    char c;
    for (int k = 0; k < 1 + round % 2; ++k) REQUIRE(read(committing[0], &c, 1) == 1);
    std::this_thread::sleep_for(std::chrono::microseconds(rng() % 40000));
    kill(pid, SIGKILL);
    close(committing[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFSIGNALED(status));

    Found found = FindInChild(path);
    INFO("round " << round << ": " << found.nodes << " nodes");
    CHECK(found.consistent);
    CHECK(found.nodes % kBatch == 0);
    CHECK(found.relationships == found.nodes / kBatch * (kBatch - 1));
    CHECK(found.named == found.nodes);
    max_nodes = std::max(max_nodes, found.nodes);
  }
  CHECK(max_nodes > 0);  // some commit did complete before a kill
}

TEST_CASE("SIGKILL during a bulk import leaves all of it or none",
          "[graph][crash][own-process]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  constexpr int kNodes = 20000;
  testing::WriteFile(dir.Sub("g.jsonl"), GeneratedJsonl(kNodes));
  std::mt19937 rng(777);
  int complete = 0, empty = 0;
  for (int round = 0; round < 5; ++round) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int devnull = open("/dev/null", O_WRONLY);
      dup2(devnull, 2);
      std::string binary = testing::NewsgraphBinary(), file = dir.Sub("g.jsonl");
      execl(binary.c_str(), binary.c_str(), "--db", path.c_str(), "import", "--format", "jsonl",
            file.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    // The import takes about 0.7 s (0.1 s of it writing and ingesting tables);
    // kill it anywhere in its first 0.9 s.
    std::this_thread::sleep_for(std::chrono::milliseconds(50 + rng() % 850));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);

    auto store = GraphStore::Open(path, OpenOptions{});
    StoreCounts counts = store->Begin()->Counts();
    INFO("round " << round << ": " << counts.nodes << " nodes, " << counts.relationships
                  << " relationships");
    CHECK(counts.nodes % kNodes == 0);
    CHECK(counts.relationships == counts.nodes * 5);
    (counts.nodes > 0 ? complete : empty) += 1;
    store.reset();
    CHECK(CheckIntegrity(path).ok());
    CHECK_FALSE(std::filesystem::exists(path + "/bulk-import.tmp/0-default.sst"));
  }
  CHECK(complete + empty == 5);
}

TEST_CASE("readers in another process see whole commits only",
          "[graph][crash][own-process]") {
  testing::TempDir dir;
  const std::string path = dir.Sub("db");
  // The child creates the database: this process opens nothing before the
  // fork (see FindInChild). Its first byte says the database is there (the
  // pipe holds far more bytes than the child commits in the test's time).
  int committing[2];
  REQUIRE(pipe(committing) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(committing[0]);
    WriteBatchesForever(path, committing[1]);
  }
  close(committing[1]);
  char c;
  REQUIRE(read(committing[0], &c, 1) == 1);
  OpenOptions ro;
  ro.read_only = true;
  uint64_t last = 0;
  int reads_after_a_commit = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  // Read until four readers have seen committed batches (or 20 s passed).
  while (reads_after_a_commit < 4 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    auto reader = GraphStore::Open(path, ro);
    StoreCounts counts = reader->Begin()->Counts();
    CHECK(counts.nodes % kBatch == 0);
    CHECK(counts.relationships == counts.nodes / kBatch * (kBatch - 1));
    CHECK(counts.nodes >= last);
    last = counts.nodes;
    if (last > 0) ++reads_after_a_commit;
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  close(committing[0]);
  CHECK(last > 0);
}

TEST_CASE("the CLI reports a lock held by another process", "[graph][lock][own-process]") {
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
