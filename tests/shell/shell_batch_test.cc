// The shell without a terminal: statements from stdin, -c and -f; dot-commands.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "graph/graph_store.h"

#include "test_util.h"

namespace {

struct Shell {
  ng::testing::TempDir dir;
  std::string db = dir.Sub("db");

  ng::testing::CommandResult Run(const std::string& input, std::vector<std::string> extra = {}) {
    std::vector<std::string> argv = {ng::testing::NewsgraphBinary(), "--db", db, "shell"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return ng::testing::RunCommand(argv, input);
  }
};

}  // namespace

TEST_CASE("batch: no prompt, every statement runs, multi-line statements end at a semicolon",
          "[shell][batch]") {
  Shell s;
  auto r = s.Run(".mode csv\nCREATE (:Actor {name: 'A'}), (:Actor {name: 'B'});\n"
                 "MATCH (a:Actor)\nRETURN a.name AS name\nORDER BY name;\n");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "name\r\nA\r\nB\r\n");
  CHECK(r.err.empty());  // no welcome, no prompt
}

TEST_CASE("batch: the first error stops with exit 1 unless --keep-going", "[shell][batch]") {
  Shell s;
  const std::string script = ".mode csv\nRETURN 1 AS a;\nRETURN nosuch(1);\nRETURN 2 AS b;\n";
  auto r = s.Run(script);
  CHECK(r.exit_code == 1);
  CHECK(r.out == "a\r\n1\r\n");
  // The script's line the failing statement starts on opens the message (issue 20).
  // FILE:LINE:COLUMN of the error in the script (here the column of `nosuch`).
  CHECK(r.err.find("stdin:3:8: SyntaxError: UnknownFunction") == 0);
  r = s.Run(script, {"--keep-going"});
  CHECK(r.exit_code == 1);
  CHECK(r.out == "a\r\n1\r\nb\r\n2\r\n");
}

