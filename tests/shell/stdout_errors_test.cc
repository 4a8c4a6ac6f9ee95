// Every command's output must reach its reader: a full disk behind stdout is
// a one-line error and exit 1, never exit 0 (issue 17, finding 11).
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_util.h"

using ng::testing::RunCommand;

TEST_CASE("a command whose standard output cannot be written fails with exit 1", "[shell][cli]") {
  if (!std::filesystem::exists("/dev/full")) return;
  ng::testing::TempDir dir;
  const std::string bin = ng::testing::NewsgraphBinary();
  const std::string db = dir.Sub("db");
  REQUIRE(RunCommand({bin, "--db", db, "query", "CREATE (:Actor {name: 'Vera Lind'})"}).exit_code == 0);
  for (const std::string& args : {std::string("query 'MATCH (a) RETURN a.name'"),
                                  std::string("query -F jsonl 'RETURN 1'"), std::string("stats"),
                                  std::string("check"), std::string("export --format jsonl")}) {
    auto r = RunCommand({"/bin/sh", "-c", "exec '" + bin + "' --db '" + db + "' " + args + " > /dev/full"});
    INFO(args);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("cannot write") != std::string::npos);
  }
  auto shell = RunCommand({"/bin/sh", "-c", "exec '" + bin + "' --db '" + db + "' shell > /dev/full"},
                          "MATCH (a) RETURN a.name;\n");
  CHECK(shell.exit_code == 1);
}
