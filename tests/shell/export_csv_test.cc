// `newsgraph export --format csv -o DIR` on the command line (the layout
// itself: tests/graph/csv_export_test.cc).
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_util.h"

namespace {

using ng::testing::RunOn;

}  // namespace

TEST_CASE("export --format csv writes a folder, says how to load it, and needs -o", "[shell][csv]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db");
  REQUIRE(RunOn(db, {"query", "CREATE (:Actor {name: 'A'})-[:SAID]->(:Statement {text: 'x'})"}).exit_code == 0);
  auto r = RunOn(db, {"export", "--format", "csv", "-o", dir.Sub("out")});
  REQUIRE(r.exit_code == 0);
  CHECK(std::filesystem::exists(dir.Sub("out/nodes_Actor.csv")));
  CHECK(std::filesystem::exists(dir.Sub("out/rels_SAID_Actor_Statement.csv")));
  CHECK(r.err.find("wrote 2 nodes and 1 relationships in 3 files") != std::string::npos);
  CHECK(r.err.find("neo4j-admin database import full") != std::string::npos);
  CHECK(r.out.empty());
  // Several files cannot go to standard output; a folder in use is not overwritten.
  r = RunOn(db, {"export", "--format", "csv"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("give it with -o DIR") != std::string::npos);
  r = RunOn(db, {"export", "--format", "csv", "-o", dir.Sub("out")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("not empty") != std::string::npos);
}
