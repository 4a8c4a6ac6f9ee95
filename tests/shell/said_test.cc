// `newsgraph said`: rows, filters, matrix, network and the cross-outlet view
// on a hand-made graph.
#include <catch2/catch.hpp>

#include <algorithm>

#include "test_util.h"

namespace {

struct SaidFixture {
  ng::testing::TempDir dir;
  std::string db = dir.Sub("db");

  SaidFixture() {
    // Outlet X gives "go home" to the PM, outlet Y to his spokesman; the PM
    // also speaks about Iraq; the US about the PM.
    auto r = Run({"query",
                  "CREATE (pm:Actor {name: 'Prime Minister Z', kind: 'person', aliases: ['Z']}), "
                  "(sp:Actor {name: 'spokesman', kind: 'anonymous_source'}), "
                  "(us:Actor {name: 'United States', kind: 'country', aliases: ['US']}), "
                  "(iq:Actor {name: 'Iraq', kind: 'country'}), "
                  "(x:Article {file: 'x.txt', outlet: 'X', published: '2024-01-01'}), "
                  "(y:Article {file: 'y.txt', outlet: 'Y', published: '2024-01-02'}), "
                  "(pm)-[:SAID]->(s1:Statement {text: 'go home', kind: 'partial', "
                  "    source: 'Z said the troops should \"go home\".'})-[:ABOUT]->(us), "
                  "(sp)-[:SAID]->(s2:Statement {text: 'Go home.', kind: 'partial'})-[:ABOUT]->(us), "
                  "(pm)-[:SAID]->(s3:Statement {text: 'we are ready', kind: 'direct'})-[:ABOUT]->(iq), "
                  "(us)-[:SAID]->(s4:Statement {text: 'Z is a partner', kind: 'direct'})-[:ABOUT]->(pm), "
                  "(s1)-[:REPORTED_IN]->(x), (s2)-[:REPORTED_IN]->(y), (s3)-[:REPORTED_IN]->(x), "
                  "(s4)-[:REPORTED_IN]->(y)"});
    REQUIRE(r.exit_code == 0);
  }

  ng::testing::CommandResult Run(std::vector<std::string> args) { return ng::testing::RunOn(db, args); }
};

size_t Lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

}  // namespace

TEST_CASE("said lists speaker, words, targets, outlet, date and sentence", "[shell][said]") {
  SaidFixture f;
  auto r = f.Run({"said", "--about", "US", "--format", "jsonl"});
  REQUIRE(r.exit_code == 0);
  REQUIRE(Lines(r.out) == 2);
  CHECK(r.out.find("{\"speaker\":\"Prime Minister Z\",\"kind\":\"partial\",\"said\":\"go home\","
                   "\"about\":[\"United States\"],\"outlet\":\"X\",\"date\":\"2024-01-01\","
                   "\"sentence\":\"Z said the troops should \\\"go home\\\".\",\"article\":\"x.txt\"}") !=
        std::string::npos);
  r = f.Run({"said", "--by", "z", "--format", "csv"});
  CHECK(Lines(r.out) == 3);  // header + two statements of the PM
  r = f.Run({"said", "--by", "Z", "--about", "Iraq", "--format", "jsonl"});
  CHECK(Lines(r.out) == 1);
  CHECK(r.out.find("we are ready") != std::string::npos);
}

