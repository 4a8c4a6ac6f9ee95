// ORDER BY … LIMIT sorts only the first SKIP + LIMIT rows (a partial sort):
// the rows must be those of the whole stable sort, ties in their order.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

TEST_CASE("ORDER BY with LIMIT picks what the whole sort would, ties in order", "[query][topk]") {
  QueryFixture f;
  const std::string rows = "UNWIND range(1, 60) AS i WITH i, i % 7 AS k, (i * 13) % 5 AS m ";
  for (const std::string& order : {"k", "k DESC", "k, m DESC", "m DESC, k"}) {
    std::string all = f.Lines(rows + "RETURN k, m, i ORDER BY " + order);
    std::vector<std::string> lines;
    for (size_t at = 0, next; (next = all.find('\n', at)) != std::string::npos; at = next + 1)
      lines.push_back(all.substr(at, next - at + 1));
    REQUIRE(lines.size() == 60);
    for (int skip : {0, 3, 58, 70})
      for (int limit : {0, 1, 5, 20, 100}) {
        std::string expected;
        for (int i = skip; i < skip + limit && i < 60; ++i) expected += lines[i];
        INFO(order << " SKIP " << skip << " LIMIT " << limit);
        CHECK(f.Lines(rows + "RETURN k, m, i ORDER BY " + order + " SKIP " + std::to_string(skip) +
                      " LIMIT " + std::to_string(limit)) == expected);
      }
  }
  // Aggregated groups too (what FastMatch hands on is cut the same way).
  CHECK(f.Lines("UNWIND range(1, 30) AS i RETURN i % 4 AS k, count(*) AS n ORDER BY n DESC, k LIMIT 2") ==
        "1,8\n2,8\n");
}
