// The real shell in a pseudo-terminal (tmux): typing, completion, modes,
// .output, an error, .quit — asserting on the screen and on files.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

#include "test_util.h"

namespace {

class Tmux {
 public:
  Tmux(const std::string& session, const std::string& command, int columns = 160, int rows = 50)
      : session_(session) {
    auto r = ng::testing::RunCommand({"/usr/bin/env", "tmux", "new-session", "-d", "-s", session_, "-x",
                                      std::to_string(columns), "-y", std::to_string(rows), command});
    started_ = r.exit_code == 0;
    error_ = r.err;
  }
  const std::string& error() const { return error_; }
  ~Tmux() { ng::testing::RunCommand({"/usr/bin/env", "tmux", "kill-session", "-t", session_}); }

  bool started() const { return started_; }
  void Type(std::string keys) {
    // tmux reads a final ';' as its own command separator: escape it.
    if (!keys.empty() && keys.back() == ';') keys.insert(keys.size() - 1, "\\");
    ng::testing::RunCommand({"/usr/bin/env", "tmux", "send-keys", "-t", session_, "-l", keys});
  }
  void Press(const std::string& key) {
    ng::testing::RunCommand({"/usr/bin/env", "tmux", "send-keys", "-t", session_, key});
  }
  std::string Screen() {
    return ng::testing::RunCommand({"/usr/bin/env", "tmux", "capture-pane", "-p", "-t", session_, "-S", "-200"}).out;
  }
  // The screen with the lines the terminal wrapped joined again: a line
  // wider than the pane shows as wider here.
  std::string JoinedScreen() {
    return ng::testing::RunCommand(
               {"/usr/bin/env", "tmux", "capture-pane", "-p", "-J", "-t", session_, "-S", "-2000"})
        .out;
  }
  // Waits up to 10 s for `text` to be on the screen.
  bool WaitFor(const std::string& text) {
    for (int i = 0; i < 200; ++i) {
      if (Screen().find(text) != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  // Types a command and waits for the prompt after it: keys typed while
  // the shell still works are echoed ahead of that prompt, on a line of
  // their own that is no output of the shell.
  bool Run(const std::string& command) {
    const std::string done = command + "\nnewsgraph>";
    auto count = [&] {
      const std::string screen = JoinedScreen();
      size_t n = 0;
      for (size_t at = screen.find(done); at != std::string::npos; at = screen.find(done, at + 1)) ++n;
      return n;
    };
    const size_t before = count();
    Type(command);
    Press("Enter");
    for (int i = 0; i < 200; ++i) {
      if (count() > before) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  bool Alive() {
    return ng::testing::RunCommand({"/usr/bin/env", "tmux", "has-session", "-t", session_}).exit_code == 0;
  }

 private:
  std::string session_;
  std::string error_;
  bool started_ = false;
};

}  // namespace

TEST_CASE("the shell in a terminal: multi-line input, completion, modes, output, errors",
          "[shell][tmux]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db");
  auto created = ng::testing::RunCommand(
      {ng::testing::NewsgraphBinary(), "--db", db, "query",
       "CREATE (us:Actor {name: 'United States', kind: 'country'}), "
       "(:Actor {name: 'Iraq', kind: 'country'})-[:SAID]->(:Statement {text: 'hello'})"
       "-[:ABOUT]->(us)"});
  REQUIRE(created.exit_code == 0);
  Tmux tmux("ngtest" + std::to_string(::getpid()),
            "env HOME=" + dir.path() + " NO_COLOR=1 TERM=xterm " + ng::testing::NewsgraphBinary() +
                " --db " + db + " shell; sleep 30");
  INFO(tmux.error());
  REQUIRE(tmux.started());
  REQUIRE(tmux.WaitFor("Type .help"));
  CHECK(tmux.WaitFor("3 nodes, 2 relationships"));

  // A statement over two lines runs at the ';'.
  tmux.Type("MATCH (a:Actor)");
  tmux.Press("Enter");
  REQUIRE(tmux.WaitFor("...>"));
  tmux.Type("RETURN count(a) AS actors;");
  tmux.Press("Enter");
  REQUIRE(tmux.WaitFor("| actors |"));
  CHECK(tmux.WaitFor("|      2 |"));  // numbers right-aligned

  // Completion of a dot-command and of an actor name inside quotes.
  // Each key waits for the screen to answer the one before: keys typed
  // ahead while the shell is busy are echoed by the terminal, not the
  // editor, and a completion shown late had failed this on a busy machine.
  tmux.Type(".mo");
  tmux.Press("Tab");
  REQUIRE(tmux.WaitFor("newsgraph> .mode"));
  REQUIRE(tmux.Run(" csv"));
  tmux.Type("WHO SAID ABOUT 'Unit");
  tmux.Press("Tab");
  CHECK(tmux.WaitFor("WHO SAID ABOUT 'United States'"));
  tmux.Type(";");
  tmux.Press("Enter");
  REQUIRE(tmux.WaitFor("speaker,statement,kind,about,outlet,date"));
  // The row may reach the pane a moment after the header on a busy machine.
  CHECK(tmux.WaitFor("\nIraq,hello,"));

  // .output sends results to a file until .output alone.
  tmux.Type(".output " + dir.Sub("out.csv"));
  tmux.Press("Enter");
  tmux.Type("RETURN 'in the file' AS y;");
  tmux.Press("Enter");
  tmux.Type(".output");
  tmux.Press("Enter");
  tmux.Type("RETURN 'on screen' AS z;");
  tmux.Press("Enter");
  REQUIRE(tmux.WaitFor("on screen"));
  CHECK(ng::testing::ReadFile(dir.Sub("out.csv")) == "y\r\nin the file\r\n");
  CHECK(tmux.Screen().find("\nin the file") == std::string::npos);  // only the typed line

  // An error shows the caret and the session goes on.
  tmux.Type("RETURN nosuch(1);");
  tmux.Press("Enter");
  REQUIRE(tmux.WaitFor("UnknownFunction"));
  CHECK(tmux.WaitFor("         ^"));
  tmux.Type("RETURN 'still here' AS w;");
  tmux.Press("Enter");
  REQUIRE(tmux.WaitFor("still here"));

  // A mistyped dot-command gets the one meant, and the session goes on.
  tmux.Type(".hlep");
  tmux.Press("Enter");
  CHECK(tmux.WaitFor("unknown command .hlep; did you mean .help?"));
  CHECK(tmux.Alive());

  // Ctrl-D on a statement half typed says so and keeps it (it left silently).
  tmux.Type("MATCH (a:Actor)");
  tmux.Press("Enter");
  REQUIRE(tmux.WaitFor("...>"));
  tmux.Press("C-d");
  REQUIRE(tmux.WaitFor("the statement is not finished"));
  CHECK(tmux.Alive());
  tmux.Type("RETURN count(a) AS kept_after_ctrl_d;");
  tmux.Press("Enter");
  REQUIRE(tmux.WaitFor("kept_after_ctrl_d"));

  tmux.Type(".quit");
  tmux.Press("Enter");
  // The shell has exited: the pane runs the `sleep` after it, with no prompt.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  std::string last = tmux.Screen();
  CHECK(last.rfind("newsgraph> ") < last.rfind(".quit"));
  // History is kept across sessions, multi-line statements as one entry
  // (libedit writes spaces as \040 and newlines as \012).
  std::string history = ng::testing::ReadFile(dir.Sub(".newsgraph_history"));
  for (auto [code, c] : {std::pair<std::string, std::string>{"\\040", " "}, {"\\012", "\n"}})
    for (size_t at; (at = history.find(code)) != std::string::npos;) history.replace(at, 4, c);
  CHECK(history.find("RETURN 'still here' AS w;") != std::string::npos);
  CHECK(history.find("MATCH (a:Actor)") != std::string::npos);
}

namespace {

// Columns of the widest line of `text` (code points) that is no typed input.
size_t WidestLine(const std::string& text) {
  size_t widest = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("newsgraph> ", 0) == 0) continue;  // the statement as typed
    size_t width = 0;
    for (unsigned char c : line) width += (c & 0xC0) != 0x80;
    widest = std::max(widest, width);
  }
  return widest;
}

}  // namespace

TEST_CASE("results fit the terminal at 80 and 120 columns - line mode - the pager - a name with an apostrophe completed",
          "[shell][tmux]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db");
  auto ingested = ng::testing::RunCommand({ng::testing::NewsgraphBinary(), "--db", db, "ingest",
                                           ng::testing::SourceDir() + "/samples"});
  REQUIRE(ingested.exit_code == 0);
  // ~/.newsgraphrc runs before the first prompt of an interactive session.
  ng::testing::WriteFile(dir.Sub(".newsgraphrc"), ".nullvalue (none)\n");
  for (int columns : {80, 120}) {
    INFO(columns << " columns");
    // The pager prefixes its lines, so what went through it shows.
    Tmux tmux("ngwidth" + std::to_string(::getpid()) + "_" + std::to_string(columns),
              "env HOME=" + dir.path() + " NO_COLOR=1 TERM=xterm 'PAGER=sed s/^/paged:/' " +
                  ng::testing::NewsgraphBinary() + " --db " + db + " shell; sleep 30",
              columns, 50);
    REQUIRE(tmux.started());
    REQUIRE(tmux.WaitFor("Type .help"));
    tmux.Type("RETURN null AS from_rc;");
    tmux.Press("Enter");
    CHECK(tmux.WaitFor("| (none)  |"));
    REQUIRE(tmux.Run(".pager off"));
    tmux.Type("WHO SAID ABOUT 'United States';");
    tmux.Press("Enter");
    REQUIRE(tmux.WaitFor(" rows\n"));
    std::string screen = tmux.JoinedScreen();
    CHECK(WidestLine(screen) <= static_cast<size_t>(columns));
    // A quotation longer than its column wraps inside it: its next words
    // are on the next line of the same cell, nothing is cut.
    CHECK(screen.find("…") == std::string::npos);
    CHECK(screen.find("|            |") != std::string::npos);  // a date cell continued empty

    // line mode: one `column = value` a line, the values wrapped to fit.
    REQUIRE(tmux.Run(".mode line"));
    tmux.Type("MATCH (s:Statement) WHERE size(s.text) > 150 RETURN s.text AS long_words LIMIT 1;");
    tmux.Press("Enter");
    REQUIRE(tmux.WaitFor("long_words = "));
    screen = tmux.JoinedScreen();
    INFO(screen);
    CHECK(WidestLine(screen) <= static_cast<size_t>(columns));

    // A result taller than the screen goes through the pager when it is on,
    // a short one never does.
    REQUIRE(tmux.Run(".mode table"));
    REQUIRE(tmux.Run(".pager on"));
    tmux.Type("UNWIND range(1, 80) AS i RETURN i AS paged_rows;");
    tmux.Press("Enter");
    CHECK(tmux.WaitFor("paged:| paged_rows |"));
    tmux.Type("RETURN 1 AS short_one;");
    tmux.Press("Enter");
    REQUIRE(tmux.WaitFor("| short_one |"));
    CHECK(tmux.Screen().find("paged:| short_one") == std::string::npos);
    REQUIRE(tmux.Run(".pager off"));
    tmux.Type("UNWIND range(1, 80) AS i RETURN i AS unpaged_rows;");
    tmux.Press("Enter");
    REQUIRE(tmux.WaitFor("| unpaged_rows |"));
    CHECK(tmux.JoinedScreen().find("paged:| unpaged_rows") == std::string::npos);

    // Completion of a name with an apostrophe gives a statement that parses.
    tmux.Type("MATCH (a:Actor) WHERE 'Kata\\'ib Hezb");
    tmux.Press("Tab");
    tmux.Type(" IN a.aliases RETURN a.name AS with_apostrophe;");
    tmux.Press("Enter");
    REQUIRE(tmux.WaitFor("| with_apostrophe  |"));
    CHECK(tmux.WaitFor("| Kataib Hezbollah |"));
    CHECK(tmux.Screen().find("SyntaxError") == std::string::npos);
  }
}
