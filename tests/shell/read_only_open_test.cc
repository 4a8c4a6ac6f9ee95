// The shell holds its database read-only until a statement writes (issue 20:
// the writable open, with its write-ahead log recovery, was most of the
// first prompt's 62–80 ms at scale M). Starting and leaving writes nothing; a
// write reopens the database writable and is seen by what follows; a write
// while another process holds the lock is one line of error.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "graph/graph_store.h"
#include "shell/session.h"
#include "test_util.h"

namespace {

struct Shell {
  ng::testing::TempDir dir;
  std::string db = dir.Sub("db");

  ng::testing::CommandResult Run(const std::string& input, std::vector<std::string> extra = {},
                                 const std::string& on = "") {
    std::vector<std::string> argv = {ng::testing::NewsgraphBinary(), "--db", on.empty() ? db : on,
                                     "shell"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return ng::testing::RunCommand(argv, input);
  }
};

// Every file of the database folder and its bytes.
std::map<std::string, std::string> Files(const std::string& folder) {
  std::map<std::string, std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(folder))
    files[e.path().filename().string()] = ng::testing::ReadFile(e.path().string());
  return files;
}

std::vector<std::string> Names(const std::map<std::string, std::string>& files) {
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files) names.push_back(name);
  return names;
}

size_t Lines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

}  // namespace

