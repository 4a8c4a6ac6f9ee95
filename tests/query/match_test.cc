// MATCH, WHERE, projections and aggregation on small hand-made graphs whose
// answers are worked out in the comments.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

namespace {

// a -> b -> c -> a (a triangle of KNOWS), plus d alone; a is a Person and
// an Admin, the others Person only.
void Triangle(QueryFixture& f) {
  f.Run("CREATE (a:Person:Admin {name: 'a', age: 30}), (b:Person {name: 'b', age: 40}), "
        "(c:Person {name: 'c', age: 50}), (d:Person {name: 'd'}), "
        "(a)-[:KNOWS {since: 2001}]->(b), (b)-[:KNOWS {since: 2002}]->(c), "
        "(c)-[:KNOWS {since: 2003}]->(a)");
}

}  // namespace

TEST_CASE("directions and relationship types select the right edges", "[query]") {
  QueryFixture f;
  Triangle(f);
  CHECK(f.Lines("MATCH (x {name: 'a'})-[:KNOWS]->(y) RETURN y.name") == "\"b\"\n");
  CHECK(f.Lines("MATCH (x {name: 'a'})<-[:KNOWS]-(y) RETURN y.name") == "\"c\"\n");
  CHECK(f.Lines("MATCH (x {name: 'a'})-[:KNOWS]-(y) RETURN y.name ORDER BY y.name") ==
        "\"b\"\n\"c\"\n");
  CHECK(f.Lines("MATCH (x {name: 'a'})-[:OTHER|KNOWS]->(y) RETURN y.name") == "\"b\"\n");
  CHECK(f.One("MATCH ()-[:OTHER]->() RETURN count(*)") == "0");
}

TEST_CASE("variable-length patterns never use a relationship twice", "[query]") {
  QueryFixture f;
  Triangle(f);
  // From a, following KNOWS forwards: b (1 hop), c (2), a again (3); a 4th
  // hop would reuse a->b, so the walk stops.
  CHECK(f.Lines("MATCH (x {name: 'a'})-[:KNOWS*]->(y) RETURN y.name") ==
        "\"b\"\n\"c\"\n\"a\"\n");
  CHECK(f.Lines("MATCH (x {name: 'a'})-[:KNOWS*2..3]->(y) RETURN y.name") == "\"c\"\n\"a\"\n");
  CHECK(f.Lines("MATCH (x {name: 'a'})-[:KNOWS*..1]->(y) RETURN y.name") == "\"b\"\n");
  // Undirected: two directions round the triangle, 3 hops each way at most.
  CHECK(f.One("MATCH (x {name: 'a'})-[*]-(y) RETURN count(*)") == "6");
  // A relationship list in pattern order and a path of matching length.
  CHECK(f.Lines("MATCH p = (x {name: 'a'})-[r:KNOWS*2]->(y) "
                "RETURN r[0].since, r[1].since, length(p), size(nodes(p))") ==
        "2001,2002,2,3\n");
}

TEST_CASE("a pattern matched from its right end still reads left to right", "[query]") {
  QueryFixture f;
  Triangle(f);
  // y is bound by name, so matching starts at the right end of the pattern.
  CHECK(f.Lines("MATCH p = (x)-[r:KNOWS*2]->(y {name: 'a'}) "
                "RETURN x.name, r[0].since, r[1].since, nodes(p)[0].name, nodes(p)[2].name") ==
        "\"b\",2002,2003,\"b\",\"a\"\n");
}

TEST_CASE("WHERE uses three-valued logic and the usual operators", "[query]") {
  QueryFixture f;
  Triangle(f);
  // d has no age: `d.age > 35` is null, so d is dropped both by the test
  // and by its negation.
  CHECK(f.Lines("MATCH (n:Person) WHERE n.age > 35 RETURN n.name ORDER BY n.name") ==
        "\"b\"\n\"c\"\n");
  CHECK(f.Lines("MATCH (n:Person) WHERE NOT n.age > 35 RETURN n.name") == "\"a\"\n");
  CHECK(f.Lines("MATCH (n:Person) WHERE n.age IS NULL RETURN n.name") == "\"d\"\n");
  CHECK(f.Lines("MATCH (n) WHERE n.name IN ['b', 'x'] OR n.name STARTS WITH 'c' "
                "RETURN n.name ORDER BY n.name") == "\"b\"\n\"c\"\n");
  CHECK(f.Lines("MATCH (n) WHERE n.name =~ '[ad]' RETURN n.name ORDER BY n.name") ==
        "\"a\"\n\"d\"\n");
  CHECK(f.Lines("MATCH (n:Admin) RETURN n.name") == "\"a\"\n");
  CHECK(f.One("RETURN 1 < 2 < 3") == "true");
  CHECK(f.One("RETURN 3 > 2 > 2") == "false");
  CHECK(f.One("RETURN null AND false") == "false");
  CHECK(f.One("RETURN null OR false") == "null");
}

