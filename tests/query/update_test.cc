// Curation statements: CREATE, MERGE, SET, REMOVE, DELETE — each atomic.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

TEST_CASE("CREATE reports what it made and the store keeps it", "[query][update]") {
  QueryFixture f;
  ng::ResultSet r = f.Run("CREATE (a:Actor {name: 'X', aliases: ['Ex']})-[:SAID]->(:Statement)");
  CHECK_FALSE(r.has_return);
  CHECK(r.stats.nodes_created == 2);
  CHECK(r.stats.relationships_created == 1);
  CHECK(f.One("MATCH (a:Actor)-[:SAID]->(s:Statement) RETURN a.aliases") == "[\"Ex\"]");
  // The name index sees aliases case-insensitively.
  auto txn = f.store->Begin();
  CHECK(txn->FindByName("ex").size() == 1);
}

TEST_CASE("MERGE matches what exists and creates what does not", "[query][update]") {
  QueryFixture f;
  const std::string merge =
      "MERGE (a:Actor {name: 'Iraq'}) ON CREATE SET a.created = 1 ON MATCH SET a.seen = 1 "
      "RETURN a.created, a.seen";
  CHECK(f.Lines(merge) == "1,null\n");
  CHECK(f.Lines(merge) == "1,1\n");
  CHECK(f.One("MATCH (a:Actor) RETURN count(a)") == "1");
}

TEST_CASE("SET and REMOVE change properties and labels", "[query][update]") {
  QueryFixture f;
  f.Run("CREATE (:Actor {name: 'Sudani', kind: 'person'})");
  f.Run("MATCH (a:Actor {name: 'Sudani'}) SET a.kind = 'person', a.title = 'PM', a:Person");
  CHECK(f.Lines("MATCH (a:Person) RETURN a.title, labels(a)") == "\"PM\",[\"Actor\",\"Person\"]\n");
  f.Run("MATCH (a:Actor) SET a += {party: 'x', title: null}");
  CHECK(f.Lines("MATCH (a:Actor) RETURN a.party, a.title") == "\"x\",null\n");
  f.Run("MATCH (a:Actor) REMOVE a.party, a:Person");
  CHECK(f.Lines("MATCH (a:Actor) RETURN a.party, labels(a)") == "null,[\"Actor\"]\n");
  f.Run("MATCH (a:Actor) SET a = {name: 'Mohammed Shia al-Sudani'}");
  CHECK(f.Lines("MATCH (a:Actor) RETURN keys(a)") == "[\"name\"]\n");
  // The name index follows the renamed node (and forgets the old name).
  auto txn = f.store->Begin();
  CHECK(txn->FindByName("mohammed shia al-sudani").size() == 1);
  CHECK(txn->FindByName("sudani").empty());
}

TEST_CASE("DELETE refuses connected nodes, DETACH DELETE takes their edges", "[query][update]") {
  QueryFixture f;
  f.Run("CREATE (a:A)-[:T]->(b:B), (a)-[:T]->(c:C)");
  std::string error = f.ErrorOf("MATCH (a:A) DELETE a");
  CHECK(error.find("ConstraintVerificationFailed") == 0);
  CHECK(error.find("DETACH DELETE") != std::string::npos);
  CHECK(f.One("MATCH (n) RETURN count(n)") == "3");  // nothing deleted
  ng::ResultSet r = f.Run("MATCH (a:A) DETACH DELETE a");
  CHECK(r.stats.nodes_deleted == 1);
  CHECK(r.stats.relationships_deleted == 2);
  CHECK(f.One("MATCH (n) RETURN count(n)") == "2");
  CHECK(f.One("MATCH ()-[r]->() RETURN count(r)") == "0");
  // A relationship and both its ends in one DELETE, no DETACH needed.
  f.Run("CREATE (:X)-[:T]->(:Y)");
  f.Run("MATCH (x:X)-[r]->(y:Y) DELETE r, x, y");
  CHECK(f.One("MATCH (n) RETURN count(n)") == "2");
}

TEST_CASE("a statement that fails half-way changes nothing", "[query][update]") {
  QueryFixture f;
  f.Run("UNWIND range(1, 5) AS i CREATE (:N {i: i})");
  // The SET runs for i = 1..5 and then the division by zero at i = 3 stops
  // the statement: none of the SETs may remain.
  std::string error = f.ErrorOf("MATCH (n:N) SET n.done = true WITH n RETURN 10 / (n.i - 3)");
  CHECK(error.find("ArgumentError: division by zero") == 0);
  CHECK(f.One("MATCH (n:N) WHERE n.done RETURN count(*)") == "0");
  CHECK(f.One("MATCH (n:N) RETURN count(*)") == "5");
}

TEST_CASE("runaway queries stop at the expansion cap and the timeout", "[query][limits]") {
  QueryFixture f;
  // A complete graph on 9 nodes: undirected paths of any length number in the millions.
  f.Run("UNWIND range(1, 9) AS i CREATE (:K {i: i})");
  f.Run("MATCH (a:K), (b:K) WHERE a.i < b.i CREATE (a)-[:E]->(b)");
  ng::QueryOptions capped;
  capped.max_expansions = 10000;
  std::string error = f.ErrorOf("MATCH p = (:K)-[*]-(:K) RETURN count(p)", capped);
  CHECK(error.find("LimitReached") == 0);
  CHECK(error.find("10000") != std::string::npos);
  ng::QueryOptions timed;
  timed.max_expansions = 0;
  timed.timeout_seconds = 0.2;
  error = f.ErrorOf("MATCH p = (:K)-[*]-(:K) RETURN count(p)", timed);
  CHECK(error.find("timeout") != std::string::npos);
  std::atomic<bool> cancel{true};
  ng::QueryOptions cancelled;
  cancelled.cancel = &cancel;
  CHECK(f.ErrorOf("MATCH p = (:K)-[*]-(:K) RETURN count(p)", cancelled).find("cancelled") !=
        std::string::npos);
}