TEST_CASE("the -c option runs one statement and -f a file", "[shell][batch]") {
  Shell s;
  auto r = s.Run("", {"-c", "RETURN 40 + 2 AS answer", "--mode", "jsonl"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "{\"answer\":42}\n");
  ng::testing::WriteFile(s.dir.Sub("script.cypher"),
                         "// a comment\nCREATE (:X);\n.mode csv\nMATCH (x:X) RETURN count(x) AS n;\n");
  r = s.Run("", {"-f", s.dir.Sub("script.cypher")});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("n\r\n1\r\n") != std::string::npos);
  // An error names the file, the line and the column of the error in it, not
  // "line 1, column 1" of the statement: `nosuch` on line 4, column 3 of a
  // statement that starts at line 3, column 11.
  ng::testing::WriteFile(s.dir.Sub("bad.cypher"), "RETURN 1;\n\nRETURN 2; RETURN\n  nosuch(3);\n");
  r = s.Run("", {"-f", s.dir.Sub("bad.cypher")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(s.dir.Sub("bad.cypher") + ":4:3: SyntaxError: UnknownFunction") == 0);
  // On the statement's first line the column counts from the line's start.
  ng::testing::WriteFile(s.dir.Sub("first.cypher"), "RETURN 1;   RETURN nosuch(2);\n");
  r = s.Run("", {"-f", s.dir.Sub("first.cypher")});
  CHECK(r.err.find(s.dir.Sub("first.cypher") + ":1:20: SyntaxError") == 0);
  // An error with no position of its own: where its statement starts.
  ng::testing::WriteFile(s.dir.Sub("who.cypher"), "\n  WHO SAID ABOUT 'Nobody Here';\n");
  r = s.Run("", {"-f", s.dir.Sub("who.cypher")});
  CHECK(r.err.find(s.dir.Sub("who.cypher") + ":2:3: EntityNotFound") == 0);
}

TEST_CASE("dot-commands: schema, actors, params, export, read, output, open", "[shell][dot-commands]") {
  Shell s;
  s.Run("CREATE (:Actor {name: 'Iraq', kind: 'country'})-[:SAID]->(:Statement {text: 'hi'});\n");
  auto r = s.Run(".mode csv\n.schema\n");
  CHECK(r.out.find("label,Actor,1\r\n") != std::string::npos);
  CHECK(r.out.find("relationship,SAID,1\r\n") != std::string::npos);
  CHECK(r.out.find("property key,Actor.kind,1\r\n") != std::string::npos);  // its label, its count
  r = s.Run(".mode csv\n.actors ira\n.actors nothing\n");
  CHECK(r.out == "name,kind,aliases,statements\r\nIraq,country,,1\r\n"
                 "name,kind,aliases,statements\r\n");
  r = s.Run(".param set who 'Iraq'\n.param list\n.mode csv\n"
            "MATCH (a:Actor {name: $who}) RETURN a.kind AS kind;\n");
  CHECK(r.out == "$who = \"Iraq\"\nkind\r\ncountry\r\n");
  r = s.Run(".export dot " + s.dir.Sub("g.dot") + " MATCH p = (:Actor)-[:SAID]->() RETURN p\n");
  CHECK(r.exit_code == 0);
  std::string dot = ng::testing::ReadFile(s.dir.Sub("g.dot"));
  CHECK(dot.find("digraph") == 0);
  CHECK(dot.find("[label=\"SAID\"]") != std::string::npos);
  ng::testing::WriteFile(s.dir.Sub("more.cypher"), "RETURN 'from read' AS r;\n");
  r = s.Run(".output " + s.dir.Sub("o.txt") + "\n.mode csv\n.read " + s.dir.Sub("more.cypher") +
            "\n.output\nRETURN 'screen' AS x;\n");
  CHECK(ng::testing::ReadFile(s.dir.Sub("o.txt")) == "r\r\nfrom read\r\n");
  CHECK(r.out == "x\r\nscreen\r\n");
  // .output empties the file first, as sqlite3 does (it appended once: issue 20).
  r = s.Run(".output " + s.dir.Sub("o.txt") + "\n.mode csv\nRETURN 'again' AS r;\n");
  CHECK(ng::testing::ReadFile(s.dir.Sub("o.txt")) == "r\r\nagain\r\n");
  // .mode alone says the mode in use (into a pipe: csv).
  r = s.Run(".mode\n.mode jsonl\n.mode\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "current output mode: csv\ncurrent output mode: jsonl\n");
  r = s.Run(".open " + s.dir.Sub("other") + "\n.mode csv\nMATCH (n) RETURN count(n) AS n;\n");
  CHECK(r.out == "n\r\n0\r\n");
  // A path that cannot be opened (a file) leaves the database in use as it
  // was, and says so (it left the shell without one before).
  ng::testing::WriteFile(s.dir.Sub("a-file"), "not a database\n");
  r = s.Run(".open " + s.dir.Sub("a-file") + "\n.mode csv\nMATCH (n) RETURN count(n) AS n;\n",
            {"--keep-going"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("; still using " + s.db + "\n") != std::string::npos);
  CHECK(r.out == "n\r\n2\r\n");
  // The database in use again: nothing to do.
  r = s.Run(".open " + s.db + "\n.mode csv\nMATCH (n) RETURN count(n) AS n;\n");
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("is the database in use") != std::string::npos);
  CHECK(r.out == "n\r\n2\r\n");
  r = s.Run(".nosuch\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("unknown command .nosuch") != std::string::npos);
  r = s.Run(".mode yaml\n");
  CHECK(r.err.find("usage: .mode") != std::string::npos);
  r = s.Run(".help\n");
  CHECK(r.out.find(".export dot FILE QUERY") != std::string::npos);
  // The descriptions line up, "…" counted as one column (it pushed .width's two further).
  CHECK(r.out.find(".width [N…]                       column widths") != std::string::npos);
  CHECK(r.out.find(".read FILE                        run the") != std::string::npos);
}

TEST_CASE("the shell reads a database another process is writing",
          "[shell][concurrent][own-process]") {
  Shell s;
  s.Run("CREATE (:Actor {name: 'A'});\n");
  int ready[2];
  REQUIRE(pipe(ready) == 0);
  pid_t writer = fork();
  REQUIRE(writer >= 0);
  if (writer == 0) {  // holds the write lock, as an ingest would
    auto store = ng::GraphStore::Open(s.db, ng::OpenOptions{});
    if (write(ready[1], "x", 1) != 1) _exit(1);
    pause();
    _exit(0);
  }
  char c;
  REQUIRE(read(ready[0], &c, 1) == 1);
  auto r = s.Run(".mode csv\nMATCH (a:Actor) RETURN a.name AS name;\n");
  auto w = s.Run("CREATE (:Actor {name: 'B'});\n");
  kill(writer, SIGKILL);
  waitpid(writer, nullptr, 0);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "name\r\nA\r\n");
  CHECK(r.err.find("locked by another process; opened read-only") != std::string::npos);
  CHECK(w.exit_code == 1);  // a write is refused: the writable reopen finds the lock
  CHECK(w.err.find("Locked: database " + s.db + " is locked by another process") != std::string::npos);
}

TEST_CASE("dot-commands as in sqlite3: .headers, .nullvalue, .once", "[shell][dot-commands]") {
  Shell s;
  REQUIRE(s.Run("CREATE (:Actor {name: 'A'}), (:Actor {name: 'B', title: 'Mayor'});\n").exit_code == 0);
  const std::string once = s.dir.Sub("once.csv");
  auto r = s.Run(".mode csv\n"
                 ".headers off\n"
                 "MATCH (a:Actor) RETURN a.name, a.title ORDER BY a.name;\n"
                 ".headers on\n"
                 ".nullvalue N/A\n"
                 "MATCH (a:Actor) RETURN a.name, a.title ORDER BY a.name;\n"
                 ".once " + once + "\n"
                 "MATCH (a:Actor) RETURN a.name ORDER BY a.name LIMIT 1;\n"
                 "RETURN 'screen' AS x;\n"
                 ".nullvalue\n"
                 "RETURN null AS n;\n");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "A,\r\nB,Mayor\r\n"                                // no header, null as nothing
        "a.name,a.title\r\nA,N/A\r\nB,Mayor\r\n"          // header back, null as N/A
        "x\r\nscreen\r\n"                                  // .once took one result only
        "n\r\n\r\n");                                      // .nullvalue alone: the default
  CHECK(ng::testing::ReadFile(once) == "a.name\r\nA\r\n");
  // Wrong arguments say how to use the command.
  auto bad = s.Run(".headers maybe\n");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("usage: .headers on|off") != std::string::npos);
}

