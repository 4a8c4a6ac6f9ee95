// Rows share the nodes they reach (query/result.h, PatternMatcher::ReadNode):
// grouping and DISTINCT go by a node's identity, and once a query has
// written, a node matched again is read afresh, never the copy a row kept.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

namespace {

// Two reports (equal properties, different nodes) and three notes: two
// filed under the first report, one under the second.
void Reports(QueryFixture& f) {
  f.Run("CREATE (r1:Report {topic: 'ports'}), (r2:Report {topic: 'ports'}), "
        "(n1:Note {k: 1})-[:FILED_IN]->(r1), (n2:Note {k: 2})-[:FILED_IN]->(r1), "
        "(n3:Note {k: 3})-[:FILED_IN]->(r2)");
}

}  // namespace

TEST_CASE("rows that reach one node group by the node, not by what it holds", "[query]") {
  QueryFixture f;
  Reports(f);
  // By the topic, one group of three; by the report, two groups (2 notes
  // and 1 note), though both reports read the same.
  CHECK(f.Lines("MATCH (n:Note)-[:FILED_IN]->(r) RETURN r.topic, count(*)") == "\"ports\",3\n");
  CHECK(f.Lines("MATCH (n:Note)-[:FILED_IN]->(r) WITH r, count(*) AS c RETURN r.topic, c ORDER BY c") ==
        "\"ports\",1\n\"ports\",2\n");
  CHECK(f.One("MATCH (n:Note)-[:FILED_IN]->(r) WITH DISTINCT r RETURN count(*)") == "2");
  // A list of nodes groups by the nodes it holds: the first report's two
  // notes give one list [r1] per note, the second's one [r2].
  CHECK(f.Lines("MATCH (n:Note)-[:FILED_IN]->(r) WITH n, collect(r) AS rs "
                "RETURN size(rs), count(*) AS c ORDER BY c") == "1,3\n");
  CHECK(f.One("MATCH (n:Note)-[:FILED_IN]->(r) WITH [r] AS rs RETURN count(DISTINCT rs)") == "2");
}

TEST_CASE("a node a row holds is matched again as it is stored", "[query]") {
  QueryFixture f;
  Reports(f);
  // The report bound in the first MATCH anchors the second: each note finds
  // the notes of its own report (r1: 2 × 2, r2: 1 × 1).
  CHECK(f.One("MATCH (n:Note)-[:FILED_IN]->(r) MATCH (r)<-[:FILED_IN]-(m) RETURN count(*)") == "5");
  // After a write, a second name for the node holds the copy taken before
  // it; matching from it must see the new value, as the store has it.
  CHECK(f.One("MATCH (n:Note {k: 3})-[:FILED_IN]->(r) WITH r, r AS before SET r.topic = 'roads' "
              "WITH before MATCH (before {topic: 'roads'})<-[:FILED_IN]-(m) RETURN count(*)") == "1");
  CHECK(f.One("MATCH (n:Note {k: 1})-[:FILED_IN]->(r) SET r.checked = true "
              "WITH n MATCH (n)-[:FILED_IN]->(x {checked: true}) RETURN count(*)") == "1");
}
