// FastMatch (MATCH over ids, query/fast_match.h) and the WHO SAID / WHAT DID
// rows over ids (query/statement_rows.h) must answer exactly as the general
// matcher does: each query runs both ways on graphs with the awkward cases
// (self-loops, parallel relationships, cycles, nodes without a label or a
// name, statements in no article or in two).
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "query_test_util.h"

using ng::testing::QueryFixture;

namespace {

ng::QueryOptions General() {
  ng::QueryOptions o;
  o.general_matcher_only = true;
  return o;
}

// Rows as JSON lines; sorted unless the query orders them.
std::string Rows(QueryFixture& f, const std::string& q, const ng::QueryOptions& o, bool sorted) {
  std::vector<std::string> lines;
  for (const auto& row : f.Run(q, o).rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) line += (i ? "," : "") + ng::ResultValueToJson(row[i]);
    lines.push_back(line);
  }
  if (sorted) std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

bool UsesFastMatch(QueryFixture& f, const std::string& q) {
  std::string plan;
  for (const auto& row : f.Run("EXPLAIN " + q).rows) plan += ng::ResultValueToText(row[0]) + "\n";
  return plan.find("over ids") != std::string::npos;
}

void CheckSame(QueryFixture& f, const std::string& q, bool fast = true) {
  INFO(q);
  if (fast) CHECK(UsesFastMatch(f, q));
  bool ordered = q.find("ORDER BY") != std::string::npos;
  CHECK(Rows(f, q, {}, !ordered) == Rows(f, q, General(), !ordered));
}

// Actors, statements, articles and events with random relationships between
// them, plus the hand-made awkward cases.
void RandomNews(QueryFixture& f, uint32_t seed) {
  std::mt19937 rng(seed);
  auto below = [&](int n) { return static_cast<int>(rng() % static_cast<uint32_t>(n)); };
  std::string q = "CREATE (hub:Actor {name: 'hub', kind: 'country'}), (lonely:Actor {name: 'lonely'}), "
                  "(nameless:Actor), (unlabelled {name: 'unlabelled'}), "
                  "(a0:Article {outlet: 'CNN', published: '2024-01-02'}), "
                  "(a1:Article {outlet: 'Rudaw', published: '2024-01-01'}), (e0:Event {label: 'talks'})";
  for (int i = 0; i < 8; ++i)
    q += ", (p" + std::to_string(i) + ":Actor:Person {name: 'p" + std::to_string(i) + "', kind: '" +
         (i % 2 ? "person" : "country") + "'})";
  for (int i = 0; i < 20; ++i) {
    std::string s = "s" + std::to_string(i);
    q += ", (" + s + ":Statement {text: 'words " + std::to_string(below(5)) + "', kind: '" +
         (i % 3 ? "direct" : "indirect") + "'" + (below(3) ? "" : ", date: '2024-01-0" + std::to_string(below(9)) + "'") + "})";
    q += ", (p" + std::to_string(below(8)) + ")-[:SAID]->(" + s + ")";
    if (below(4) == 0) q += ", (hub)-[:SAID]->(" + s + ")";
    q += ", (" + s + ")-[:ABOUT]->(" + (below(2) ? "hub" : "p" + std::to_string(below(8))) + ")";
    if (below(3) == 0) q += ", (" + s + ")-[:ABOUT]->(hub)";  // sometimes twice
    if (below(4) == 0) q += ", (" + s + ")-[:ABOUT]->(e0)";
    if (below(5) == 0) q += ", (" + s + ")-[:ABOUT]->(nameless)";
    int articles = below(3);
    for (int k = 0; k < articles; ++k) q += ", (" + s + ")-[:REPORTED_IN]->(a" + std::to_string(k) + ")";
  }
  q += ", (hub)-[:KNOWS]->(hub), (p1)-[:KNOWS]->(p2), (p2)-[:KNOWS]->(p1), (p2)-[:KNOWS]->(p3), "
       "(p3)-[:KNOWS]->(p4), (p4)-[:KNOWS]->(p2), (p5)-[:KNOWS]->(unlabelled), (p6)-[:KNOWS]->(p6)";
  f.Run(q);
}

const char* kQueries[] = {
    "MATCH (s:Actor)-[:SAID]->(st:Statement)-[:ABOUT]->(x:Actor) WHERE x.name = 'hub' RETURN count(*)",
    "MATCH (s:Actor)-[:SAID]->(st:Statement)-[:ABOUT]->(x:Actor {name: 'hub'}) "
    "RETURN s.name, count(*) AS n ORDER BY n DESC, s.name LIMIT 3",
    "MATCH (s)-[:SAID]->(st)-[:ABOUT]->(x) RETURN x.name, count(*) AS n ORDER BY n, x.name",
    "MATCH (s)-[:SAID]->(st)-[:ABOUT]->(x) RETURN count(*), count(*) AS again",
    "MATCH (st:Statement)-[:ABOUT]->(x) WITH x, count(st) AS c WHERE c > 1 RETURN x.name, c",
    "MATCH (s:Person)-[:SAID]->(st) WHERE st.kind = 'direct' AND s.kind = 'person' RETURN DISTINCT s.name",
    "MATCH (s:Person)-[:SAID]->(st) RETURN s.name, collect(st.text) AS said ORDER BY s.name",
    "MATCH (s:Person)-[:SAID]->(st) RETURN s.kind, max(st.text), min(s.name), count(DISTINCT st) "
    "ORDER BY s.kind",
    "MATCH (s)-[:SAID]->(st)-[:ABOUT]->(x:Person) RETURN DISTINCT x.name, s.name ORDER BY x.name, s.name",
    "MATCH (s)-[:SAID]->(st)-[:ABOUT]->(x) RETURN 'all' AS k, count(x), count(DISTINCT x.kind)",
    "MATCH (s)-[:SAID]->(st)-[:ABOUT]->(x) RETURN s.name, sum(size(st.text)) ORDER BY s.name",
    "MATCH (n:Actor) RETURN count(*)",
    "MATCH (n) RETURN count(*)",
    "MATCH (n:Actor:Person) RETURN n.name ORDER BY n.name DESC",
    "MATCH (a)-[:KNOWS]-(b) RETURN a.name, b.name ORDER BY a.name, b.name",
    "MATCH (a)-[:KNOWS]->(b)-[:KNOWS]->(c) RETURN a.name, c.name ORDER BY a.name, c.name",
    "MATCH (a)-[:KNOWS]-(b)-[:KNOWS]-(c) RETURN count(*)",
    "MATCH (a)-[:KNOWS]-(b)-[:KNOWS]-(a) RETURN a.name, b.name ORDER BY a.name, b.name",
    "MATCH (a)-[]-(b)-[]-(c) RETURN count(*)",
    "MATCH (a)<-[:ABOUT]-(s)-[:ABOUT]->(b) WHERE a.name = 'hub' RETURN b.name, count(*) ORDER BY b.name",
    "MATCH (a {name: 'hub'})-[*1..2]-(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'hub'})-[*0..2]-(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'p1'})-[:KNOWS*1..3]->(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'p1'})<-[:KNOWS*1..2]-(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'p2'})-[:KNOWS*]-(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'p6'})-[:KNOWS*1..1]-(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'hub'})-[:KNOWS*1..2]-(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'p3'})-[:KNOWS*1..2]-(b:Actor) RETURN count(DISTINCT b) AS n",
    "MATCH (b)-[:KNOWS*1..3]-(a:Actor {name: 'p1'}) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'p1'})-[*1..3]-(b) WITH count(DISTINCT b) AS n RETURN n + 1",
    "MATCH (a {name: 'lonely'})-[*1..3]-(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'nobody'})-[*1..3]-(b) RETURN count(DISTINCT b)",
    "MATCH (a {name: 'hub'})-[*1..2]-(b) WHERE b <> a RETURN count(DISTINCT b)",
    "MATCH (a {name: 'p2'})-[:KNOWS*1..3]-(b) WHERE a <> b RETURN count(DISTINCT b)",
    "MATCH (a)-[:KNOWS]-(b) WHERE id(a) = 12 RETURN b.name ORDER BY b.name",
    "MATCH (a)-[:SAID]->(b) WHERE id(a) = 999 RETURN count(*)",
};

}  // namespace

