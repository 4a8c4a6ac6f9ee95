// Concurrent use: while one process ingests, others run `query`, `stats` and
// `export` against the same database. Readers see whole commits only (never a
// Statement without its article, nor a speaker's SAID without its Statement),
// and a second writer is refused
// with the "locked" message instead of waiting or corrupting anything.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <set>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

#include "reliability_util.h"
#include "test_util.h"

using namespace ng;

namespace {

// Statements that lack their article (REPORTED_IN), plus SAID relationships
// whose speaker or statement the export does not hold (a speaker is optional:
// reported words whose source names no actor have none); -1 if the export has
// no Statement at all yet.
int IncompleteStatementsInExport(const std::string& jsonl) {
  std::set<std::string> nodes, statements, articles, reported;
  std::vector<std::pair<std::string, std::string>> said;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line);
    if (j["type"] == "node") {
      nodes.insert(j["id"].get<std::string>());
      for (const auto& l : j["labels"]) {
        if (l == "Statement") statements.insert(j["id"].get<std::string>());
        if (l == "Article") articles.insert(j["id"].get<std::string>());
      }
    } else if (j["label"] == "REPORTED_IN" &&
               articles.count(j["end"]["id"].get<std::string>())) {
      reported.insert(j["start"]["id"].get<std::string>());
    } else if (j["label"] == "SAID") {
      said.emplace_back(j["start"]["id"].get<std::string>(), j["end"]["id"].get<std::string>());
    }
  }
  if (statements.empty()) return -1;
  int bad = 0;
  for (const auto& s : statements) bad += !reported.count(s);
  for (const auto& [speaker, statement] : said) bad += !nodes.count(speaker) || !statements.count(statement);
  return bad;
}

}  // namespace

TEST_CASE("readers see whole articles while an ingest runs and a second writer is locked",
          "[reliability][concurrent]") {
  testing::TempDir dir;
  const std::string ng = testing::NewsgraphBinary(), db = dir.Sub("db");
  // Long enough an ingest for many reader rounds (articles are parsed).
  testing::WriteArticleCorpus(dir.Sub("corpus"), 400, 11);
  testing::WriteArticleCorpus(dir.Sub("other"), 3, 12);
  // A first article so every reader below finds a database.
  REQUIRE(testing::RunCommand({ng, "--db", db, "ingest", "--no-progress",
                               dir.Sub("corpus") + "/a0000.txt"})
              .exit_code == 0);

  // One query: every Statement row must come with one article and at most
  // one speaker, all read from the same snapshot.
  const std::string query =
      "MATCH (s:Statement) OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) "
      "OPTIONAL MATCH (p)-[:SAID]->(s) "
      "RETURN count(*) AS rows, count(a) AS with_article, count(DISTINCT s) AS statements";
  const std::string count_articles = "MATCH (a:Article) RETURN count(a) AS n";
  REQUIRE(testing::RunCommand({ng, "--db", db, "query", "-F", "csv", count_articles}).out ==
          "n\r\n1\r\n");

  pid_t writer = testing::SpawnQuiet({ng, "--db", db, "ingest", "--no-progress",
                                      dir.Sub("corpus")});
  // Readers run from the start; the second writer only once the ingest has
  // committed something (before that it might win the lock itself).
  int status = 0;
  for (int i = 0; i < 1000; ++i) {
    auto n = testing::RunCommand({ng, "--db", db, "query", "-F", "csv", count_articles});
    INFO(n.err);
    REQUIRE(n.exit_code == 0);
    if (n.out != "n\r\n1\r\n") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  int queries = 0, exports = 0, stats = 0, locked = 0, rounds_while_running = 0;
  std::set<long> totals_seen;
  while (testing::StillRunning(writer, &status)) {
    ++rounds_while_running;
    // A second writer is refused at once with the locked message.
    auto second = testing::RunCommand({ng, "--db", db, "ingest", "--no-progress",
                                       dir.Sub("other")});
    if (testing::StillRunning(writer, &status)) {
      CHECK(second.exit_code == 1);
      CHECK(second.err.find("locked") != std::string::npos);
      locked += second.err.find("locked") != std::string::npos;
      // A writing query is refused the same way; reads above were not.
      auto w = testing::RunCommand({ng, "--db", db, "query", "CREATE (:Note {text: 'x'})"});
      if (testing::StillRunning(writer, &status)) {
        CHECK(w.exit_code == 1);
        CHECK(w.err.find("locked") != std::string::npos);
      }
    } else {
      break;  // the ingest ended meanwhile: the second writer may have run
    }
    auto q = testing::RunCommand({ng, "--db", db, "query", "-F", "csv", query});
    INFO("query stderr: " << q.err);
    REQUIRE(q.exit_code == 0);
    auto rows = testing::CsvRows(q.out);
    REQUIRE(rows.size() == 2);
    REQUIRE(rows[1].size() == 3);
    CHECK(rows[1][0] == rows[1][1]);
    CHECK(rows[1][0] == rows[1][2]);
    totals_seen.insert(std::stol(rows[1][0]));
    ++queries;

    auto e = testing::RunCommand({ng, "--db", db, "export"});
    INFO("export stderr: " << e.err);
    REQUIRE(e.exit_code == 0);
    CHECK(IncompleteStatementsInExport(e.out) <= 0);
    ++exports;

    auto st = testing::RunCommand({ng, "--db", db, "stats"});
    INFO("stats stderr: " << st.err);
    REQUIRE(st.exit_code == 0);
    CHECK(st.out.find("Statement") != std::string::npos);
    ++stats;
  }

  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  INFO("queries " << queries << ", exports " << exports << ", stats " << stats);
  // The readers really overlapped the ingest and saw it grow.
  CHECK(rounds_while_running >= 2);
  CHECK(locked >= 1);
  CHECK(totals_seen.size() >= 2);
  CHECK(testing::RunCommand({ng, "--db", db, "check"}).exit_code == 0);
}
