// "did you mean …?" for mistyped commands (shell/suggest.h) and `newsgraph help`.
#include <catch2/catch.hpp>

#include "shell/suggest.h"
#include "test_util.h"

using ng::cli::EditDistance;
using ng::cli::NearestName;
using ng::testing::RunCommand;

TEST_CASE("edit distance counts inserts, deletes, replacements and swaps") {
  CHECK(EditDistance("query", "query") == 0);
  CHECK(EditDistance("qurey", "query") == 1);  // a swap of neighbours is one edit
  CHECK(EditDistance("inget", "ingest") == 1);
  CHECK(EditDistance("Stats", "stats") == 0);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("export", "import") == 2);
}

TEST_CASE("the nearest name within a third of the word's length, or none") {
  const std::vector<std::string> commands = {"ingest", "query", "export", "import", "stats", "shell"};
  CHECK(NearestName("qurey", commands) == "query");
  CHECK(NearestName("shel", commands) == "shell");
  CHECK(NearestName("zzzzzz", commands).empty());
  CHECK(NearestName("x", commands).empty());
}

TEST_CASE("a mistyped command gets a suggestion, and help is a command", "[shell][cli]") {
  // Once: "A subcommand is required" for both, with no hint (issue 20).
  const std::string bin = ng::testing::NewsgraphBinary();
  auto typo = RunCommand({bin, "qurey", "RETURN 1"});
  CHECK(typo.exit_code != 0);
  CHECK(typo.err.find("no command 'qurey'; did you mean 'query'?") != std::string::npos);
  auto help = RunCommand({bin, "help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Usage:") != std::string::npos);
  auto help_query = RunCommand({bin, "help", "query"});
  CHECK(help_query.exit_code == 0);
  CHECK(help_query.out.find("Run one query") != std::string::npos);
  ng::testing::TempDir dir;
  auto shell = RunCommand({bin, "--db", dir.Sub("db"), "shell"}, ".hlep\n");
  CHECK(shell.err.find("unknown command .hlep; did you mean .help?") != std::string::npos);
}