TEST_CASE("FastMatch answers as the general matcher does", "[query][fast]") {
  for (uint32_t seed : {1u, 2u, 3u}) {
    QueryFixture f;
    RandomNews(f, seed);
    for (const char* q : kQueries) CheckSame(f, q);
  }
}

TEST_CASE("FastMatch leaves what it cannot run to the general matcher", "[query][fast]") {
  QueryFixture f;
  RandomNews(f, 1);
  for (const char* q : {"MATCH (a)-[r:KNOWS]->(b) RETURN type(r), count(*)",   // relationship read
                        "MATCH p = (a)-[:KNOWS]->(b) RETURN count(p)",          // a path
                        "MATCH (a)-[:KNOWS]->(b) RETURN a.name LIMIT 2",        // stops early
                        "MATCH (a)-[:KNOWS]->(b) WHERE a.name < b.name RETURN count(*)",  // two variables
                        "OPTIONAL MATCH (a:Nothing) RETURN count(*)",
                        "MATCH (a {name: 'p1'})-[*2..3]-(b) RETURN count(DISTINCT b)",  // from 2 hops
                        "MATCH (a)-[:KNOWS]->(b) CREATE (:Seen) RETURN count(*)"}) {
    INFO(q);
    CHECK_FALSE(UsesFastMatch(f, q));
  }
}

