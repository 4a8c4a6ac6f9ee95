// CASE, list and pattern comprehensions, quantifiers, reduce, pattern
// predicates and EXISTS: values worked out by hand on small lists and a
// three-node graph.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

TEST_CASE("quantifiers follow three-valued logic", "[query][expressions]") {
  QueryFixture f;
  CHECK(f.One("RETURN all(x IN [1, 2, 3] WHERE x > 0)") == "true");
  CHECK(f.One("RETURN all(x IN [1, 2, null] WHERE x > 0)") == "null");
  CHECK(f.One("RETURN all(x IN [1, -2, null] WHERE x > 0)") == "false");
  CHECK(f.One("RETURN any(x IN [null, 5] WHERE x > 4)") == "true");
  CHECK(f.One("RETURN any(x IN [null, 3] WHERE x > 4)") == "null");
  CHECK(f.One("RETURN none(x IN [1, 2] WHERE x > 4)") == "true");
  CHECK(f.One("RETURN none(x IN [1, 5] WHERE x > 4)") == "false");
  CHECK(f.One("RETURN single(x IN [1, 5] WHERE x > 4)") == "true");
  CHECK(f.One("RETURN single(x IN [6, 5] WHERE x > 4)") == "false");
  CHECK(f.One("RETURN single(x IN [5, null] WHERE x > 4)") == "null");
  // On an empty list: all and none hold, any and single do not.
  CHECK(f.Lines("RETURN all(x IN [] WHERE false), any(x IN [] WHERE true), none(x IN [] WHERE true), "
                "single(x IN [] WHERE true)") == "true,false,true,false\n");
  CHECK(f.One("RETURN all(x IN null WHERE x)") == "null");
  CHECK(f.ErrorOf("RETURN any(x IN [1, 2] WHERE x)").find("TypeError") == 0);
  CHECK(f.ErrorOf("RETURN any(x IN 7 WHERE x > 1)").find("TypeError") == 0);
}

TEST_CASE("list comprehensions filter and map with a variable of their own", "[query][expressions]") {
  QueryFixture f;
  CHECK(f.One("RETURN [x IN range(1, 6) WHERE x % 2 = 0 | x * x]") == "[4,16,36]");
  CHECK(f.One("RETURN [x IN ['a', 'b'] | x + '!']") == "[\"a!\",\"b!\"]");
  CHECK(f.One("RETURN [x IN [3, null, 1] WHERE x > 1]") == "[3]");
  CHECK(f.One("RETURN [x IN [1, 2]]") == "[1,2]");
  // The variable is the comprehension's own: an outer x is untouched.
  CHECK(f.One("WITH 10 AS x RETURN [x IN [1] | x] + x") == "[1,10]");
  CHECK(f.ErrorOf("RETURN [x IN [1] | x], x").find("SyntaxError") == 0);
  // A list of parenthesised expressions is still a list.
  CHECK(f.One("RETURN [(1 + 2) * 2, (3)]") == "[6,3]");
}

TEST_CASE("reduce folds a list into one value", "[query][expressions]") {
  QueryFixture f;
  CHECK(f.One("RETURN reduce(total = 0, x IN [1, 2, 3, 4] | total + x)") == "10");
  CHECK(f.One("RETURN reduce(s = '', w IN ['a', 'b', 'c'] | s + w)") == "\"abc\"");
  CHECK(f.One("RETURN reduce(total = 5, x IN [] | total + x)") == "5");
  CHECK(f.One("RETURN reduce(total = 0, x IN null | total + x)") == "null");
}

TEST_CASE("CASE picks the first branch that holds", "[query][expressions]") {
  QueryFixture f;
  CHECK(f.One("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END") == "\"two\"");
  CHECK(f.One("RETURN CASE 9 WHEN 1 THEN 'one' ELSE 'many' END") == "\"many\"");
  CHECK(f.One("RETURN CASE 9 WHEN 1 THEN 'one' END") == "null");
  CHECK(f.One("RETURN CASE null WHEN null THEN 'null matched' ELSE 'no' END") == "\"no\"");
  CHECK(f.One("RETURN CASE WHEN 1 > 2 THEN 'a' WHEN 2 > 1 THEN 'b' END") == "\"b\"");
  CHECK(f.One("RETURN CASE WHEN null THEN 'a' ELSE 'b' END") == "\"b\"");
  CHECK(f.Lines("UNWIND [1, 2, 3] AS n RETURN CASE WHEN n < 2 THEN 'small' ELSE 'big' END AS size, "
                "count(*) ORDER BY size") == "\"big\",2\n\"small\",1\n");
}

TEST_CASE("patterns in expressions match from the row they are in", "[query][expressions]") {
  QueryFixture f;
  f.Run("CREATE (a:P {name: 'a'})-[:KNOWS]->(b:P {name: 'b'}), (a)-[:KNOWS]->(c:P {name: 'c'}), "
        "(c)-[:LIKES]->(b)");
  CHECK(f.Lines("MATCH (p:P) WHERE (p)-[:KNOWS]->() RETURN p.name") == "\"a\"\n");
  CHECK(f.Lines("MATCH (p:P) WHERE NOT (p)-->() RETURN p.name") == "\"b\"\n");
  CHECK(f.Lines("MATCH (x:P), (y:P) WHERE (x)-[:LIKES]->(y) RETURN x.name, y.name") == "\"c\",\"b\"\n");
  CHECK(f.One("MATCH (p:P {name: 'a'}) RETURN [(p)-[:KNOWS]->(q) WHERE q.name > 'b' | q.name]") ==
        "[\"c\"]");
  CHECK(f.One("MATCH (p:P {name: 'b'}) RETURN size([(p)<--(q) | q])") == "2");
  CHECK(f.One("MATCH (p:P {name: 'a'}) RETURN exists((p)<--())") == "false");
  CHECK(f.Lines("MATCH (p:P) WHERE EXISTS { MATCH (p)-->(q) WHERE q.name = 'b' } RETURN p.name "
                "ORDER BY p.name") == "\"a\"\n\"c\"\n");
  // A pattern is tested, not returned; it cannot bring in new variables.
  CHECK(f.ErrorOf("MATCH (p) RETURN (p)-->()").find("SyntaxError") == 0);
  CHECK(f.ErrorOf("MATCH (p) WHERE (p)-->(q) RETURN p").find("UndefinedVariable") != std::string::npos);
  CHECK(f.ErrorOf("MATCH (p) WHERE (p) RETURN p").find("InvalidArgumentType") != std::string::npos);
}

TEST_CASE("a label test on a relationship asks for its type", "[query][expressions]") {
  QueryFixture f;
  f.Run("CREATE ()-[:LIKES]->(), ()-[:KNOWS]->()");
  CHECK(f.Lines("MATCH ()-[r]->() RETURN type(r), r:LIKES ORDER BY type(r)") ==
        "\"KNOWS\",false\n\"LIKES\",true\n");
}

TEST_CASE("functions after a write see what it changed", "[query][expressions]") {
  QueryFixture f;
  f.Run("CREATE (:A {x: 1})");
  CHECK(f.One("MATCH (n:A) SET n:B REMOVE n.x RETURN [labels(n), keys(n)]") == "[[\"A\",\"B\"],[]]");
  CHECK(f.ErrorOf("MATCH (n:A) DELETE n RETURN labels(n)").find("EntityNotFound") == 0);
}