TEST_CASE("said marks words the speaker did not say or hold as denied", "[shell][said]") {
  SaidFixture f;
  REQUIRE(f.Run({"query", "MATCH (us:Actor {name: 'United States'}), (y:Article {file: 'y.txt'}) "
                          "CREATE (us)-[:SAID]->(s:Statement {text: 'for the strikes', kind: 'indirect', "
                          "negated: true})-[:REPORTED_IN]->(y)"})
              .exit_code == 0);
  auto r = f.Run({"said", "--by", "US", "--format", "csv"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("United States,\"indirect, denied\",for the strikes,") != std::string::npos);
  CHECK(r.out.find("United States,direct,Z is a partner,") != std::string::npos);
}

TEST_CASE("said shows the same words given to different speakers side by side", "[shell][said]") {
  SaidFixture f;
  auto r = f.Run({"said"});
  REQUIRE(r.exit_code == 0);
  size_t section = r.out.find("The same words, different speakers");
  REQUIRE(section != std::string::npos);
  std::string cross = r.out.substr(section);
  CHECK(cross.find("| go home  | X      | Prime Minister Z |") != std::string::npos);
  CHECK(cross.find("| Go home. | Y      | spokesman        |") != std::string::npos);
  CHECK(cross.find("we are ready") == std::string::npos);
}

TEST_CASE("said lists words no actor said under the words naming their source, not by a speaker", "[shell][said]") {
  SaidFixture f;
  // Reported words whose source names no actor: no SAID, the source's words kept.
  auto c = f.Run({"query",
                  "MATCH (us:Actor {name: 'United States'}), (x:Article {file: 'x.txt'}), "
                  "(y:Article {file: 'y.txt'}) "
                  "CREATE (a:Statement {text: 'go home', kind: 'indirect', speaker_words: 'They'})-[:ABOUT]->(us), "
                  "(a)-[:REPORTED_IN]->(y), "
                  "(b:Statement {text: 'the base will close', kind: 'indirect'})-[:REPORTED_IN]->(x)"});
  REQUIRE(c.exit_code == 0);
  auto r = f.Run({"said", "--about", "US", "--format", "csv"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("(They),indirect,go home") != std::string::npos);
  r = f.Run({"said", "--format", "csv"});
  CHECK(r.out.find("(unknown),indirect,the base will close") != std::string::npos);
  // Asked for a speaker's words, none of them.
  r = f.Run({"said", "--by", "Z", "--format", "csv"});
  CHECK(r.out.find("(They)") == std::string::npos);
  // The same words from no known speaker are no second speaker of them.
  r = f.Run({"said"});
  size_t section = r.out.find("The same words, different speakers");
  REQUIRE(section != std::string::npos);
  CHECK(r.out.substr(section).find("(They)") == std::string::npos);
}

TEST_CASE("said --matrix counts statements per speaker and target", "[shell][said]") {
  SaidFixture f;
  auto r = f.Run({"said", "--matrix", "--format", "csv"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("speaker_id,speaker,target_id,target,statements\r\n") == 0);
  CHECK(Lines(r.out) == 5);  // header + PM→US, PM→Iraq, spokesman→US, US→PM
  r = f.Run({"said", "--matrix"});
  CHECK(r.out.find("speaker \\ about") != std::string::npos);
  r = f.Run({"said", "--format", "dot"});
  CHECK(r.out.find("digraph") == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '>') >= 4);
  CHECK(r.out.find("penwidth") != std::string::npos);
}

TEST_CASE("said names unknown and ambiguous actors clearly", "[shell][said]") {
  SaidFixture f;
  auto r = f.Run({"said", "--about", "Atlantis"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("EntityNotFound") != std::string::npos);
  f.Run({"query", "CREATE (:Actor {name: 'Iraq', kind: 'government_body'})"});
  r = f.Run({"said", "--about", "iraq"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("ambiguous") != std::string::npos);
  r = f.Run({"said", "--format", "xml"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("unknown output format") != std::string::npos);
}

TEST_CASE("stats counts actors by kind", "[shell][stats]") {
  SaidFixture f;
  auto r = f.Run({"stats"});
  REQUIRE(r.exit_code == 0);
  // Two countries, one person, one anonymous source; countries first (most).
  size_t by_kind = r.out.find("actors by kind");
  REQUIRE(by_kind != std::string::npos);
  size_t country = r.out.find("country", by_kind), person = r.out.find("person", by_kind);
  REQUIRE(country != std::string::npos);
  REQUIRE(person != std::string::npos);
  CHECK(country < person);
  CHECK(r.out.substr(country, r.out.find('\n', country) - country).back() == '2');
  CHECK(r.out.find("anonymous_source", by_kind) != std::string::npos);
}

TEST_CASE("said --about a country lists words about talks it took part in as a side", "[shell][said]") {
  SaidFixture f;
  // Talks whose sides another article named: the words about them name neither.
  auto r = f.Run({"query",
                  "MATCH (pm:Actor {name: 'Prime Minister Z'}), (us:Actor {name: 'United States'}), "
                  "(iq:Actor {name: 'Iraq'}) "
                  "CREATE (pm)-[:SAID]->(:Statement {text: 'the talks went well', kind: 'partial'})"
                  "-[:ABOUT]->(e:Event {type: 'talks', label: 'talks'}), "
                  "(us)-[:PARTICIPATED_IN {role: 'participant'}]->(e), "
                  "(iq)-[:PARTICIPATED_IN {role: 'participant'}]->(e), "
                  "(pm)-[:SAID]->(:Statement {text: 'the strike was wrong', kind: 'partial'})"
                  "-[:ABOUT]->(s:Event {type: 'airstrike', label: 'airstrike'}), "
                  "(us)-[:PARTICIPATED_IN {role: 'agent'}]->(s)"});
  REQUIRE(r.exit_code == 0);
  r = f.Run({"said", "--about", "US", "--format", "csv"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("the talks went well") != std::string::npos);
  // Only the sides of talks and agreements: the agent of a strike is what the words are about only
  // when the statement says so.
  CHECK(r.out.find("the strike was wrong") == std::string::npos);
  CHECK(Lines(r.out) == 4);  // header, "go home" twice, the talks
}

TEST_CASE("stats shows which label owns which property key", "[shell][stats]") {
  SaidFixture f;
  auto r = f.Run({"stats"});
  REQUIRE(r.exit_code == 0);
  size_t keys = r.out.find("property keys by label");
  REQUIRE(keys != std::string::npos);
  CHECK(r.out.find("  Article ", keys) != std::string::npos);
  CHECK(r.out.find("outlet 2", keys) != std::string::npos);  // both articles have one
  size_t actor = r.out.find("  Actor ", keys);
  REQUIRE(actor != std::string::npos);
  CHECK(r.out.substr(actor, r.out.find('\n', actor) - actor).find("kind 4") != std::string::npos);
}

TEST_CASE("said --format dot about one actor draws around it with the words in the edges' tooltips",
          "[shell][said]") {
  // Once a strip one node wide (dot's ranks, left to right) with the counts alone (issue 20).
  SaidFixture f;
  auto r = f.Run({"said", "--about", "US", "--format", "dot"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("layout=twopi, root=n") != std::string::npos);
  CHECK(r.out.find("tooltip=\"“go home”\"") != std::string::npos);
  r = f.Run({"said", "--format", "dot"});  // many targets: left to right as before
  CHECK(r.out.find("rankdir=LR") != std::string::npos);
  CHECK(r.out.find("twopi") == std::string::npos);
  r = f.Run({"said", "--matrix", "--format", "csv"});  // the words stay out of the data
  CHECK(r.out.find("go home") == std::string::npos);
}

TEST_CASE("said --format dot draws the busiest 30 pairs and says how many there are", "[shell][said]") {
  // Every pair of the samples (198) made a diagram of 2952×4042 pt (issue 20).
  SaidFixture f;
  REQUIRE(f.Run({"query", "MATCH (us:Actor {name: 'United States'}) UNWIND range(1, 35) AS i "
                          "CREATE (:Actor {name: 'speaker ' + toString(i)})-[:SAID]->"
                          "(:Statement {text: 'words ' + toString(i)})-[:ABOUT]->(us)"})
              .exit_code == 0);
  // The spokesman's three words about Iraq make the busiest pair.
  REQUIRE(f.Run({"query", "MATCH (sp:Actor {name: 'spokesman'}), (iq:Actor {name: 'Iraq'}) UNWIND range(1, 3) AS i "
                          "CREATE (sp)-[:SAID]->(:Statement {text: 'Iraq ' + toString(i)})-[:ABOUT]->(iq)"})
              .exit_code == 0);
  auto r = f.Run({"said", "--format", "dot"});
  REQUIRE(r.exit_code == 0);
  size_t edges = 0;
  for (size_t at = r.out.find(" -> "); at != std::string::npos; at = r.out.find(" -> ", at + 1)) ++edges;
  CHECK(edges == 30);  // of 4 + 35 + 1 = 40
  CHECK(r.out.find("(the 30 busiest of 40 pairs)") != std::string::npos);
  CHECK(r.out.find("label=\"3\"") != std::string::npos);  // spokesman → Iraq is kept
  CHECK(r.err.find("drew the 30 busiest of 40 speaker-target pairs") != std::string::npos);
  // Every pair is still in the data.
  r = f.Run({"said", "--matrix", "--format", "csv"});
  CHECK(Lines(r.out) == 41);
  // 30 pairs or fewer: all drawn, no note.
  r = f.Run({"said", "--by", "spokesman", "--format", "dot"});
  CHECK(r.err.empty());
  CHECK(r.out.find("busiest") == std::string::npos);
}

TEST_CASE("said --format dot --legend numbers the edges and lists each pair's words beside them",
          "[shell][said]") {
  // Tooltips hold the words on screen only; a printed diagram had none (issue 20).
  SaidFixture f;
  REQUIRE(f.Run({"query", "MATCH (sp:Actor {name: 'spokesman'}), (iq:Actor {name: 'Iraq'}) "
                          "CREATE (sp)-[:SAID]->(:Statement {text: 'a \"quoted\" \\\\ word'})-[:ABOUT]->(iq)"})
              .exit_code == 0);
  auto r = f.Run({"said", "--format", "dot", "--legend"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("  legend [shape=box") != std::string::npos);
  CHECK(r.out.find("Prime Minister Z → Iraq: “we are ready”\\l") != std::string::npos);
  // Quotes and backslashes escaped as in any label; the edge carries its number.
  CHECK(r.out.find("spokesman → Iraq: “a \\\"quoted\\\" \\\\ word”\\l") != std::string::npos);
  CHECK(r.out.find("label=\"1 [1]\"") != std::string::npos);
  // Without --legend, neither.
  r = f.Run({"said", "--format", "dot"});
  CHECK(r.out.find("legend") == std::string::npos);
  CHECK(r.out.find("[1]") == std::string::npos);
  // Only a diagram has one.
  r = f.Run({"said", "--legend"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("--legend goes with --format dot") != std::string::npos);
}
