// NEIGHBOURS, PATH, WHO SAID and WHAT DID on a hand-made news graph.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

namespace {

// Sudani (alias 'al-Sudani') says s1 about the US; a spokesman says s2 about
// the US and Iraq; the US says s3 about Sudani. s1 and s2 are in article A
// (outlet CNN), s3 in article B (outlet Rudaw).
void NewsGraph(QueryFixture& f) {
  f.Run("CREATE (sudani:Actor {name: 'Mohammed Shia al-Sudani', kind: 'person', "
        "aliases: ['Sudani', 'al-Sudani']}), "
        "(us:Actor {name: 'United States', kind: 'country', aliases: ['US', 'U.S.']}), "
        "(iraq:Actor {name: 'Iraq', kind: 'country'}), "
        "(spox:Actor {name: 'a spokesman', kind: 'anonymous_source'}), "
        "(a:Article {file: 'a.txt', outlet: 'CNN', published: '2024-01-24'}), "
        "(b:Article {file: 'b.txt', outlet: 'Rudaw', published: '2024-01-25'}), "
        "(sudani)-[:SAID]->(s1:Statement {text: 'the coalition must go', kind: 'indirect'}), "
        "(spox)-[:SAID]->(s2:Statement {text: 'talks begin', kind: 'direct'}), "
        "(us)-[:SAID]->(s3:Statement {text: 'we support Sudani', kind: 'direct', date: '2024-01-20'}), "
        "(s1)-[:ABOUT]->(us), (s2)-[:ABOUT]->(us), (s2)-[:ABOUT]->(iraq), (s3)-[:ABOUT]->(sudani), "
        "(s1)-[:REPORTED_IN]->(a), (s2)-[:REPORTED_IN]->(a), (s3)-[:REPORTED_IN]->(b), "
        "(spox)-[:AFFILIATED_WITH]->(iraq)");
}

}  // namespace

TEST_CASE("WHO SAID ABOUT lists speakers, words, targets, outlet and date", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  ng::ResultSet r = f.Run("WHO SAID ABOUT 'us'");  // an alias, any case
  REQUIRE(r.columns == std::vector<std::string>{"speaker", "statement", "kind", "about", "outlet",
                                                "date"});
  // Both statements are in article A (2024-01-24); sorted by speaker then.
  CHECK(f.Lines("WHO SAID ABOUT 'United States'") ==
        "\"Mohammed Shia al-Sudani\",\"the coalition must go\",\"indirect\",[\"United States\"],"
        "\"CNN\",\"2024-01-24\"\n"
        "\"a spokesman\",\"talks begin\",\"direct\",[\"United States\",\"Iraq\"],\"CNN\","
        "\"2024-01-24\"\n");
}

TEST_CASE("WHAT DID … SAY, optionally about someone", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  CHECK(f.Lines("WHAT DID 'U.S.' SAY") ==
        "\"United States\",\"we support Sudani\",\"direct\",[\"Mohammed Shia al-Sudani\"],"
        "\"Rudaw\",\"2024-01-20\"\n");
  CHECK(f.Lines("WHAT DID 'a spokesman' SAY ABOUT 'Iraq'").find("talks begin") != std::string::npos);
  CHECK(f.Lines("WHAT DID 'Sudani' SAY ABOUT 'Iraq'").empty());
}

TEST_CASE("WHAT DID … SAY marks words the speaker did not say or hold as denied", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  f.Run("MATCH (us:Actor {name: 'United States'}), (b:Article {file: 'b.txt'}) "
        "CREATE (us)-[:SAID]->(s:Statement {text: 'for the raid', kind: 'indirect', negated: true}), "
        "(s)-[:REPORTED_IN]->(b)");
  const std::string expected =
      "\"United States\",\"we support Sudani\",\"direct\",[\"Mohammed Shia al-Sudani\"],\"Rudaw\",\"2024-01-20\"\n"
      "\"United States\",\"for the raid\",\"indirect, denied\",[],\"Rudaw\",\"2024-01-25\"\n";
  // Over ids, and by the Cypher the shortcut stands for: the same rows.
  CHECK(f.Lines("WHAT DID 'U.S.' SAY") == expected);
  ng::QueryOptions general;
  general.general_matcher_only = true;
  CHECK(f.Lines("WHAT DID 'U.S.' SAY", general) == expected);
}

TEST_CASE("NEIGHBOURS gives each node once with its distance", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  // Iraq itself at 0, then s2 (ABOUT) and the spokesman (AFFILIATED_WITH) at 1.
  ng::ResultSet one = f.Run("NEIGHBOURS OF 'Iraq'");
  REQUIRE(one.rows.size() == 3);
  CHECK(ng::ResultValueToJson(one.rows[0][0]) == "0");
  CHECK(one.rows[0][1].get_if<ng::Node>()->properties.at("name").AsString() == "Iraq");
  // 2 hops adds article A and the US (both from s2): 5 in all, each once.
  ng::ResultSet two = f.Run("NEIGHBOURS OF 'Iraq' DEPTH 2");
  CHECK(two.rows.size() == 5);
  CHECK(f.Lines("NEIGHBOURS OF 'Iraq' DEPTH 2").find(",\"ABOUT\"\n") != std::string::npos);
  // VIA restricts the relationship types followed.
  CHECK(f.Run("NEIGHBOURS OF 'Iraq' DEPTH 2 VIA AFFILIATED_WITH").rows.size() == 2);
}

