// DOT diagrams: escaping, styles, rendering through Graphviz, the export CLI.
#include <catch2/catch.hpp>

#include <filesystem>

#include <regex>
#include <sstream>

#include "graph/graph_store.h"
#include "shell/dot_writer.h"
#include "shell/graphviz_render.h"
#include "test_util.h"

using ng::cli::DotGraph;

namespace {

using ng::testing::RunOn;

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

ng::Node MakeNode(ng::NodeId id, const std::string& label, ng::Properties p) {
  return ng::Node{id, {label}, std::move(p)};
}

}  // namespace

TEST_CASE("DOT strings escape quotes, backslashes and newlines", "[shell][dot]") {
  CHECK(ng::cli::DotQuote("plain") == "\"plain\"");
  CHECK(ng::cli::DotQuote("say \"no\"") == "\"say \\\"no\\\"\"");
  CHECK(ng::cli::DotQuote("C:\\path\\") == "\"C:\\\\path\\\\\"");
  CHECK(ng::cli::DotQuote("two\nlines") == "\"two\\nlines\"");
}

TEST_CASE("a statement full of quotes and backslashes renders as valid SVG", "[shell][dot]") {
  const std::string nasty = "He said \"\\\"no\\\" means \\\\no\\\\\" — and \"then\" left\\";
  DotGraph g;
  g.nodes.push_back(MakeNode(1, "Actor", {{"name", ng::Value("O\"Brien \\ Co")},
                                          {"kind", ng::Value("person")}}));
  g.nodes.push_back(MakeNode(2, "Statement", {{"text", ng::Value(nasty)}}));
  g.relationships.push_back(ng::Relationship{7, "SAID", 1, 2, {}});
  std::ostringstream dot;
  ng::cli::WriteDot(g, {"a \"quoted\" title \\"}, dot);
  // The whole text is in the tooltip, escaped; the caption is cut with an ellipsis.
  CHECK(dot.str().find(ng::cli::DotQuote(nasty)) != std::string::npos);
  CHECK(dot.str().find("…") != std::string::npos);
  std::string svg = ng::cli::RenderGraphviz(dot.str(), "svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(Count(svg, "class=\"node\"") == 2);
  CHECK(Count(svg, "class=\"edge\"") == 1);
  // Graphviz read the title back intact (XML-escaped in the SVG).
  CHECK(svg.find("a &quot;quoted&quot; title \\") != std::string::npos);
}

TEST_CASE("shapes and colours come from label and actor kind", "[shell][dot]") {
  DotGraph g;
  g.nodes.push_back(MakeNode(1, "Actor", {{"name", ng::Value("Iraq")}, {"kind", ng::Value("country")}}));
  g.nodes.push_back(MakeNode(2, "Actor", {{"name", ng::Value("KH")}, {"kind", ng::Value("armed_group")}}));
  g.nodes.push_back(MakeNode(3, "Event", {{"label", ng::Value("talks")}}));
  g.nodes.push_back(MakeNode(4, "Article", {{"title", ng::Value("T")}, {"name", ng::Value("f.txt")}}));
  std::ostringstream dot;
  ng::cli::WriteDot(g, {}, dot);
  CHECK(dot.str().find("n1 [label=\"Iraq\", tooltip=\"Iraq\", shape=box") != std::string::npos);
  CHECK(dot.str().find("n2 [label=\"KH\", tooltip=\"KH\", shape=octagon") != std::string::npos);
  CHECK(dot.str().find("n3 [label=\"talks\", tooltip=\"talks\", shape=hexagon") != std::string::npos);
  CHECK(dot.str().find("n4 [label=\"T\"") != std::string::npos);  // an article by its title
}

TEST_CASE("Graphviz refuses DOT it cannot read with a clear error", "[shell][dot]") {
  CHECK_THROWS_AS(ng::cli::RenderGraphviz("digraph { a -> ", "svg"), ng::Error);
}

