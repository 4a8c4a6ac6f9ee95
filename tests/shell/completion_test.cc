// Tab completion (shell/completion.h): every actor name it offers completes
// a literal that parses, also names with an apostrophe (issue 20: it
// offered `Kata'ib Hezbollah'`, a syntax error when accepted).
#include <catch2/catch.hpp>

#include <algorithm>

#include "shell/completion.h"
#include "test_util.h"

using namespace ng::cli;

namespace {

struct Completing {
  ng::testing::TempDir dir;
  std::unique_ptr<Session> session;
  Completing() {
    auto made = ng::testing::RunCommand(
        {ng::testing::NewsgraphBinary(), "--db", dir.Sub("db"), "query",
         "CREATE (:Actor {name: \"Kata'ib Hezbollah\", kind: 'armed_group'}), "
         "(:Actor {name: 'United States', kind: 'country'}), (:Actor {name: 'Katyusha'})"});
    REQUIRE(made.exit_code == 0);
    session = std::make_unique<Session>(dir.Sub("db"), false, false);
  }
  // The line as it reads once `candidate` is accepted.
  std::string Accept(const std::string& line, const std::string& candidate) {
    Completions c = Complete(*session, line, line.size());
    auto found = std::find(c.candidates.begin(), c.candidates.end(), candidate);
    UNSCOPED_INFO("candidates of " << line << ": " << c.candidates.size());
    for (const auto& k : c.candidates) UNSCOPED_INFO("  " << k);
    if (found == c.candidates.end()) return "(not offered)";
    return line.substr(0, c.start) + candidate;
  }
  bool Parses(const std::string& statement) { return session->Execute(statement); }
};

}  // namespace

TEST_CASE("completion offers names with an apostrophe as literals that parse", "[shell][completion]") {
  Completing c;
  // Inside single quotes: the apostrophe escaped.
  std::string line = c.Accept("MATCH (a:Actor {name: 'Kata", "Kata\\'ib Hezbollah'");
  CHECK(line == "MATCH (a:Actor {name: 'Kata\\'ib Hezbollah'");
  CHECK(c.Parses(line + "}) RETURN a.kind"));
  // Inside double quotes: as it is.
  line = c.Accept("MATCH (a:Actor {name: \"Kata", "Kata'ib Hezbollah\"");
  CHECK(c.Parses(line + "}) RETURN a.kind"));
  // A bare word: quoted with double quotes.
  line = c.Accept("MATCH (a:Actor) WHERE a.name = Kata", "\"Kata'ib Hezbollah\"");
  CHECK(c.Parses(line + " RETURN a.kind"));
  // A name with spaces and no apostrophe keeps single quotes.
  CHECK(c.Accept("WHO SAID ABOUT Unit", "'United States'") == "WHO SAID ABOUT 'United States'");
  CHECK(c.Parses("WHO SAID ABOUT 'United States'"));
  // An escaped quote typed before Tab is part of the prefix, not its end.
  line = c.Accept("MATCH (a:Actor {name: 'Kata\\'i", "Kata\\'ib Hezbollah'");
  CHECK(c.Parses(line + "}) RETURN a.kind"));
  // A closed literal earlier on the line is not an open one.
  CHECK(c.Accept("RETURN 'x' AS y, Katy", "Katyusha") == "RETURN 'x' AS y, Katyusha");
}