TEST_CASE("PATH prints the shortest route hop by hop", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  // The spokesman -SAID-> s2 -ABOUT-> US is the only 2-hop route.
  CHECK(f.Lines("PATH FROM 'a spokesman' TO 'US'") ==
        "1,1,\"a spokesman\",\"-[:SAID]->\",\"\\\"talks begin\\\"\"\n"
        "1,2,\"\\\"talks begin\\\"\",\"-[:ABOUT]->\",\"United States\"\n");
  // Sudani and the US are 2 hops apart twice: through s1 and through s3.
  ng::ResultSet all = f.Run("PATH FROM 'Sudani' TO 'US' ALL");
  CHECK(all.rows.size() == 4);
  CHECK(ng::ResultValueToJson(all.rows.back()[0]) == "2");
  CHECK(f.ErrorOf("PATH FROM 'Sudani' TO 'US' MAX 1").find("EntityNotFound: no path") == 0);
}

TEST_CASE("unknown and ambiguous names are clear errors", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  f.Run("CREATE (:Actor {name: 'Iraq', kind: 'government_body'})");
  std::string ambiguous = f.ErrorOf("WHO SAID ABOUT 'iraq'");
  CHECK(ambiguous.find("ambiguous") != std::string::npos);
  CHECK(ambiguous.find("country") != std::string::npos);
  CHECK(ambiguous.find("government_body") != std::string::npos);
  CHECK(f.ErrorOf("WHO SAID ABOUT 'Atlantis'").find("EntityNotFound") == 0);
}

TEST_CASE("EXPLAIN shows the anchor the planner chose", "[query][plan]") {
  QueryFixture f;
  NewsGraph(f);
  auto plan = [&](const std::string& q) {
    std::string out;
    for (const auto& row : f.Run("EXPLAIN " + q).rows) out += *row[0].get_if<std::string>() + "\n";
    return out;
  };
  CHECK(plan("MATCH (a {name: 'Iraq'})<-[:ABOUT]-(s) RETURN s").find("NodeByName(a)") !=
        std::string::npos);
  CHECK(plan("MATCH (s:Statement)-[:ABOUT]->(a) RETURN s").find("NodeByLabelScan(s:Statement)") !=
        std::string::npos);
  CHECK(plan("MATCH (s)-->(a) RETURN s LIMIT 1").find("pushed down") != std::string::npos);
  // WHERE x.name = … anchors on the name index too, and gives the same rows.
  CHECK(plan("MATCH (s)-[:ABOUT]->(a) WHERE a.name = 'Iraq' AND s.kind = 'direct' RETURN s")
            .find("NodeByName(a)") != std::string::npos);
  CHECK(f.Lines("MATCH (s)-[:ABOUT]->(a) WHERE a.name = 'Iraq' AND s.kind = 'direct' "
                "RETURN s.text") == "\"talks begin\"\n");
  CHECK(f.Lines("MATCH (s)-[:ABOUT]->(a) WHERE a.name = 'iraq' RETURN s.text").empty());
  // id(x) = … anchors on that one node.
  CHECK(plan("MATCH (a)<-[:ABOUT]-(s) WHERE id(a) = 3 RETURN s").find("NodeById(a)") !=
        std::string::npos);
  CHECK(f.Lines("MATCH (a)<-[:ABOUT]-(s) WHERE id(a) = 3 RETURN s.text") == "\"talks begin\"\n");
  CHECK(plan("WHO SAID ABOUT 'Iraq'").find("Argument(target)") != std::string::npos);
  // EXPLAIN does not run the statement.
  f.Run("EXPLAIN CREATE (:Ghost)");
  CHECK(f.One("MATCH (g:Ghost) RETURN count(g)") == "0");
}

TEST_CASE("clauses after a shortcut run on its rows", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  // WHERE and LIMIT on WHO SAID's columns; the rows keep their order (by date).
  CHECK(f.Lines("WHO SAID ABOUT 'United States' WHERE kind = 'direct' RETURN speaker, statement") ==
        "\"a spokesman\",\"talks begin\"\n");
  CHECK(f.Lines("WHO SAID ABOUT 'United States' LIMIT 1 ").find("coalition must go") != std::string::npos);
  CHECK(f.Run("WHO SAID ABOUT 'United States' LIMIT 1").rows.size() == 1);
  CHECK(f.Lines("WHO SAID ABOUT 'United States' ORDER BY speaker DESC SKIP 1") .find("coalition") !=
        std::string::npos);
  CHECK(f.One("WHO SAID ABOUT 'United States' RETURN count(*)") == "2");
  CHECK(f.One("WHO SAID ABOUT 'United States' WITH speaker WHERE speaker STARTS WITH 'a' "
              "RETURN collect(speaker)") == "[\"a spokesman\"]");
  CHECK(f.One("NEIGHBOURS OF 'Iraq' WHERE distance = 1 RETURN count(*)") == "2");
  // Columns not there are compile-time errors naming where they are.
  CHECK(f.ErrorOf("WHO SAID ABOUT 'Iraq' WHERE nosuch = 1").find("UndefinedVariable") != std::string::npos);
}

