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
  // As near, the one with the same first letter: "knd" is "kind", not "end".
  CHECK(NearestName("knd", {"end", "kind", "start"}) == "kind");
}

TEST_CASE("a mistyped command gets a suggestion, and help is a command", "[shell][cli]") {
  // Once: "A subcommand is required" for both, with no hint (issue 20).
  const std::string bin = ng::testing::NewsgraphBinary();
  auto typo = RunCommand({bin, "qurey", "RETURN 1"});
  CHECK(typo.exit_code == 2);  // a command line that cannot be read: 2, whatever CLI11 calls it
  CHECK(typo.err.find("no command 'qurey'; did you mean 'query'?") != std::string::npos);
  CHECK(RunCommand({bin, "query"}).exit_code == 2);            // was 106
  CHECK(RunCommand({bin, "stats", "--bogus"}).exit_code == 2);  // was 109
  auto help = RunCommand({bin, "help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Usage:") != std::string::npos);
  auto help_query = RunCommand({bin, "help", "query"});
  CHECK(help_query.exit_code == 0);
  CHECK(help_query.out.find("Run one query") != std::string::npos);
  // Help on what is no command: said, with the one meant (it printed the whole help, exit 0).
  auto help_typo = RunCommand({bin, "help", "qurey"});
  CHECK(help_typo.exit_code == 2);
  CHECK(help_typo.out.empty());
  CHECK(help_typo.err == "newsgraph: no help on 'qurey'; did you mean 'query'? (newsgraph help lists the commands)\n");
  CHECK(RunCommand({bin, "help", "actors", "merge"}).out.find("Move every relationship") != std::string::npos);
  ng::testing::TempDir dir;
  auto shell = RunCommand({bin, "--db", dir.Sub("db"), "shell"}, ".hlep\n");
  CHECK(shell.err.find("unknown command .hlep; did you mean .help?") != std::string::npos);
}

TEST_CASE("an empty answer that names a label or type nothing has says so", "[shell][suggest]") {
  ng::ResultSet label_typo;
  label_typo.missing_labels = {"Actr"};
  CHECK(ng::cli::MissingNameNotes(label_typo, {"Actor", "Article"}, {}) ==
        std::vector<std::string>{"note: no node has the label 'Actr'; did you mean 'Actor'?"});
  ng::ResultSet type_typo;
  type_typo.missing_types = {"ZAPPED"};
  CHECK(ng::cli::MissingNameNotes(type_typo, {}, {"ABOUT", "SAID"}) ==
        std::vector<std::string>{"note: no relationship has the type 'ZAPPED' (there are: ABOUT, SAID)"});
  ng::testing::TempDir dir;
  const std::string bin = ng::testing::NewsgraphBinary(), db = dir.Sub("db");
  REQUIRE(ng::testing::RunCommand({bin, "--db", db, "query", "CREATE (:Actor {name: 'A'})-[:SAID]->(:Statement)"})
              .exit_code == 0);
  auto typo = ng::testing::RunCommand({bin, "--db", db, "query", "MATCH (a:Actr) RETURN a"});
  CHECK(typo.exit_code == 0);  // an empty answer is an answer
  CHECK(typo.err.find("note: no node has the label 'Actr'; did you mean 'Actor'?") != std::string::npos);
  // An answer with rows, or labels that exist, bring no note.
  auto fine = ng::testing::RunCommand({bin, "--db", db, "query", "MATCH (a:Actor {name: 'nobody'}) RETURN a"});
  CHECK(fine.err.empty());
  // A name that only an alias (or another case) matches.
  REQUIRE(ng::testing::RunCommand({bin, "--db", db, "query", "CREATE (:Actor {name: 'Ilse Brandvold', aliases: ['Brandvold']})"})
              .exit_code == 0);
  auto alias = ng::testing::RunCommand({bin, "--db", db, "query", "MATCH (a:Actor) WHERE a.name = 'Brandvold' RETURN a"});
  CHECK(alias.err.find("no node is called 'Brandvold' as written, but 'Ilse Brandvold' answers to it") !=
        std::string::npos);
  auto map = ng::testing::RunCommand({bin, "--db", db, "query", "MATCH (a:Actor {name: 'ilse brandvold'}) RETURN a"});
  CHECK(map.err.find("but 'Ilse Brandvold' answers to it") != std::string::npos);
  auto shell = ng::testing::RunCommand({bin, "--db", db, "shell"}, "MATCH (a)-[:SAYD]->(b) RETURN b;\n");
  CHECK(shell.err.find("no relationship has the type 'SAYD'; did you mean 'SAID'?") != std::string::npos);
}

TEST_CASE("a mistyped actor name gets the nearest name in said and query and the shell",
          "[shell][suggest]") {
  // Once: "no actor or other node is called 'Untied States'" and nothing more (issue 20).
  ng::testing::TempDir dir;
  const std::string bin = ng::testing::NewsgraphBinary(), db = dir.Sub("db");
  REQUIRE(RunCommand({bin, "--db", db, "query",
                      "CREATE (:Actor {name: 'United States'}), (:Actor {name: 'Iraq'})"})
              .exit_code == 0);
  const std::string hint = "no actor or other node is called 'Untied States'; did you mean 'United States'?";
  for (const auto& argv : std::vector<std::vector<std::string>>{
           {bin, "--db", db, "said", "--about", "Untied States"},
           {bin, "--db", db, "query", "WHO SAID ABOUT 'Untied States'"}}) {
    auto r = RunCommand(argv);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(hint) != std::string::npos);
  }
  auto r = RunCommand({bin, "--db", db, "shell"}, "WHO SAID ABOUT 'Untied States';\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("stdin:1:1: EntityNotFound: " + hint) == 0);
  // Nothing near: the message as it was.
  r = RunCommand({bin, "--db", db, "said", "--by", "Zanzibar"});
  CHECK(r.err.find("did you mean") == std::string::npos);
}

TEST_CASE("every command's help ends with examples of that command", "[shell][cli]") {
  const std::string bin = ng::testing::NewsgraphBinary();
  auto top = RunCommand({bin, "--help"});
  REQUIRE(top.out.find("Examples:\n  newsgraph ") != std::string::npos);
  // The commands, as --help lists them.
  std::string list = top.out.substr(top.out.find("Subcommands:\n") + 13);
  list = list.substr(0, list.find("\n\n"));
  std::vector<std::string> commands;
  for (size_t at = 0; at < list.size(); at = list.find('\n', at) + 1) {
    commands.push_back(list.substr(at + 2, list.find(' ', at + 2) - at - 2));
    if (list.find('\n', at) == std::string::npos) break;
  }
  CHECK(commands.size() == 13);
  for (const std::string& command : commands) {
    INFO(command);
    auto help = RunCommand({bin, "help", command});
    size_t examples = help.out.find("\nExamples:\n");
    REQUIRE(examples != std::string::npos);
    // Each example line runs newsgraph with this command.
    std::string first = help.out.substr(examples + 11, help.out.find('\n', examples + 11) - examples - 11);
    CHECK(first.find("newsgraph ") != std::string::npos);
    CHECK(first.find(" " + command) != std::string::npos);
  }
}
