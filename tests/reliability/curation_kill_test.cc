// Crash safety of hand curation: SET / MERGE / DELETE statements run through
// `newsgraph query` over thousands of nodes and are killed with SIGKILL at
// random moments. After every kill `check` passes and the graph is exactly
// the one before the statement or the one an uninterrupted run gives —
// never part of a statement.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <sstream>
#include <thread>

#include "reliability_util.h"
#include "test_util.h"

using namespace ng;
namespace fs = std::filesystem;

namespace {

constexpr int kItems = 6000;

std::string ItemsJsonl() {
  std::ostringstream out;
  for (int i = 1; i <= kItems; ++i)
    out << "{\"type\":\"node\",\"id\":\"" << i << "\",\"labels\":[\"Item\"],\"properties\":"
        << "{\"name\":\"i" << i << "\",\"v\":" << i << "}}\n";
  for (int i = 1; i < kItems; ++i)
    out << "{\"type\":\"relationship\",\"id\":\"" << kItems + i << "\",\"label\":\"NEXT\","
        << "\"start\":{\"id\":\"" << i << "\",\"labels\":[\"Item\"]},"
        << "\"end\":{\"id\":\"" << i + 1 << "\",\"labels\":[\"Item\"]},\"properties\":{}}\n";
  return out.str();
}

// The curation statement of round `r`: set properties on every item, merge a
// tag onto a third of them, or delete a twentieth of them with their
// relationships.
std::string Statement(int r) {
  switch (r % 3) {
    case 0:
      return "MATCH (i:Item) SET i.reviewed = " + std::to_string(r) + ", i.note = 'round " +
             std::to_string(r) + "'";
    case 1:
      return "MERGE (t:Tag {name: 'round " + std::to_string(r) +
             "'}) WITH t MATCH (i:Item) WHERE i.v % 3 = 0 MERGE (i)-[:TAGGED]->(t)";
    default:  // a different twentieth of the items each time
      return "MATCH (i:Item) WHERE i.v % 20 = " + std::to_string(r % 20) + " DETACH DELETE i";
  }
}

std::string Export(const std::string& db) {
  auto r = testing::RunCommand({testing::NewsgraphBinary(), "--db", db, "export"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("curation queries killed at random moments leave all or nothing",
          "[reliability][crash][curation]") {
  testing::TempDir dir;
  const std::string ng = testing::NewsgraphBinary(), db = dir.Sub("db");
  testing::WriteFile(dir.Sub("items.jsonl"), ItemsJsonl());
  REQUIRE(testing::RunCommand({ng, "--db", db, "import", "--no-progress", dir.Sub("items.jsonl")})
              .exit_code == 0);

  std::mt19937 rng(99);
  double seconds_total = 0;
  int kills = 0, untouched = 0, completed = 0;
  std::string before = Export(db);
  for (int round = 0; round < 21; ++round) {
    // The uninterrupted outcome of this round, on a copy.
    const std::string copy = dir.Sub("copy");
    fs::remove_all(copy);
    fs::copy(db, copy, fs::copy_options::recursive);
    // Its run time aims the kill inside it.
    auto start = std::chrono::steady_clock::now();
    auto full = testing::RunCommand({ng, "--db", copy, "query", Statement(round)});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    seconds_total += seconds;
    INFO("round " << round << ": " << Statement(round) << "\n" << full.err);
    REQUIRE(full.exit_code == 0);
    const std::string after = Export(copy);

    pid_t pid = testing::SpawnQuiet({ng, "--db", db, "query", Statement(round)});
    std::uniform_real_distribution<double> moment(0.005, std::max(0.01, seconds * 0.9));
    std::this_thread::sleep_for(std::chrono::duration<double>(moment(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    kills += WIFSIGNALED(status);

    auto check = testing::RunCommand({ng, "--db", db, "check"});
    INFO(check.out << check.err);
    REQUIRE(check.exit_code == 0);
    const std::string now = Export(db);
    const bool is_before = now == before, is_after = now == after;
    CHECK((is_before || is_after));
    untouched += is_before && !is_after;
    completed += is_after && !is_before;
    before = now;
  }
  WARN("kills " << kills << ", untouched " << untouched << ", completed " << completed
                << ", mean statement time " << seconds_total / 21 << " s");
  CHECK(kills >= 14);     // most rounds really killed a running statement
  CHECK(untouched >= 7);  // and many of them mid-way, before its commit
}
