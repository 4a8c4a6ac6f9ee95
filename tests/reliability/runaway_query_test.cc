// Runaway queries: a variable-length pattern over a dense graph would
// enumerate more paths than there are atoms; it must stop at --timeout or at
// the expansion cap with a clear message, in bounded time and memory.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <random>
#include <sstream>

#include "reliability_util.h"
#include "test_util.h"

using namespace ng;

namespace {

// A JSONL graph of `nodes` :N nodes, each with `degree` LINK relationships to
// random others: variable-length paths grow like degree^length.
std::string DenseGraphJsonl(int nodes, int degree) {
  std::ostringstream out;
  for (int i = 1; i <= nodes; ++i)
    out << "{\"type\":\"node\",\"id\":\"" << i << "\",\"labels\":[\"N\"],\"properties\":"
        << "{\"name\":\"n" << i << "\"}}\n";
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> pick(1, nodes);
  int id = nodes;
  for (int i = 1; i <= nodes; ++i) {
    for (int k = 0; k < degree; ++k) {
      int j = pick(rng);
      if (j == i) j = j % nodes + 1;
      out << "{\"type\":\"relationship\",\"id\":\"" << ++id << "\",\"label\":\"LINK\","
          << "\"start\":{\"id\":\"" << i << "\",\"labels\":[\"N\"]},"
          << "\"end\":{\"id\":\"" << j << "\",\"labels\":[\"N\"]},\"properties\":{}}\n";
    }
  }
  return out.str();
}

struct Measured {
  int exit_code = -1;
  std::string err;
  double seconds = 0;
  long peak_rss_kb = 0;
};

// Runs argv with stdout to /dev/null and measures the child's wall time and
// peak resident set size (wait4's rusage of that child alone).
Measured RunMeasured(const std::vector<std::string>& argv, const std::string& err_file) {
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(devnull, 1);
    dup2(err, 2);
    // Under AddressSanitizer freed memory waits in a quarantine of 256 MB
    // before reuse, so peak RSS would grow with the work done whatever the
    // program keeps: measure the program, not the quarantine.
    const char* asan = getenv("ASAN_OPTIONS");
    std::string options = std::string(asan ? asan : "") + (asan && *asan ? ":" : "") +
                          "quarantine_size_mb=0:thread_local_quarantine_size_kb=0";
    setenv("ASAN_OPTIONS", options.c_str(), 1);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Measured m;
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  m.err = testing::ReadFile(err_file);
  m.peak_rss_kb = usage.ru_maxrss;
  return m;
}

}  // namespace