TEST_CASE("aggregation groups by the other columns", "[query]") {
  QueryFixture f;
  Triangle(f);
  // Ages 30, 40, 50 and one missing: count(*) 4, count(n.age) 3, sum 120.
  CHECK(f.Lines("MATCH (n:Person) RETURN count(*), count(n.age), sum(n.age), avg(n.age), "
                "min(n.age), max(n.age)") == "4,3,120,40.0,30,50\n");
  CHECK(f.Lines("MATCH (n:Person) RETURN n:Admin AS admin, count(*) AS c ORDER BY c") ==
        "true,1\nfalse,3\n");
  CHECK(f.One("MATCH (n:Person) WHERE n.age > 100 RETURN count(*)") == "0");
  CHECK(f.One("MATCH (n:Person) WHERE n.age > 100 RETURN collect(n.name)") == "[]");
  CHECK(f.One("UNWIND [1, 1, 2, null] AS x RETURN count(DISTINCT x)") == "2");
  CHECK(f.Lines("MATCH (n:Person) WITH n ORDER BY n.name DESC LIMIT 2 RETURN collect(n.name)") ==
        "[\"d\",\"c\"]\n");
}

TEST_CASE("OPTIONAL MATCH keeps rows with nulls", "[query]") {
  QueryFixture f;
  Triangle(f);
  CHECK(f.Lines("MATCH (n:Person) OPTIONAL MATCH (n)-[:KNOWS]->(m) "
                "RETURN n.name, m.name ORDER BY n.name") ==
        "\"a\",\"b\"\n\"b\",\"c\"\n\"c\",\"a\"\n\"d\",null\n");
}

TEST_CASE("ORDER BY, SKIP, LIMIT and DISTINCT", "[query]") {
  QueryFixture f;
  CHECK(f.Lines("UNWIND [3, 1, 2, 1] AS x RETURN DISTINCT x ORDER BY x DESC") == "3\n2\n1\n");
  CHECK(f.Lines("UNWIND range(1, 10) AS x RETURN x SKIP 7") == "8\n9\n10\n");
  CHECK(f.Lines("UNWIND range(1, 10) AS x RETURN x ORDER BY x DESC SKIP 1 LIMIT 2") == "9\n8\n");
  // Nulls sort last ascending (openCypher's order).
  CHECK(f.Lines("UNWIND [2, null, 1] AS x RETURN x ORDER BY x") == "1\n2\nnull\n");
}

TEST_CASE("shortestPath and allShortestPaths find the fewest hops", "[query]") {
  QueryFixture f;
  // Two routes of two hops from s to t (via x and via y), one of three.
  f.Run("CREATE (s {name: 's'}), (t {name: 't'}), (x), (y), (z1), (z2), "
        "(s)-[:R]->(x)-[:R]->(t), (s)-[:R]->(y)-[:R]->(t), (s)-[:R]->(z1)-[:R]->(z2)-[:R]->(t)");
  CHECK(f.One("MATCH p = shortestPath((a {name: 's'})-[*..5]-(b {name: 't'})) RETURN length(p)") ==
        "2");
  CHECK(f.One("MATCH p = allShortestPaths((a {name: 's'})-[*..5]-(b {name: 't'})) "
              "RETURN count(p)") == "2");
  CHECK(f.One("MATCH p = shortestPath((a {name: 's'})-[*..1]-(b {name: 't'})) RETURN count(p)") ==
        "0");
}

TEST_CASE("parameters, functions and list indexing", "[query]") {
  QueryFixture f;
  ng::QueryOptions o;
  o.parameters["name"] = ng::ResultValue(std::string("Sudani"));
  o.parameters["n"] = ng::ParseParameterLiteral("[1, 2, 3]");
  CHECK(f.One("RETURN toUpper($name) + '!'", o) == "\"SUDANI!\"");
  CHECK(f.One("RETURN $n[-1] + size($n)", o) == "6");
  CHECK(f.One("RETURN coalesce(null, 'x')") == "\"x\"");
  CHECK(f.One("RETURN toInteger('42') + 1") == "43");
  CHECK(f.One("RETURN trim('  a ') + head([1, 2]) + last([3, 4])") == "\"a14\"");
  CHECK(f.One("RETURN range(1, 5, 2)") == "[1,3,5]");
  CHECK(f.One("RETURN toString(1.5)") == "\"1.5\"");
  CHECK(f.One("CREATE (n:X {a: 1})-[r:T]->(m) RETURN type(r) + labels(n)[0] + size(keys(n))") ==
        "\"TX1\"");
}
