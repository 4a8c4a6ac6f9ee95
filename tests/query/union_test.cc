// UNION and UNION ALL: rows of each query appended, duplicates dropped by
// UNION only; columns must agree and the two kinds cannot be mixed.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

TEST_CASE("UNION appends the rows of each query", "[query][union]") {
  QueryFixture f;
  f.Run("CREATE (:A {n: 1}), (:A {n: 2}), (:B {n: 2}), (:B {n: 3})");
  CHECK(f.Lines("MATCH (a:A) RETURN a.n AS n UNION ALL MATCH (b:B) RETURN b.n AS n") ==
        "1\n2\n2\n3\n");
  CHECK(f.Lines("MATCH (a:A) RETURN a.n AS n UNION MATCH (b:B) RETURN b.n AS n") == "1\n2\n3\n");
  CHECK(f.Lines("RETURN 1 AS x UNION RETURN 1 AS x UNION RETURN null AS x UNION RETURN null AS x") ==
        "1\nnull\n");
  auto columns = f.Run("RETURN 1 AS x UNION ALL RETURN 2 AS x").columns;
  CHECK(columns == std::vector<std::string>{"x"});
}

TEST_CASE("UNION refuses queries that do not fit together", "[query][union]") {
  QueryFixture f;
  CHECK(f.ErrorOf("RETURN 1 AS x UNION RETURN 2 AS y").find("DifferentColumnsInUnion") != std::string::npos);
  CHECK(f.ErrorOf("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x")
            .find("InvalidClauseComposition") != std::string::npos);
  CHECK(f.ErrorOf("RETURN 1 AS x UNION").find("SyntaxError") == 0);
}