TEST_CASE("export --format svg --query draws the query's part of the graph", "[shell][dot]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db");
  auto ng_run = [&](const std::vector<std::string>& args) { return RunOn(db, args); };
  REQUIRE(ng_run({"query", "CREATE (a:Actor {name: 'A', kind: 'country'})-[:SAID]->"
                           "(s:Statement {text: 'x'})-[:ABOUT]->(b:Actor {name: 'B'}), "
                           "(c:Actor {name: 'C'})"}).exit_code == 0);
  auto r = ng_run({"export", "--format", "svg", "-q",
                   "MATCH p = (:Actor {name: 'A'})-[:SAID]->()-[:ABOUT]->() RETURN p", "-o",
                   dir.Sub("p.svg")});
  REQUIRE(r.exit_code == 0);
  std::string svg = ng::testing::ReadFile(dir.Sub("p.svg"));
  CHECK(Count(svg, "class=\"node\"") == 3);  // A, the statement, B — not C
  CHECK(Count(svg, "class=\"edge\"") == 2);
  r = ng_run({"export", "--format", "dot"});
  CHECK(Count(r.out, " -> ") == 2);
  CHECK(Count(r.out, "[label=") == 4 + 2);
  r = ng_run({"export", "--format", "gif"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("unknown export format 'gif'") != std::string::npos);
  // A query with nothing to draw says so, instead of a title alone (issue 20: WHO SAID).
  r = ng_run({"export", "--format", "svg", "-q", "WHO SAID ABOUT 'B'", "-o", dir.Sub("none.svg")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("nothing to draw") != std::string::npos);
  CHECK(r.err.find("said --about NAME --format dot") != std::string::npos);
}

TEST_CASE("a drawing past --max-nodes is refused with a way to narrow it", "[shell][dot]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db");
  auto ng_run = [&](const std::vector<std::string>& args) { return RunOn(db, args); };
  // A star of 30 actors around one: 31 nodes, 30 relationships.
  REQUIRE(ng_run({"query", "CREATE (h:Actor {name: 'Hub'}) WITH h UNWIND range(1, 30) AS i "
                           "CREATE (:Actor {name: 'A' + toString(i)})-[:SAID]->(h)"}).exit_code == 0);
  auto r = ng_run({"export", "--format", "svg", "--max-nodes", "20", "-o", dir.Sub("big.svg")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("31 nodes and 30 relationships (more than --max-nodes 20)") != std::string::npos);
  CHECK(r.err.find("narrow --query") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.Sub("big.svg")));
  // Within the budget (the default is 500) it is drawn; DOT text has no budget.
  CHECK(ng_run({"export", "--format", "svg", "-o", dir.Sub("ok.svg")}).exit_code == 0);
  CHECK(ng_run({"export", "--format", "svg", "--max-nodes", "20", "-q",
                "MATCH p = (:Actor {name: 'A1'})-->() RETURN p", "-o", dir.Sub("small.svg")})
            .exit_code == 0);
  CHECK(ng_run({"export", "--format", "dot", "--max-nodes", "20"}).exit_code == 0);
}

TEST_CASE("control characters in names are drawn in caret notation, never cut a DOT string",
          "[shell][dot]") {
  // Once a NUL in a stored name ended Graphviz's string mid-way (issue 17).
  std::string name = std::string("Vera") + '\0' + "Lind" + '\x1b';
  CHECK(ng::cli::DotQuote(name) == "\"Vera^@Lind^[\"");
  DotGraph g;
  g.nodes.push_back(MakeNode(1, "Actor", {{"name", ng::Value(name)}}));
  std::ostringstream dot;
  ng::cli::WriteDot(g, {}, dot);
  CHECK(dot.str().find('\0') == std::string::npos);
  std::string svg = ng::cli::RenderGraphviz(dot.str(), "svg");
  CHECK(svg.find("Vera^@Lind^[") != std::string::npos);
}

// A PNG or PDF written to a terminal poured binary into it (issue 20, and 17's
// output checks): refused there, written when stdout is a pipe or a file.
// The terminal is a real pseudo-terminal from util-linux's `script`.
TEST_CASE("a binary drawing is refused on a terminal and written to a pipe", "[shell][dot]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db");
  REQUIRE(RunOn(db, {"query", "CREATE (:Actor {name: 'Alda'})-[:SAID]->(:Statement {text: 'hi'})"}).exit_code == 0);
  const std::string command = ng::testing::NewsgraphBinary() + " --db " + db + " export --format png";
  auto tty = ng::testing::RunCommand({"/usr/bin/env", "script", "-qec", command, "/dev/null"});
  CHECK(tty.exit_code == 1);
  CHECK(tty.out.find("a png drawing is binary: write it to a file with -o FILE.png") != std::string::npos);
  CHECK(tty.out.find("PNG") == std::string::npos);  // no image bytes reached the terminal
  // "-o -" names stdout: the same terminal, refused too (it poured PDF into it).
  const std::string to_dash = ng::testing::NewsgraphBinary() + " --db " + db + " export --format pdf -o -";
  tty = ng::testing::RunCommand({"/usr/bin/env", "script", "-qec", to_dash, "/dev/null"});
  CHECK(tty.exit_code == 1);
  CHECK(tty.out.find("a pdf drawing is binary") != std::string::npos);
  CHECK(tty.out.find("%PDF") == std::string::npos);
  auto piped = RunOn(db, {"export", "--format", "png"});
  CHECK(piped.exit_code == 0);
  CHECK(piped.out.substr(0, 8) == "\x89PNG\r\n\x1a\n");
}