TEST_CASE("count(DISTINCT b) over *1..k counts the start only round a cycle", "[query][fast]") {
  QueryFixture f;
  // a-b-c a path, d with two relationships to e, f with a self-loop, g in a triangle.
  f.Run("CREATE (a {name: 'a'})-[:R]->(b {name: 'b'})-[:R]->(c {name: 'c'}), "
        "(d {name: 'd'})-[:R]->(e {name: 'e'}), (d)-[:R]->(e), (x {name: 'f'})-[:R]->(x), "
        "(g {name: 'g'})-[:R]->(h)-[:R]->(i)-[:R]->(g)");
  auto count = [&](const std::string& start, const std::string& rel) {
    return f.One("MATCH (s {name: '" + start + "'})" + rel + "(t) RETURN count(DISTINCT t)");
  };
  CHECK(count("a", "-[*1..2]-") == "2");
  CHECK(count("b", "-[*1..2]-") == "2");
  CHECK(count("d", "-[*1..2]-") == "2");   // d-e-d: two relationships
  CHECK(count("d", "-[*1..1]-") == "1");
  CHECK(count("f", "-[*1..1]-") == "1");   // the self-loop
  CHECK(count("g", "-[*1..2]-") == "2");
  CHECK(count("g", "-[*1..3]-") == "3");   // round the triangle
  CHECK(count("g", "-[*1..3]->") == "3");
  CHECK(count("g", "<-[*1..2]-") == "2");
  for (const std::string& s : {"a", "b", "d", "f", "g"})
    for (const std::string& r : {"-[*1..2]-", "-[*1..3]-", "-[*0..2]-", "-[*1..3]->", "<-[*1..3]-"}) {
      std::string q = "MATCH (s {name: '" + s + "'})" + r + "(t) RETURN count(DISTINCT t)";
      CheckSame(f, q);
    }
}

TEST_CASE("WHO SAID and WHAT DID over ids give the compiled statement's rows", "[query][fast][shortcut]") {
  for (uint32_t seed : {1u, 2u, 3u, 4u}) {
    QueryFixture f;
    RandomNews(f, seed);
    for (const char* q : {"WHO SAID ABOUT 'hub'", "WHO SAID ABOUT 'p3'", "WHO SAID ABOUT 'lonely'",
                          "WHAT DID 'hub' SAY", "WHAT DID 'p2' SAY ABOUT 'hub'",
                          "WHO SAID ABOUT 'hub' WHERE kind = 'direct' RETURN speaker, count(*) AS n "
                          "ORDER BY n DESC, speaker"}) {
      INFO(q << " seed " << seed);
      CHECK(Rows(f, q, {}, false) == Rows(f, q, General(), false));
    }
  }
}

TEST_CASE("PROFILE shows FastMatch's matches and db hits, EXPLAIN its operators", "[query][fast]") {
  QueryFixture f;
  RandomNews(f, 1);
  std::string q = "MATCH (s)-[:SAID]->(st:Statement)-[:ABOUT]->(x {name: 'hub'}) RETURN count(*)";
  ng::ResultSet r = f.Run("PROFILE " + q);
  REQUIRE(!r.plan.empty());
  CHECK(r.plan[0].name.find("over ids") != std::string::npos);
  CHECK(std::to_string(r.plan[0].rows) == f.One(q));
  CHECK(r.plan[0].db_hits > 0);
  std::string plan;
  for (const auto& row : f.Run("EXPLAIN " + q).rows) plan += ng::ResultValueToText(row[0]) + "\n";
  CHECK(plan.find("NodeByName(x) → ExpandIds(x)<-[:ABOUT]-(st) → ExpandIds(st)<-[:SAID]-(s)") !=
        std::string::npos);
  CHECK(plan.find("records read for: none") != std::string::npos);
}

TEST_CASE("a reach count past a few thousand nodes (the visited set changes form)", "[query][fast]") {
  QueryFixture f;
  // A hub with 5,000 leaves, every tenth leaf with a second leaf of its own,
  // and one leaf tied back to the hub twice (a cycle through the start).
  f.Run("CREATE (h:Hub {name: 'h'}) WITH h UNWIND range(1, 5000) AS i "
        "CREATE (h)-[:R]->(l:Leaf {i: i}) WITH l, i WHERE i % 10 = 0 CREATE (l)-[:R]->(:Leaf {i: -i})");
  f.Run("MATCH (h:Hub), (l:Leaf {i: 7}) CREATE (l)-[:R]->(h)");
  for (const char* q : {"MATCH (a {name: 'h'})-[*1..2]-(b) RETURN count(DISTINCT b)",
                        "MATCH (a {name: 'h'})-[*1..3]->(b) RETURN count(DISTINCT b)",
                        "MATCH (a {name: 'h'})-[*1..2]-(b) WHERE b <> a RETURN count(DISTINCT b)"})
    CheckSame(f, q);
  CHECK(f.One("MATCH (a {name: 'h'})-[*1..2]-(b) RETURN count(DISTINCT b)") == "5501");
}