TEST_CASE("shortcuts take $parameters for names", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  ng::QueryOptions o;
  o.parameters["who"] = ng::ResultValue(std::string("Iraq"));
  o.parameters["n"] = ng::ResultValue(int64_t{1});
  CHECK(f.Lines("WHO SAID ABOUT $who", o).find("talks begin") != std::string::npos);
  CHECK(f.Lines("WHAT DID 'a spokesman' SAY ABOUT $who", o).find("talks begin") != std::string::npos);
  CHECK(f.One("NEIGHBOURS OF $who RETURN count(*)", o) == "3");
  CHECK(f.ErrorOf("WHO SAID ABOUT $nobody", o).find("ParameterMissing") != std::string::npos);
  CHECK(f.ErrorOf("WHO SAID ABOUT $n", o).find("TypeError") == 0);
}

TEST_CASE("PATH … VIA keeps to the relationship types named", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  // Through any relationship the spokesman reaches Iraq in one hop (AFFILIATED_WITH);
  // through SAID|ABOUT it takes two, by way of what he said.
  CHECK(f.Run("PATH FROM 'a spokesman' TO 'Iraq'").rows.size() == 1);
  CHECK(f.Lines("PATH FROM 'a spokesman' TO 'Iraq' VIA SAID|ABOUT RETURN relationship") ==
        "\"-[:SAID]->\"\n\"-[:ABOUT]->\"\n");
}

TEST_CASE("PATH leaves provenance out unless VIA names it", "[query][shortcut]") {
  QueryFixture f;
  NewsGraph(f);
  // Both are mentioned in article C: one hop each way through it. Related
  // otherwise only by three hops: militia -SAID-> s4 -ABOUT-> us <-PART_OF- pentagon.
  f.Run("MATCH (us:Actor {name: 'United States'}) "
        "CREATE (m:Actor {name: 'Kataib Hezbollah', kind: 'armed_group'}), "
        "(p:Actor {name: 'Pentagon', kind: 'government_body'}), (c:Article {file: 'c.txt'}), "
        "(m)-[:MENTIONED_IN {count: 1}]->(c), (p)-[:MENTIONED_IN {count: 2}]->(c), "
        "(m)-[:SAID]->(s4:Statement {text: 'leave'}), (s4)-[:ABOUT]->(us), (p)-[:PART_OF]->(us), "
        "(s4)-[:REPORTED_IN]->(c)");
  CHECK(f.Lines("PATH FROM 'Kataib Hezbollah' TO 'Pentagon' RETURN relationship") ==
        "\"-[:SAID]->\"\n\"-[:ABOUT]->\"\n\"<-[:PART_OF]-\"\n");
  // Asked for, the article is the shortest way.
  CHECK(f.Lines("PATH FROM 'Kataib Hezbollah' TO 'Pentagon' VIA MENTIONED_IN RETURN to") ==
        "\"c.txt\"\n\"Pentagon\"\n");
  // Related through an article only: no path, and the message says why.
  f.Run("CREATE (:Actor {name: 'Lonely'})-[:MENTIONED_IN {count: 1}]->(:Article {file: 'd.txt'})"
        "<-[:MENTIONED_IN {count: 1}]-(:Actor {name: 'Other'})");
  std::string error = f.ErrorOf("PATH FROM 'Lonely' TO 'Other'");
  CHECK(error.find("EntityNotFound: no path") == 0);
  CHECK(error.find("VIA") != std::string::npos);
  CHECK(f.Run("PATH FROM 'Lonely' TO 'Other' VIA MENTIONED_IN").rows.size() == 2);
  // ALL keeps to the same types.
  CHECK(f.One("PATH FROM 'Kataib Hezbollah' TO 'Pentagon' ALL RETURN count(*)") == "3");
}

TEST_CASE("PATH on a graph of provenance alone finds no path rather than any", "[query][shortcut]") {
  QueryFixture f;
  // With no type left to follow, an empty type list would have meant every type.
  f.Run("CREATE (:Actor {name: 'A'})-[:MENTIONED_IN {count: 1}]->(:Article {file: 'x'})"
        "<-[:MENTIONED_IN {count: 1}]-(:Actor {name: 'B'})");
  CHECK(f.ErrorOf("PATH FROM 'A' TO 'B'").find("EntityNotFound: no path") == 0);
}
