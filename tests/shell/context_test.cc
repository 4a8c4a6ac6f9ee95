// Statements in their paragraph: the marks (`shell/statement_context.h`),
// `said --context` and the shell's `.context ID` (issue 21).
#include <catch2/catch.hpp>

#include "shell/statement_context.h"
#include "test_util.h"

using ng::cli::FindMention;
using ng::cli::Mark;
using ng::cli::MarkContext;
using ng::cli::StatementContext;

TEST_CASE("the speaker's mention is the nearest whole-word name outside the words", "[shell][context]") {
  const std::string p = "Ines Brandt spoke first. Later, \"the ice is gone,\" Brandt said of Inessa.";
  const Mark words{33, 48};  // the ice is gone
  auto m = FindMention(p, words, {"Ines Brandt", "Brandt"});
  REQUIRE(m);
  CHECK(m->start == 51);  // "Brandt said", not the full name 51 bytes away
  CHECK(m->end == 57);
  auto ines = FindMention(p, words, {"Ines"});  // at 0: "Inessa" is another word
  REQUIRE(ines);
  CHECK(ines->start == 0);
  CHECK_FALSE(FindMention(p, words, {"ice"}));  // only inside the words
  CHECK_FALSE(FindMention(p, words, {"Tove"}));
  CHECK(FindMention(p, words, {"BRANDT"})->start == 51);  // without case
}

TEST_CASE("the words and the speaker are marked in text or in colour", "[shell][context]") {
  StatementContext c;
  c.paragraph = "\"We sail at dawn,\" said Ines Brandt, who leads the harbour.";
  c.words = {1, 16};
  c.speaker = Mark{24, 35};
  CHECK(MarkContext(c, false) == "\"[[We sail at dawn]],\" said {{Ines Brandt}}, who leads the harbour.");
  CHECK(MarkContext(c, true) ==
        "\"\x1b[1;33mWe sail at dawn\x1b[0m,\" said \x1b[1;36mInes Brandt\x1b[0m, who leads the harbour.");
  c.speaker.reset();
  c.words = {0, c.paragraph.size()};
  CHECK(MarkContext(c, false) == "[[" + c.paragraph + "]]");
}

namespace {

struct Ingested {
  ng::testing::TempDir dir;
  std::string db = dir.Sub("db");
  Ingested() {
    ng::testing::WriteFile(dir.Sub("ferry.txt"),
                           "Ferries return to the fjord\n\nPublished March 3, 2025\n\n"
                           "The ice broke early this year. \"We are ready to sail again,\" harbour "
                           "master Ines Brandt said on Friday.\n");
    auto r = Run({"ingest", "--no-progress", dir.Sub("ferry.txt")});
    REQUIRE(r.exit_code == 0);
  }
  ng::testing::CommandResult Run(std::vector<std::string> args, const std::string& input = "") {
    return ng::testing::RunOn(db, args, input);
  }
};

const char kMarked[] =
    "The ice broke early this year. \"[[We are ready to sail again]],\" harbour master {{Ines Brandt}} "
    "said on Friday.";

}  // namespace

TEST_CASE("said --context prints each statement's paragraph under it", "[shell][context]") {
  Ingested f;
  auto r = f.Run({"said", "--context"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Ines Brandt (direct) · ferry.txt · 2025-02-28") != std::string::npos);
  CHECK(r.out.find(std::string("\n  ") + kMarked + "\n") != std::string::npos);
  CHECK(r.out.find("\x1b[") == std::string::npos);  // not a terminal: no colour
  r = f.Run({"said", "--context", "--format", "jsonl"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\"context\":\"The ice broke early this year. \\\"[[We are ready") != std::string::npos);
  r = f.Run({"said", "--context", "--matrix"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("--context shows statements") != std::string::npos);
}

TEST_CASE("the shell's .context ID shows one statement in its paragraph", "[shell][context]") {
  Ingested f;
  auto id = f.Run({"query", "--format", "csv", "MATCH (s:Statement) RETURN id(s) AS id"});
  REQUIRE(id.exit_code == 0);
  std::string n = id.out.substr(id.out.find('\n') + 1);
  n = n.substr(0, n.find_first_of("\r\n"));
  auto r = f.Run({"shell"}, ".context " + n + "\n");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("#" + n + "  Ines Brandt (direct)") == 0);
  CHECK(r.out.find(kMarked) != std::string::npos);
  r = f.Run({"shell"}, ".context 424242\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("no statement with id 424242") != std::string::npos);
  r = f.Run({"shell"}, ".context soon\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("usage: .context ID") != std::string::npos);
}

TEST_CASE("the shell's .context ID shows a denied statement's kind as denied", "[shell][context]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db");
  ng::testing::WriteFile(dir.Sub("pier.txt"),
                         "Pier row goes on\n\nPublished March 3, 2025\n\n"
                         "Harbour master Ines Brandt did not apologize for her remarks about the ferry crews.\n");
  REQUIRE(ng::testing::RunOn(db, {"ingest", "--no-progress", dir.Sub("pier.txt")}).exit_code == 0);
  auto id = ng::testing::RunOn(db, {"query", "--format", "csv", "MATCH (s:Statement) RETURN id(s) AS id"});
  REQUIRE(id.exit_code == 0);
  std::string n = id.out.substr(id.out.find('\n') + 1);
  n = n.substr(0, n.find_first_of("\r\n"));
  auto r = ng::testing::RunOn(db, {"shell"}, ".context " + n + "\n");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("#" + n + "  Ines Brandt (indirect, denied)") == 0);
}

TEST_CASE("a speaker named inside the words, set off by commas, is marked there", "[shell][context]") {
  ng::testing::TempDir dir;
  ng::testing::WriteFile(dir.Sub("pier.txt"),
                         "Pier to reopen\n\nPublished March 3, 2025\n\n"
                         "The old pier, Ines Brandt said, would be rebuilt by summer.\n");
  REQUIRE(ng::testing::RunOn(dir.Sub("db"), {"ingest", "--no-progress", dir.Sub("pier.txt")}).exit_code == 0);
  auto r = ng::testing::RunOn(dir.Sub("db"), {"said", "--context"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Ines Brandt (indirect)") != std::string::npos);
  CHECK(r.out.find("[[The old pier, {{Ines Brandt}} said, would be rebuilt by summer]].") != std::string::npos);
}