TEST_CASE("starting and leaving the shell leaves the database as it was, byte for byte",
          "[shell][read-only-open]") {
  Shell s;
  REQUIRE(s.Run("CREATE (:Actor {name: 'A'})-[:SAID]->(:Statement {text: 'hi'});\n").exit_code == 0);
  const auto before = Files(s.db);
  auto r = s.Run(".quit\n");
  CHECK(r.exit_code == 0);
  // The writable open wrote a new log, OPTIONS and MANIFEST and rotated LOG.
  CHECK(Names(Files(s.db)) == Names(before));
  CHECK(Files(s.db) == before);
  // Reading and the dot-commands that read write nothing either.
  r = s.Run(".mode csv\nMATCH (a:Actor) RETURN a.name AS name;\n.schema\n.actors\n"
            "WHO SAID ABOUT 'A';\n.export dot " + s.dir.Sub("g.dot") +
            " MATCH p = (:Actor)-[:SAID]->() RETURN p\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("name\r\nA\r\n") == 0);
  CHECK(Files(s.db) == before);
}

TEST_CASE("a session that reads, writes and reads again sees its write, run once",
          "[shell][read-only-open]") {
  Shell s;
  REQUIRE(s.Run("CREATE (:Actor {name: 'A'});\n").exit_code == 0);
  auto r = s.Run(".mode csv\n"
                 "MATCH (a:Actor) RETURN a.name AS name ORDER BY name;\n"
                 "CREATE (b:Actor {name: 'B'}) RETURN b.name AS created;\n"
                 "MATCH (a:Actor) RETURN a.name AS name ORDER BY name;\n"
                 ".actors\n"
                 "MATCH (a:Actor {name: 'A'}) SET a.kind = 'country';\n"
                 ".schema\n");
  REQUIRE(r.exit_code == 0);
  INFO(r.err);
  // The statement that writes stopped at its first write on the read-only
  // handle and ran again on the writable one: one row, one node.
  CHECK(r.out.find("name\r\nA\r\ncreated\r\nB\r\nname\r\nA\r\nB\r\n"
                   "name,kind,aliases,statements\r\nA,,,0\r\nB,,,0\r\n") == 0);
  CHECK(r.out.find("property key,Actor.kind,1\r\n") != std::string::npos);
  CHECK(r.err.empty());
  r = s.Run(".mode csv\nMATCH (a:Actor) RETURN a.name AS name, a.kind AS kind ORDER BY name;\n");
  CHECK(r.out == "name,kind\r\nA,country\r\nB,\r\n");
}

TEST_CASE("the session's store is read-only until a statement writes", "[shell][read-only-open]") {
  Shell s;
  REQUIRE(s.Run("CREATE (:Actor {name: 'A'});\n").exit_code == 0);
  ng::cli::Session session(s.db, false, false);
  CHECK(session.store()->read_only());
  CHECK(session.Execute("MATCH (a:Actor) RETURN count(a)"));
  CHECK(session.store()->read_only());
  CHECK(session.Execute("MERGE (a:Actor {name: 'A'})"));  // matches: nothing written
  CHECK(session.store()->read_only());
  CHECK(session.Execute("CREATE (:Actor {name: 'B'})"));
  CHECK_FALSE(session.store()->read_only());
  CHECK(session.store()->Begin()->Counts().nodes == 2);
  // A missing database is created at once, as before (writable).
  {
    ng::cli::Session fresh(s.dir.Sub("new"), false, false);
    CHECK_FALSE(fresh.store()->read_only());
    CHECK(ng::DatabaseExists(s.dir.Sub("new")));
  }
  // .open keeps the pattern: another database, read-only until written.
  CHECK(session.Execute(".open " + s.dir.Sub("new")));
  CHECK(session.store()->read_only());
  CHECK(session.store()->path() == s.dir.Sub("new"));
  CHECK(session.Execute("CREATE (:Note)"));
  CHECK_FALSE(session.store()->read_only());
  // One that cannot be opened leaves the one in use, writable as it was.
  ng::testing::WriteFile(s.dir.Sub("a-file"), "x\n");
  CHECK_FALSE(session.Execute(".open " + s.dir.Sub("a-file")));
  CHECK(session.store()->path() == s.dir.Sub("new"));
  CHECK(session.Execute("CREATE (:Note)"));
  CHECK(session.store()->Begin()->Counts().nodes == 2);
}

TEST_CASE(".open another database keeps it as it was until a statement writes",
          "[shell][read-only-open]") {
  Shell s;
  const std::string other = s.dir.Sub("other");
  REQUIRE(s.Run("CREATE (:Actor {name: 'A'});\n").exit_code == 0);
  REQUIRE(s.Run("CREATE (:Actor {name: 'O'});\n", {}, other).exit_code == 0);
  const auto first = Files(s.db), second = Files(other);
  auto r = s.Run(".open " + other + "\n.mode csv\nMATCH (a:Actor) RETURN a.name AS name;\n");
  CHECK(r.out == "name\r\nO\r\n");
  CHECK(Files(s.db) == first);
  CHECK(Files(other) == second);
  r = s.Run(".open " + other + "\nCREATE (:Actor {name: 'P'});\n.mode csv\n"
            "MATCH (a:Actor) RETURN a.name AS name ORDER BY name;\n");
  CHECK(r.out == "name\r\nO\r\nP\r\n");
  CHECK(Files(s.db) == first);  // the write went to the database opened
}

TEST_CASE("a write while another process holds the lock is one line of error, and reading goes on",
          "[shell][read-only-open][concurrent][own-process]") {
  Shell s;
  REQUIRE(s.Run("CREATE (:Actor {name: 'A'});\n").exit_code == 0);
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
  auto r = s.Run(".mode csv\n"
                 "MATCH (a:Actor) RETURN a.name AS name;\n"
                 "CREATE (:Actor {name: 'B'});\n"
                 "MATCH (a:Actor) RETURN a.name AS name;\n",
                 {"--keep-going"});
  kill(writer, SIGKILL);
  waitpid(writer, nullptr, 0);
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out == "name\r\nA\r\nname\r\nA\r\n");
  // The note at the start, then the refusal: one line, the statement's place first.
  CHECK(r.err.find("note: " + s.db + " is locked by another process; opened read-only\n") == 0);
  CHECK(Lines(r.err) == 2);
  CHECK(r.err.find("stdin:3:1: Locked: database " + s.db +
                   " is locked by another process (one writer at a time); this statement writes "
                   "and was not run\n") != std::string::npos);
  // The lock gone, the same session would write: a new one does.
  r = s.Run("CREATE (:Actor {name: 'B'});\n.mode csv\nMATCH (a:Actor) RETURN count(a) AS n;\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "n\r\n2\r\n");
}

TEST_CASE("a session that only reads follows what another process commits",
          "[shell][read-only-open][concurrent]") {
  Shell s;
  REQUIRE(s.Run("CREATE (:Actor {name: 'A'});\n").exit_code == 0);
  ng::cli::Session session(s.dir.Sub("db"), false, false);
  REQUIRE(session.store()->read_only());
  // It holds no lock: another process (an ingest, here a query) may write.
  auto w = ng::testing::RunOn(s.db, {"query", "CREATE (:Actor {name: 'B'})"});
  REQUIRE(w.exit_code == 0);
  CHECK(session.Execute("MATCH (a:Actor) RETURN count(a)"));
  CHECK(session.store()->read_only());
  CHECK(session.store()->Begin()->Counts().nodes == 2);  // the handle opened before saw 1
  CHECK(std::find(session.vocabulary().labels.begin(), session.vocabulary().labels.end(), "Actor") !=
        session.vocabulary().labels.end());
  w = ng::testing::RunOn(s.db, {"query", "CREATE (:Note {text: 'x'})"});
  REQUIRE(w.exit_code == 0);
  CHECK(session.Execute(".schema"));
  CHECK(std::find(session.vocabulary().labels.begin(), session.vocabulary().labels.end(), "Note") !=
        session.vocabulary().labels.end());
  // Nothing changed: the same handle.
  ng::GraphStore* before = session.store();
  CHECK(session.Execute("RETURN 1"));
  CHECK(session.store() == before);
}
