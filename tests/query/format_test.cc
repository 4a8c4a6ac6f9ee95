// The output formats of query results.
#include <catch2/catch.hpp>

#include <sstream>

#include "query_test_util.h"

using ng::testing::QueryFixture;

namespace {

std::string Render(QueryFixture& f, const std::string& q, ng::OutputFormat format,
                   size_t width = 60) {
  std::ostringstream out;
  ng::FormatOptions o;
  o.max_column_width = width;
  ng::WriteResult(f.Run(q), format, out, o);
  return out.str();
}

}  // namespace

TEST_CASE("table: aligned columns, long cells cut with an ellipsis", "[query][format]") {
  QueryFixture f;
  std::string t = Render(f, "RETURN 'abcdefghij' AS long, 1 AS n", ng::OutputFormat::kTable, 5);
  CHECK(t ==
        "+-------+---+\n"
        "| long  | n |\n"
        "+-------+---+\n"
        "| abcd… | 1 |\n"
        "+-------+---+\n"
        "1 row\n");
  // Without RETURN: a summary of the changes.
  CHECK(Render(f, "CREATE (:A {x: 1})", ng::OutputFormat::kTable) ==
        "1 nodes created, 1 properties set, 1 labels added\n");
}

TEST_CASE("csv quotes as RFC 4180 says", "[query][format]") {
  QueryFixture f;
  CHECK(Render(f, "RETURN 'a,b' AS x, 'say \"hi\"' AS y, null AS z, [1] AS w",
               ng::OutputFormat::kCsv) == "x,y,z,w\r\n\"a,b\",\"say \"\"hi\"\"\",,[1]\r\n");
}

TEST_CASE("csv writes dates, times and durations as their ISO text", "[query][format]") {
  QueryFixture f;
  CHECK(Render(f, "RETURN date('2023-11-05') AS d, datetime('2023-11-05T08:30Z') AS t, duration('P2DT3H') AS du",
               ng::OutputFormat::kCsv) == "d,t,du\r\n2023-11-05,2023-11-05T08:30Z,P2DT3H\r\n");
  // In a list they stay JSON strings, as every value of a list does.
  CHECK(Render(f, "RETURN [date('2023-11-05')] AS l", ng::OutputFormat::kCsv) ==
        "l\r\n\"[\"\"2023-11-05\"\"]\"\r\n");
}

TEST_CASE("json and jsonl: nodes, relationships and paths in the documented layout",
          "[query][format]") {
  QueryFixture f;
  f.Run("CREATE (:A {x: 1.0})-[:T {w: 2}]->(:B)");
  std::string jsonl = Render(f, "MATCH p = (a:A)-[r]->(b) RETURN a, r, p", ng::OutputFormat::kJsonl);
  // Ids are allocated from 1 in a new database: a = 1, b = 2, r = 1.
  CHECK(jsonl ==
        "{\"a\":{\"id\":1,\"labels\":[\"A\"],\"properties\":{\"x\":1.0}},"
        "\"r\":{\"id\":1,\"type\":\"T\",\"start\":1,\"end\":2,\"properties\":{\"w\":2}},"
        "\"p\":{\"nodes\":[{\"id\":1,\"labels\":[\"A\"],\"properties\":{\"x\":1.0}},"
        "{\"id\":2,\"labels\":[\"B\"],\"properties\":{}}],"
        "\"relationships\":[{\"id\":1,\"type\":\"T\",\"start\":1,\"end\":2,\"properties\":{\"w\":2}}]}}\n");
  CHECK(Render(f, "UNWIND [1, 2] AS x RETURN x", ng::OutputFormat::kJson) ==
        "[{\"x\":1},\n {\"x\":2}]\n");
  CHECK(Render(f, "MATCH (n:Nothing) RETURN n", ng::OutputFormat::kJson) == "[]\n");
}

