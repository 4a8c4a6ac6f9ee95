// `newsgraph events`: who did what to whom on a hand-made graph — by, against
// and with an actor, by category, the sides of each event and its articles.
#include <catch2/catch.hpp>

#include <algorithm>

#include "test_util.h"

namespace {

struct EventsFixture {
  ng::testing::TempDir dir;
  std::string db = dir.Sub("db");

  EventsFixture() {
    // Land strikes Sea (reported twice); Sea and Land hold talks; Sky's
    // denied withdrawal.
    auto r = Run({"query",
                  "CREATE (land:Actor {name: 'Landia', kind: 'country', aliases: ['LD']}), "
                  "(sea:Actor {name: 'Seaborg', kind: 'country'}), "
                  "(sky:Actor {name: 'Skyward Front', kind: 'armed_group'}), "
                  "(board:Actor {name: 'Joint Sea Board', kind: 'organization'}), "
                  "(x:Article {file: 'x.txt', outlet: 'X'}), (y:Article {file: 'y.txt', outlet: 'Y'}), "
                  "(strike:Event {type: 'airstrike', category: 'ASSAULT', mode: 'occurred', "
                  "    date: date('2024-02-03'), location: 'Port Mira'}), "
                  "(talks:Event {type: 'talks', category: 'CONSULT', mode: 'planned', date: '2024-03'}), "
                  "(out:Event {type: 'withdrawal', category: 'RETREAT', mode: 'denied'}), "
                  "(land)-[:PARTICIPATED_IN {role: 'agent'}]->(strike), "
                  "(sea)-[:PARTICIPATED_IN {role: 'target'}]->(strike), "
                  "(land)-[:PARTICIPATED_IN {role: 'participant'}]->(talks), "
                  "(sea)-[:PARTICIPATED_IN {role: 'participant'}]->(talks), (talks)-[:IN_FORUM]->(board), "
                  "(sky)-[:PARTICIPATED_IN {role: 'agent'}]->(out), "
                  "(strike)-[:REPORTED_IN]->(x), (strike)-[:REPORTED_IN]->(y), (talks)-[:REPORTED_IN]->(x), "
                  "(out)-[:REPORTED_IN]->(y)"});
    REQUIRE(r.exit_code == 0);
  }

  ng::testing::CommandResult Run(std::vector<std::string> args) { return ng::testing::RunOn(db, args); }
};

size_t Lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

}  // namespace

TEST_CASE("events by an actor list what it carried out, with the other side and the reports", "[shell][events]") {
  EventsFixture f;
  auto r = f.Run({"events", "--by", "LD", "--format", "jsonl"});  // an alias names the actor
  REQUIRE(r.exit_code == 0);
  REQUIRE(Lines(r.out) == 1);
  CHECK(r.out ==
        "{\"date\":\"2024-02-03\",\"category\":\"ASSAULT\",\"event\":\"airstrike\",\"mode\":\"occurred\","
        "\"agents\":[\"Landia\"],\"targets\":[\"Seaborg\"],\"participants\":[],\"forum\":[],\"location\":\"Port Mira\","
        "\"articles\":2,\"outlets\":[\"X\",\"Y\"]}\n");
}

TEST_CASE("events against an actor, with an actor in any role, and by category", "[shell][events]") {
  EventsFixture f;
  auto r = f.Run({"events", "--against", "Seaborg", "--format", "csv"});
  CHECK(Lines(r.out) == 2);  // header + the strike
  CHECK(r.out.find("airstrike") != std::string::npos);
  r = f.Run({"events", "--with", "Seaborg", "--format", "csv"});
  CHECK(Lines(r.out) == 3);  // the strike (target) and the talks (participant)
  // Months and days in one order: the March talks after the February strike.
  CHECK(r.out.find("airstrike") < r.out.find("talks"));
  // The body the talks were held in: their forum, a side of nothing.
  r = f.Run({"events", "--with", "Joint Sea Board", "--format", "csv"});
  CHECK(Lines(r.out) == 2);
  CHECK(r.out.find("talks") != std::string::npos);
  CHECK(r.out.find("[\"\"Joint Sea Board\"\"]") != std::string::npos);
  r = f.Run({"events", "--with", "Seaborg", "--category", "consult", "--format", "csv"});
  CHECK(Lines(r.out) == 2);
  CHECK(r.out.find("talks") != std::string::npos);
  // Undated events come last; the denied withdrawal keeps its mode.
  r = f.Run({"events", "--format", "tsv"});
  CHECK(Lines(r.out) == 4);
  CHECK(r.out.rfind("withdrawal\tdenied") > r.out.find("talks"));
}

TEST_CASE("events: an unknown name or category is an error that says what there is", "[shell][events]") {
  EventsFixture f;
  auto r = f.Run({"events", "--by", "Landya"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("did you mean 'Landia'") != std::string::npos);
  r = f.Run({"events", "--category", "diplomacy"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("ASSAULT, CONSULT, RETREAT") != std::string::npos);
}

TEST_CASE("events for reading join the names of each side in one cell", "[shell][events]") {
  EventsFixture f;
  auto r = f.Run({"events", "--with", "Landia", "--category", "CONSULT", "--format", "line"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Landia, Seaborg") != std::string::npos);
}
