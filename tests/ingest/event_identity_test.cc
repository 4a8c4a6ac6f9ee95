// When two articles tell of one event (ingest/event_identity.h): the keys
// of an event's parties, and the merge they drive in the store.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "ingest/event_identity.h"
#include "ingest/graph_writer.h"
#include "ingest/lexicon.h"
#include "test_util.h"

using ng::ingest::EventIdentity;
using ng::ingest::EventKey;

TEST_CASE("a dated event is known by category, party, role and date", "[ingest][events]") {
  EventIdentity a{"ASSAULT", "2024-01-23", "occurred", "2024-01-24"};
  EventIdentity b{"ASSAULT", "2024-01-23", "occurred", "2024-03-02"};  // told weeks later
  CHECK(EventKey(a, 7, "agent") == EventKey(b, 7, "agent"));
  CHECK(EventKey(a, 7, "agent") != EventKey(a, 7, "target"));
  CHECK(EventKey(a, 7, "agent") != EventKey(a, 8, "agent"));
  EventIdentity other_day = a;
  other_day.date = "2024-01-22";
  CHECK(EventKey(a, 7, "agent") != EventKey(other_day, 7, "agent"));
  EventIdentity talks = a;
  talks.category = "CONSULT";
  CHECK(EventKey(a, 7, "agent") != EventKey(talks, 7, "agent"));
  // Done on that day is not the same as planned for it: talks held on the
  // 24th and talks another article plans for the 24th stay apart.
  EventIdentity planned = a;
  planned.mode = "planned";
  CHECK(EventKey(a, 7, "agent") != EventKey(planned, 7, "agent"));
  EventIdentity hypothetical = planned;
  hypothetical.mode = "hypothetical";
  CHECK(EventKey(planned, 7, "agent") == EventKey(hypothetical, 7, "agent"));
}

TEST_CASE("an undated event is known in the week it was reported, occurred or to come",
          "[ingest][events]") {
  // 2024-01-22 was a Monday, 2024-01-28 the Sunday after it.
  EventIdentity monday{"RETREAT", "", "planned", "2024-01-22"};
  EventIdentity sunday{"RETREAT", "", "hypothetical", "2024-01-28"};
  EventIdentity next_monday{"RETREAT", "", "planned", "2024-01-29"};
  CHECK(EventKey(monday, 3, "agent") == EventKey(sunday, 3, "agent"));
  CHECK(EventKey(monday, 3, "agent") != EventKey(next_monday, 3, "agent"));
  EventIdentity denied = monday;
  denied.mode = "denied";
  CHECK(EventKey(monday, 3, "agent") == EventKey(denied, 3, "agent"));
  EventIdentity happened = monday;
  happened.mode = "occurred";
  CHECK(EventKey(monday, 3, "agent") != EventKey(happened, 3, "agent"));
  // Undated and dated are never one key.
  EventIdentity dated = monday;
  dated.date = "2024";
  CHECK(EventKey(monday, 3, "agent") != EventKey(dated, 3, "agent"));
  // No publication date: nothing bounds an undated event.
  EventIdentity unknown{"RETREAT", "", "planned", ""};
  CHECK_FALSE(EventKey(unknown, 3, "agent").has_value());
  CHECK_FALSE(EventKey(EventIdentity{"RETREAT", "", "planned", "2024-02-30"}, 3, "agent").has_value());
}