TEST_CASE("into a pipe the shell writes csv and nothing else, unless a mode is chosen", "[shell][batch]") {
  Shell s;
  auto r = s.Run("RETURN 'a' AS x, null AS y;\n");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "x,y\r\na,\r\n");  // no box, no row count, no banner
  r = s.Run("RETURN 1 AS x;\n", {"--mode", "table"});
  CHECK(r.out.find("| x |") != std::string::npos);
  CHECK(r.out.find("1 row") != std::string::npos);
}

TEST_CASE("the output modes and widths from dot-commands: .mode .maxwidth .width .pager",
          "[shell][dot-commands]") {
  Shell s;
  const std::string words = "RETURN 'one two three four five six seven eight nine ten' AS words, 7 AS n;\n";
  // .maxwidth: the table fits 30 columns, the words wrapped in their cell.
  auto r = s.Run(".mode table\n.maxwidth 30\n" + words);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("| one two three four     | 7 |\n| five six seven eight   |   |\n") != std::string::npos);
  for (size_t at = 0, next; (next = r.out.find('\n', at)) != std::string::npos; at = next + 1)
    CHECK(next - at <= 30);
  // .maxwidth 0: no limit, even with $COLUMNS set (a terminal's width is ignored too).
  r = s.Run(".mode table\n.maxwidth 0\n" + words);
  CHECK(r.out.find("| one two three four five six seven eight nine ten |") != std::string::npos);
  // .width: the first column 9 wide, the second fitted.
  r = s.Run(".mode table\n.width 9\n" + words);
  CHECK(r.out.find("| one two   | 7 |\n| three     |   |\n") != std::string::npos);
  r = s.Run(".mode line\n" + words);
  CHECK(r.out == "words = one two three four five six seven eight nine ten\n    n = 7\n");
  r = s.Run(".mode markdown\n" + words);
  CHECK(r.out.find("|--------------------------------------------------|----:|\n") != std::string::npos);
  r = s.Run(".mode tsv\n" + words);
  CHECK(r.out == "words\tn\none two three four five six seven eight nine ten\t7\n");
  r = s.Run(".mode list\n.headers off\n" + words);
  CHECK(r.out == "one two three four five six seven eight nine ten|7\n");
  r = s.Run(".mode box\n" + words);
  CHECK(r.out.find("│ words") != std::string::npos);
  // Wrong arguments: one line saying how, exit 1; a near miss is named.
  for (const auto& [input, says] : std::vector<std::pair<std::string, std::string>>{
           {".maxwidth wide\n", "usage: .maxwidth [N]"},
           {".width 5 x\n", "usage: .width [N…]"},
           {".pager maybe\n", "usage: .pager on|off"},
           {".mode boxx\n", "unknown mode 'boxx'; did you mean box?"}}) {
    auto bad = s.Run(input);
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find(says) != std::string::npos);
    CHECK(std::count(bad.err.begin(), bad.err.end(), '\n') == 1);
  }
  r = s.Run("", {"--mode", "line", "-c", "RETURN 1 AS x"});
  CHECK(r.out == "x = 1\n");
}

TEST_CASE("shell --init runs a settings file first and names it in an error", "[shell][batch]") {
  Shell s;
  const std::string init = s.dir.Sub("settings");
  ng::testing::WriteFile(init, ".mode line\n.nullvalue -\n");
  auto r = s.Run("", {"--init", init, "-c", "RETURN null AS x, 1 AS y"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "x = -\ny = 1\n");
  ng::testing::WriteFile(init, ".mode line\n.nosuch\n");
  r = s.Run("", {"--init", init, "-c", "RETURN 1 AS y"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(init + ":2:1: ") == 0);
  CHECK(r.out.empty());
  // Not read in batch mode unless asked: a pipeline does not depend on it.
  ng::testing::WriteFile(s.dir.Sub(".newsgraphrc"), ".mode line\n");
  r = ng::testing::RunCommand({"/usr/bin/env", "HOME=" + s.dir.path(), ng::testing::NewsgraphBinary(),
                               "--db", s.db, "shell", "-c", "RETURN 1 AS y"});
  CHECK(r.out == "y\r\n1\r\n");
}
