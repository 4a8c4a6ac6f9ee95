// A notice under a result for a property key no node has (shell/key_notes.h).
#include <catch2/catch.hpp>

#include "shell/key_notes.h"
#include "test_util.h"

using ng::cli::KeysByLabel;
using ng::cli::UnknownKeyNotes;

namespace {

const KeysByLabel kKeys = {{"Actor", {"aliases", "kind", "name"}},
                           {"Statement", {"kind", "text", "verb"}},
                           {"Article", {"file", "outlet"}}};

std::string Notes(const std::string& query) {
  std::string all;
  for (const std::string& n : UnknownKeyNotes(query, kKeys)) all += n + "\n";
  return all;
}

}  // namespace

TEST_CASE("a key no node of the label has is noted with the one meant", "[shell][suggest]") {
  CHECK(Notes("MATCH (a:Actor) RETURN a.nme") == "note: no Actor node has the property 'nme'; did you mean 'name'?\n");
  // Another label has it: said so.
  CHECK(Notes("MATCH (a:Actor) WHERE a.text = 'x' RETURN a") ==
        "note: no Actor node has the property 'text' (Statement nodes have it)\n");
  // Without a label: any node's keys; in a pattern's map too.
  CHECK(Notes("MATCH (n {knd: 'person'}) RETURN n") == "note: no node has the property 'knd'; did you mean 'kind'?\n");
  CHECK(Notes("MATCH (n) RETURN n.outlet, n.verb").empty());
  // Each key once.
  CHECK(Notes("MATCH (a:Actor) WHERE a.nme = 'x' RETURN a.nme") ==
        "note: no Actor node has the property 'nme'; did you mean 'name'?\n");
  // Inside expressions and subqueries.
  CHECK(Notes("MATCH (a:Actor) RETURN [x IN [1] | a.nmae]").find("'nmae'") != std::string::npos);
}

TEST_CASE("no key note where the key is not read on a stored node", "[shell][suggest]") {
  // Relationships' keys are not counted; maps and UNWIND values are not nodes.
  CHECK(Notes("MATCH (a:Actor)-[r:MENTIONED_IN]->(b) RETURN r.count").empty());
  CHECK(Notes("UNWIND [{x: 1}] AS m RETURN m.x").empty());
  CHECK(Notes("WITH {nme: 1} AS a RETURN a.nme").empty());
  // A name rebound by WITH is no node after it.
  CHECK(Notes("MATCH (a:Actor) WITH a.name AS a RETURN a.size").empty());
  // A statement that writes may set the key.
  CHECK(Notes("MATCH (a:Actor) SET a.score = 1 RETURN a.score").empty());
  CHECK(Notes("CREATE (a:Actor {nickname: 'x'}) RETURN a.nickname").empty());
  // A label nothing has is noted elsewhere; an old database keeps no keys; bad syntax.
  CHECK(Notes("MATCH (a:Actr) RETURN a.nme").empty());
  CHECK(UnknownKeyNotes("MATCH (a:Actor) RETURN a.nme", {}).empty());
  CHECK(Notes("MATCH (a:Actor RETURN a.nme").empty());
}

TEST_CASE("query and the shell print the key note under the result", "[shell][suggest]") {
  ng::testing::TempDir dir;
  const std::string bin = ng::testing::NewsgraphBinary(), db = dir.Sub("db");
  REQUIRE(ng::testing::RunCommand({bin, "--db", db, "query", "CREATE (:Actor {name: 'Iraq', kind: 'country'})"})
              .exit_code == 0);
  auto r = ng::testing::RunCommand({bin, "--db", db, "query", "-F", "csv", "MATCH (a:Actor) RETURN a.knd AS k"});
  CHECK(r.exit_code == 0);  // a notice, not an error
  CHECK(r.out == "k\r\n\r\n");
  CHECK(r.err == "note: no Actor node has the property 'knd'; did you mean 'kind'?\n");
  r = ng::testing::RunCommand({bin, "--db", db, "shell"}, "MATCH (a:Actor) RETURN a.nme;\n");
  CHECK(r.exit_code == 0);
  CHECK(r.err == "note: no Actor node has the property 'nme'; did you mean 'name'?\n");
}