namespace {

struct Told {
  std::string file, published, date, mode;
  std::vector<std::pair<std::string, std::string>> parties;  // name, role
};

ng::ingest::Extraction ArticleTelling(const Told& t) {
  ng::ingest::Extraction x;
  x.article.file = t.file;
  x.article.published = t.published;
  x.article.content_hash = std::hash<std::string>()(t.file);
  ng::ingest::EventFact e;
  e.type = "talks";
  e.category = "CONSULT";
  e.label = "talks";
  e.date = t.date;
  e.mode = t.mode;
  for (const auto& [name, role] : t.parties) {
    ng::ingest::ActorFact a;
    a.name = name;
    a.kind = "country";
    a.mentions = 1;
    e.participants.emplace_back(static_cast<int>(x.actors.size()), role);
    x.actors.push_back(a);
  }
  x.events.push_back(e);
  return x;
}

// The event node each article's event became, by file.
std::map<std::string, ng::NodeId> EventOfArticle(const std::vector<Told>& told) {
  ng::testing::TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  auto lexicon = ng::ingest::Lexicon::LoadDefault();
  ng::ingest::EventIndex index;
  for (const Told& t : told) {
    auto tx = store->Begin();
    ng::ingest::WriteExtraction(tx.get(), ArticleTelling(t), *lexicon, &index);
    tx->Commit();
  }
  auto tx = store->Begin();
  std::map<std::string, ng::NodeId> out;
  ng::AdjacencyEntry entry;
  for (const Told& t : told)
    for (ng::NodeId a : tx->FindByName(t.file))
      for (auto c = tx->Adjacent(a, ng::Direction::kIncoming, {"REPORTED_IN"}); c->Next(&entry);)
        out[t.file] = entry.neighbour;
  return out;
}

}  // namespace

TEST_CASE("undated talks of two sides told in one week are one event, in another week or done another",
          "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> sides = {{"Norway", "participant"},
                                                                  {"Chile", "participant"}};
  auto event = EventOfArticle({{"mon.txt", "2025-03-03", "", "planned", sides},
                               {"wed.txt", "2025-03-05", "", "hypothetical", sides},
                               {"one_side.txt", "2025-03-05", "", "planned", {{"Chile", "participant"}}},
                               {"later.txt", "2025-03-12", "", "planned", sides},
                               {"done.txt", "2025-03-04", "", "occurred", sides},
                               {"nodate.txt", "", "", "planned", sides}});
  REQUIRE(event.size() == 6);
  CHECK(event["wed.txt"] == event["mon.txt"]);
  // Undated, one side in common is too little.
  CHECK(event["one_side.txt"] != event["mon.txt"]);
  CHECK(event["later.txt"] != event["mon.txt"]);
  CHECK(event["done.txt"] != event["mon.txt"]);
  CHECK(event["nodate.txt"] != event["mon.txt"]);
  CHECK(event["nodate.txt"] != event["later.txt"]);
}

TEST_CASE("undated events of one party told in one week are one event, apart from those of several",
          "[ingest][events]") {
  // The same reports in two orders: which came first must not matter.
  const std::vector<std::pair<std::string, std::string>> one = {{"Peru", "target"}};
  const std::vector<std::pair<std::string, std::string>> two = {{"Peru", "target"}, {"Chile", "agent"}};
  for (bool reversed : {false, true}) {
    std::vector<Told> told = {{"tue.txt", "2025-03-04", "", "occurred", one},
                              {"fri.txt", "2025-03-07", "", "occurred", one},
                              {"both.txt", "2025-03-05", "", "occurred", two},
                              {"next.txt", "2025-03-11", "", "occurred", one}};
    if (reversed) std::reverse(told.begin(), told.end());
    auto event = EventOfArticle(told);
    REQUIRE(event.size() == 4);
    CHECK(event["fri.txt"] == event["tue.txt"]);
    CHECK(event["both.txt"] != event["tue.txt"]);
    CHECK(event["next.txt"] != event["tue.txt"]);
  }
  EventIdentity alone{"ASSAULT", "", "occurred", "2025-03-04", true};
  EventIdentity with_others = alone;
  with_others.one_party = false;
  CHECK(EventKey(alone, 5, "target") != EventKey(with_others, 5, "target"));
  // Dated, one party or several know the event by its date alike.
  alone.date = with_others.date = "2025-03-01";
  CHECK(EventKey(alone, 5, "target") == EventKey(with_others, 5, "target"));
}

TEST_CASE("a party in another role does not make two attacks one", "[ingest][events]") {
  auto event = EventOfArticle({{"a.txt", "2025-03-03", "2025-03-01", "occurred", {{"Norway", "agent"}}},
                               {"b.txt", "2025-03-04", "2025-03-01", "occurred", {{"Norway", "target"}}},
                               {"c.txt", "2025-03-04", "2025-03-01", "occurred",
                                {{"Chile", "target"}, {"Norway", "agent"}}}});
  REQUIRE(event.size() == 3);
  CHECK(event["b.txt"] != event["a.txt"]);
  CHECK(event["c.txt"] == event["a.txt"]);
}
