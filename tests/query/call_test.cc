// CALL of the built-in procedures (query/procedures.h): db.labels(),
// db.relationshipTypes(), db.propertyKeys(); unknown ones are ProcedureErrors.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

TEST_CASE("CALL alone returns every column of the procedure", "[query][call]") {
  QueryFixture f;
  f.Run("CREATE (:Actor {name: 'A'})-[:SAID {at: 1}]->(:Statement {text: 'x'}), (:Article)");
  CHECK(f.Lines("CALL db.labels()") == "\"Actor\"\n\"Article\"\n\"Statement\"\n");
  CHECK(f.Lines("CALL db.labels") == "\"Actor\"\n\"Article\"\n\"Statement\"\n");  // no parentheses: no arguments
  CHECK(f.Lines("CALL db.relationshipTypes()") == "\"SAID\"\n");
  CHECK(f.Lines("CALL DB.PROPERTYKEYS()") == "\"at\"\n\"name\"\n\"text\"\n");  // names are case-insensitive
  CHECK(f.Run("CALL db.labels()").columns == std::vector<std::string>{"label"});
}

TEST_CASE("CALL … YIELD inside a query: renamed, filtered, met by every row", "[query][call]") {
  QueryFixture f;
  f.Run("CREATE (:Actor {name: 'A'}), (:Actor {name: 'B'}), (:Event)");
  CHECK(f.Lines("CALL db.labels() YIELD label AS l WHERE l STARTS WITH 'A' RETURN l") == "\"Actor\"\n");
  CHECK(f.Lines("MATCH (a:Actor) CALL db.labels() YIELD label RETURN a.name, label ORDER BY a.name, label") ==
        "\"A\",\"Actor\"\n\"A\",\"Event\"\n\"B\",\"Actor\"\n\"B\",\"Event\"\n");
  // A label whose last node is deleted is no longer listed.
  f.Run("MATCH (e:Event) DELETE e");
  CHECK(f.Lines("CALL db.labels()") == "\"Actor\"\n");
}

TEST_CASE("CALL errors: an unknown procedure, a missing YIELD, an output it lacks", "[query][call]") {
  QueryFixture f;
  CHECK(f.ErrorOf("CALL test.my.proc").find("ProcedureError") == 0);
  CHECK(f.ErrorOf("CALL test.my.proc() YIELD out RETURN out").find("ProcedureNotFound") != std::string::npos);
  CHECK(f.ErrorOf("MATCH (a) CALL db.labels() RETURN a").find("needs YIELD") != std::string::npos);
  CHECK(f.ErrorOf("CALL db.labels() YIELD nope RETURN nope").find("yields no 'nope'") != std::string::npos);
  CHECK(f.ErrorOf("CALL db.labels(1)").find("takes no arguments") != std::string::npos);
  CHECK(f.ErrorOf("CALL db.labels() YIELD label").find("add a RETURN") == std::string::npos);  // standalone: fine
}