TEST_CASE("a path explosion stops at the timeout or the expansion cap with bounded memory",
          "[reliability][runaway]") {
  testing::TempDir dir;
  const std::string ng = testing::NewsgraphBinary(), db = dir.Sub("db");
  testing::WriteFile(dir.Sub("dense.jsonl"), DenseGraphJsonl(2000, 20));
  auto imported = testing::RunCommand(
      {ng, "--db", db, "import", "--no-progress", dir.Sub("dense.jsonl")});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  const std::string err = dir.Sub("err.txt");
  // 2000 * 20^k paths of length k: far beyond any cap.
  const std::string count_paths = "MATCH p = (a:N)-[*]->(b:N) RETURN count(p) AS paths";
  const std::string list_paths = "MATCH p = (a:N)-[*1..30]->(b:N) RETURN a.name, b.name, p";

  {  // timeout, no expansion cap: counting
    auto m = RunMeasured({ng, "--db", db, "query", "--timeout", "1", "--max-expansions", "0",
                          count_paths}, err);
    INFO(m.err << " in " << m.seconds << " s, peak RSS " << m.peak_rss_kb << " kB");
    CHECK(m.exit_code == 1);
    CHECK(m.err.find("newsgraph: ") == 0);
    CHECK(m.err.find("timeout") != std::string::npos);
    CHECK(m.seconds < 15);
    CHECK(m.peak_rss_kb < 1024 * 1024);
  }
  {  // timeout, no expansion cap: returning every path
    auto m = RunMeasured({ng, "--db", db, "query", "--timeout", "1", "--max-expansions", "0",
                          list_paths}, err);
    INFO(m.err << " in " << m.seconds << " s, peak RSS " << m.peak_rss_kb << " kB");
    CHECK(m.exit_code == 1);
    CHECK(m.err.find("timeout") != std::string::npos);
    CHECK(m.seconds < 15);
    CHECK(m.peak_rss_kb < 1024 * 1024);
  }
  {  // expansion cap, no timeout
    auto m = RunMeasured({ng, "--db", db, "query", "--max-expansions", "5000", count_paths},
                         err);
    INFO(m.err << " in " << m.seconds << " s, peak RSS " << m.peak_rss_kb << " kB");
    CHECK(m.exit_code == 1);
    CHECK(m.err.find("newsgraph: ") == 0);
    CHECK(m.err.find("after 5000 steps") != std::string::npos);
    CHECK(m.err.find("expansion") != std::string::npos);
    CHECK(m.seconds < 15);
    CHECK(m.peak_rss_kb < 1024 * 1024);
  }
  {  // a bounded pattern on the same graph still answers
    auto r = testing::RunCommand(
        {ng, "--db", db, "query", "-F", "csv", "--timeout", "20",
         "MATCH (a:N {name: 'n1'})-[:LINK]->(b:N) RETURN count(b) AS n"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(testing::CsvRows(r.out) == std::vector<std::vector<std::string>>{{"n"}, {"20"}});
  }
}

// Memory must not grow with the work done: a query stopped after 8 times more
// expansions should not need much more memory: a MATCH feeding an
// aggregation streams its rows into the groups (query/executor.cc), so memory
// is per group, not per match (it was about 11 kB per expansion before).
TEST_CASE("memory of a runaway query does not grow with the expansion cap",
          "[reliability][runaway-memory]") {
  testing::TempDir dir;
  const std::string ng = testing::NewsgraphBinary(), db = dir.Sub("db");
  testing::WriteFile(dir.Sub("dense.jsonl"), DenseGraphJsonl(2000, 20));
  REQUIRE(testing::RunCommand({ng, "--db", db, "import", "--no-progress", dir.Sub("dense.jsonl")})
              .exit_code == 0);
  const std::string count_paths = "MATCH p = (a:N)-[*]->(b:N) RETURN count(p) AS paths";
  auto small = RunMeasured(
      {ng, "--db", db, "query", "--max-expansions", "10000", count_paths}, dir.Sub("e1"));
  auto large = RunMeasured(
      {ng, "--db", db, "query", "--max-expansions", "80000", count_paths}, dir.Sub("e2"));
  INFO("10000: " << small.peak_rss_kb << " kB, " << small.seconds << " s; 80000: "
                 << large.peak_rss_kb << " kB, " << large.seconds << " s");
  CHECK(small.exit_code == 1);
  CHECK(large.exit_code == 1);
  CHECK(large.peak_rss_kb < 2 * small.peak_rss_kb);
}

// --max-rows stops the search itself, not the rows after a search that has
// run on: before, `--max-rows 10` over an unbounded pattern materialized
// 160,000 paths (48 s and 2.4 GB on the samples' graph) before refusing.
TEST_CASE("a row cap stops an unbounded pattern after the rows it allows, and paths cost their length",
          "[reliability][runaway]") {
  testing::TempDir dir;
  const std::string ng = testing::NewsgraphBinary(), db = dir.Sub("db");
  testing::WriteFile(dir.Sub("dense.jsonl"), DenseGraphJsonl(200, 5));
  REQUIRE(testing::RunCommand({ng, "--db", db, "import", "--no-progress", dir.Sub("dense.jsonl")})
              .exit_code == 0);
  // The expansion cap is far above what 11 rows need and far below what the
  // old materializing search spent: only the pushed-down cap can answer first.
  auto r = testing::RunCommand({ng, "--db", db, "query", "--max-rows", "10", "--max-expansions", "100000",
                                "MATCH p = (a:N)-[*]->(b:N) RETURN length(p)"});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("more than 10 result rows (--max-rows)") != std::string::npos);
  // Within the cap the rows come back.
  auto ok = testing::RunCommand({ng, "--db", db, "query", "-F", "csv", "--max-rows", "10",
                                 "MATCH p = (a:N)-[*]->(b:N) RETURN length(p) LIMIT 10"});
  INFO(ok.err);
  CHECK(ok.exit_code == 0);
  CHECK(testing::CsvRows(ok.out).size() == 11);  // the header and ten rows
  // A path costs one step per node on it: the 780 paths of a chain of 40
  // hold 11,440 nodes, past a cap of 4,000 that their search alone (about
  // 2,000 to 2,500 steps) stays under.
  std::ostringstream chain;
  for (int i = 1; i <= 40; ++i)
    chain << "{\"type\":\"node\",\"id\":\"" << i << "\",\"labels\":[\"C\"],\"properties\":{}}\n";
  for (int i = 1; i < 40; ++i)
    chain << "{\"type\":\"relationship\",\"id\":\"" << 100 + i << "\",\"label\":\"NEXT\",\"start\":{\"id\":\"" << i
          << "\",\"labels\":[\"C\"]},\"end\":{\"id\":\"" << i + 1 << "\",\"labels\":[\"C\"]},\"properties\":{}}\n";
  testing::WriteFile(dir.Sub("chain.jsonl"), chain.str());
  const std::string chain_db = dir.Sub("chain_db");
  REQUIRE(testing::RunCommand({ng, "--db", chain_db, "import", "--no-progress", dir.Sub("chain.jsonl")})
              .exit_code == 0);
  auto paths = testing::RunCommand({ng, "--db", chain_db, "query", "--max-expansions", "4000",
                                    "MATCH p = (a:C)-[*]->(b:C) RETURN count(p)"});
  INFO(paths.err);
  CHECK(paths.exit_code == 1);
  CHECK(paths.err.find("after 4000 steps") != std::string::npos);
  auto fewer = testing::RunCommand({ng, "--db", chain_db, "query", "-F", "csv", "--max-expansions", "4000",
                                    "MATCH (a:C)-[*]->(b:C) RETURN count(*)"});
  INFO(fewer.err);
  CHECK(fewer.exit_code == 0);
  CHECK(testing::CsvRows(fewer.out) == std::vector<std::vector<std::string>>{{"count(*)"}, {"780"}});
}

// csv and jsonl rows are written as the MATCH finds them: memory does not
// grow with the rows returned (before, every row and its path was kept until
// the end, then printed).
TEST_CASE("jsonl output of a long result streams in bounded memory", "[reliability][runaway-memory]") {
  testing::TempDir dir;
  const std::string ng = testing::NewsgraphBinary(), db = dir.Sub("db");
  testing::WriteFile(dir.Sub("dense.jsonl"), DenseGraphJsonl(2000, 20));
  REQUIRE(testing::RunCommand({ng, "--db", db, "import", "--no-progress", dir.Sub("dense.jsonl")})
              .exit_code == 0);
  const std::string paths = "MATCH p = (a:N)-[*]->(b:N) RETURN a.name, length(p), p";
  auto small = RunMeasured({ng, "--db", db, "query", "-F", "jsonl", "--max-expansions", "20000", paths},
                           dir.Sub("e1"));
  auto large = RunMeasured({ng, "--db", db, "query", "-F", "jsonl", "--max-expansions", "320000", paths},
                           dir.Sub("e2"));
  INFO("20000: " << small.peak_rss_kb << " kB, " << small.seconds << " s; 320000: " << large.peak_rss_kb
                 << " kB, " << large.seconds << " s; " << large.err);
  CHECK(small.exit_code == 1);
  CHECK(large.exit_code == 1);
  CHECK(large.err.find("expansion cap") != std::string::npos);
  CHECK(large.peak_rss_kb < small.peak_rss_kb * 3 / 2);
}

// Doubling a string or a list clause by clause asked for 64 GiB and ran past
// --timeout 2 until memory gave out (14.7 s, 4.2 GB): strings stop at 256 MiB
// and lists at a million values with a clear error.
TEST_CASE("strings and lists a query builds stop at a documented size", "[reliability][runaway]") {
  testing::TempDir dir;
  const std::string ng = testing::NewsgraphBinary(), db = dir.Sub("db");
  std::string strings = "WITH 'aaaaaaaaaaaaaaaa' AS s", lists = "WITH [1, 2, 3, 4, 5, 6, 7, 8] AS l";
  for (int i = 0; i < 32; ++i) {
    strings += " WITH s + s AS s";
    lists += " WITH l + l AS l";
  }
  strings += " RETURN size(s)";
  lists += " RETURN size(l)";
  auto s = RunMeasured({ng, "--db", db, "query", "--timeout", "30", strings}, dir.Sub("e1"));
  INFO(s.err << " in " << s.seconds << " s, peak RSS " << s.peak_rss_kb << " kB");
  CHECK(s.exit_code == 1);
  CHECK(s.err.find("past the limit of 256 MiB") != std::string::npos);
  CHECK(s.peak_rss_kb < 2 * 1024 * 1024);
  auto l = RunMeasured({ng, "--db", db, "query", "--timeout", "30", lists}, dir.Sub("e2"));
  INFO(l.err << " in " << l.seconds << " s, peak RSS " << l.peak_rss_kb << " kB");
  CHECK(l.exit_code == 1);
  CHECK(l.err.find("past the limit of 1000000") != std::string::npos);
  // Below the limits the same query answers.
  auto ok = testing::RunCommand({ng, "--db", db, "query", "-F", "csv",
                                 "WITH 'ab' AS s WITH s + s AS s WITH s + s AS s RETURN size(s) AS n"});
  CHECK(ok.exit_code == 0);
  CHECK(testing::CsvRows(ok.out) == std::vector<std::vector<std::string>>{{"n"}, {"8"}});
}