TEST_CASE("table: control characters in stored text never reach the terminal", "[query][format]") {
  // Once a name holding ESC [ 3 1 m turned the user's terminal red (issue 17).
  QueryFixture f;
  f.Run("CREATE (:Actor {name: '\\u001b[31mVera\\u0007'})");
  std::string t = Render(f, "MATCH (a:Actor) RETURN a.name AS x", ng::OutputFormat::kTable);
  CHECK(t.find('\x1b') == std::string::npos);
  CHECK(t.find('\x07') == std::string::npos);
  // ESC and BEL shown as their pictures, U+241B and U+2407, and counted one column wide.
  CHECK(t.find("| \u241b[31mVera\u2407 |") != std::string::npos);
  // JSON keeps the data exactly (escaped), for programs.
  CHECK(Render(f, "MATCH (a:Actor) RETURN a.name AS n", ng::OutputFormat::kJsonl) ==
        "{\"n\":\"\\u001b[31mVera\\u0007\"}\n");
}

namespace {

// The same query written through the streaming sink, as `newsgraph query`
// does for csv and jsonl, and the rows the ResultSet kept.
std::string Streamed(QueryFixture& f, const std::string& q, ng::OutputFormat format, uint64_t max_rows,
                     ng::ResultSet* result) {
  std::ostringstream out;
  ng::QueryOptions o;
  o.row_sink = ng::StreamingWriter(format, out);
  o.max_rows = max_rows;
  *result = f.Run(q, o);
  if (result->streamed_rows == 0) ng::WriteResult(*result, format, out);
  return out.str();
}

}  // namespace

TEST_CASE("csv and jsonl stream a reading query's rows as they come, and write the same text", "[query][format]") {
  QueryFixture f;
  f.Run("UNWIND range(1, 5) AS i CREATE (:P {i: i, name: 'p' + toString(i)})");
  ng::ResultSet r;
  // Written the same as from a kept result, the rows never kept.
  std::string csv = Streamed(f, "MATCH (p:P) RETURN p.i AS i, p.name AS name SKIP 1 LIMIT 3",
                             ng::OutputFormat::kCsv, 0, &r);
  CHECK(r.streamed_rows == 3);
  CHECK(r.rows.empty());
  CHECK(csv == Render(f, "MATCH (p:P) RETURN p.i AS i, p.name AS name SKIP 1 LIMIT 3", ng::OutputFormat::kCsv));
  CHECK(csv == "i,name\r\n2,p2\r\n3,p3\r\n4,p4\r\n");
  std::string jsonl = Streamed(f, "MATCH (p:P) WHERE p.i > 3 RETURN p.i AS i", ng::OutputFormat::kJsonl, 0, &r);
  CHECK(jsonl == "{\"i\":4}\n{\"i\":5}\n");
  // No row: the csv header still comes.
  CHECK(Streamed(f, "MATCH (p:P) WHERE p.i > 9 RETURN p.i AS i", ng::OutputFormat::kCsv, 0, &r) == "i\r\n");
  // Sorting and aggregates need every row first; their output is the same.
  CHECK(Streamed(f, "MATCH (p:P) RETURN p.i AS i ORDER BY i DESC LIMIT 2", ng::OutputFormat::kCsv, 0, &r) ==
        "i\r\n5\r\n4\r\n");
  CHECK(Streamed(f, "MATCH (p:P) RETURN count(*) AS n", ng::OutputFormat::kJsonl, 0, &r) == "{\"n\":5}\n");
  // A statement that writes is never streamed (it may run twice: read-only first).
  CHECK(Streamed(f, "CREATE (q:Q {i: 1}) RETURN q.i AS i", ng::OutputFormat::kCsv, 0, &r) == "i\r\n1\r\n");
  CHECK(r.streamed_rows == 0);
  // A shortcut reshapes the rows of the query it compiles to: they come back whole.
  f.Run("CREATE (:Actor {name: 'Alda'})-[:KNOWS]->(:Actor {name: 'Bram'})");
  std::string hops = Streamed(f, "PATH FROM 'Alda' TO 'Bram'", ng::OutputFormat::kCsv, 0, &r);
  CHECK(hops.find("Alda,-[:KNOWS]->,Bram") != std::string::npos);
  // --max-rows: the rows within the cap are out before the error.
  std::ostringstream out;
  ng::QueryOptions o;
  o.row_sink = ng::StreamingWriter(ng::OutputFormat::kJsonl, out);
  o.max_rows = 2;
  CHECK_THROWS_WITH(f.Run("MATCH (p:P) RETURN p.i AS i", o), Catch::Contains("more than 2 result rows"));
  CHECK(out.str() == "{\"i\":1}\n{\"i\":2}\n");
}
