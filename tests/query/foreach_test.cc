// FOREACH (x IN list | update clauses): the body runs once per item, rows
// pass on unchanged; only update clauses may stand in it.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

TEST_CASE("FOREACH runs its body once per item, with the row's variables", "[query][foreach]") {
  QueryFixture f;
  f.Run("CREATE (:Actor {name: 'A'})");
  f.Run("MATCH (a:Actor) FOREACH (t IN ['x', 'y'] | CREATE (a)-[:SAID]->(:Statement {text: t}))");
  CHECK(f.Lines("MATCH (:Actor)-[:SAID]->(s) RETURN s.text ORDER BY s.text") == "\"x\"\n\"y\"\n");
  // The rows after it are the rows before it.
  CHECK(f.Lines("MATCH (s:Statement) WITH collect(s) AS all FOREACH (s IN all | SET s.seen = true) "
                "RETURN size(all)") == "2\n");
  CHECK(f.Lines("MATCH (s:Statement) WHERE s.seen RETURN count(*)") == "2\n");
  // Nested, each level binding its own item; a null list runs nothing.
  f.Run("FOREACH (x IN [1, 2] | FOREACH (y IN [10, 20] | CREATE (:N {v: x * y})))");
  CHECK(f.Lines("MATCH (n:N) RETURN n.v ORDER BY n.v") == "10\n20\n20\n40\n");
  f.Run("FOREACH (x IN null | CREATE (:Never))");
  CHECK(f.Lines("MATCH (n:Never) RETURN count(n)") == "0\n");
}

TEST_CASE("FOREACH refuses reading clauses, a non-list, and a name already bound", "[query][foreach]") {
  QueryFixture f;
  CHECK(f.ErrorOf("FOREACH (x IN [1] | MATCH (n) RETURN n)").find("FOREACH holds only") != std::string::npos);
  CHECK(f.ErrorOf("FOREACH (x IN 5 | CREATE (:N))").find("TypeError") == 0);
  CHECK(f.ErrorOf("MATCH (a) FOREACH (a IN [1] | CREATE (:N))").find("VariableAlreadyBound") != std::string::npos);
  CHECK(f.ErrorOf("FOREACH (x IN [1] CREATE (:N))").find("SyntaxError") == 0);  // the '|' is required
}
