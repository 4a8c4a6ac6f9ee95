// PATH on the samples: the route between two actors goes through what they
// said and did, not through an article both are mentioned in (issue 20).
#include <catch2/catch.hpp>

#include "test_util.h"

TEST_CASE("PATH on the samples keeps out of articles unless VIA names them", "[shell][path]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db");
  const std::string ng = ng::testing::NewsgraphBinary();
  REQUIRE(ng::testing::RunCommand({ng, "--db", db, "ingest", "--no-progress",
                                   ng::testing::SourceDir() + "/samples"})
              .exit_code == 0);
  auto path = [&](const std::string& query) {
    return ng::testing::RunCommand({ng, "--db", db, "query", "-F", "csv", query + " RETURN relationship, to"});
  };
  // Before, the shortest route was Kataib Hezbollah → Iran → an article ← Lloyd Austin.
  auto r = path("PATH FROM 'Kataib Hezbollah' TO 'Lloyd Austin'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Lloyd Austin") != std::string::npos);
  CHECK(r.out.find("MENTIONED_IN") == std::string::npos);
  CHECK(r.out.find("REPORTED_IN") == std::string::npos);
  CHECK(r.out.find(".txt") == std::string::npos);
  // Named, the article is followed.
  r = path("PATH FROM 'Kataib Hezbollah' TO 'Lloyd Austin' VIA MENTIONED_IN|AFFILIATED_WITH");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("MENTIONED_IN") != std::string::npos);
}
