// When two articles tell of one event (ingest/event_identity.h): the keys
// of an event's parties, and the merge they drive in the store.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "graph/temporal_value.h"
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
  // No publication date (or no day): the week is unknown, none of them.
  EventIdentity unknown{"RETREAT", "", "planned", ""};
  EventIdentity no_day{"RETREAT", "", "planned", "2024-02-30"};
  CHECK(EventKey(unknown, 3, "agent") == EventKey(no_day, 3, "agent"));
  CHECK(EventKey(unknown, 3, "agent") != EventKey(monday, 3, "agent"));
  CHECK(EventKey(unknown, 3, "agent") != EventKey(next_monday, 3, "agent"));
}

TEST_CASE("an undated event of an undated article is sought in any week, and seeks in any",
          "[ingest][events]") {
  using ng::ingest::KeysOf;
  auto has = [](const std::vector<std::string>& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  EventIdentity week_one{"CONSULT", "", "planned", "2024-01-22"};
  EventIdentity week_two{"CONSULT", "", "planned", "2024-03-04"};
  EventIdentity unknown{"CONSULT", "", "planned", ""};
  // The undated article's mention finds either week's event ...
  for (const EventIdentity& dated : {week_one, week_two}) {
    bool found = false;
    for (const std::string& key : KeysOf(unknown, 4, "participant").sought)
      found |= has(KeysOf(dated, 4, "participant").known_by, key);
    CHECK(found);
    // ... and either week's finds it,
    found = false;
    for (const std::string& key : KeysOf(dated, 4, "participant").sought)
      found |= has(KeysOf(unknown, 4, "participant").known_by, key);
    CHECK(found);
  }
  // but two weeks never find each other by it,
  EventIdentity held = unknown;
  held.mode = "occurred";
  for (const std::string& key : KeysOf(held, 4, "participant").sought)  // (acts that took place recur)
    CHECK_FALSE(has(KeysOf(held, 4, "participant").known_by, key));
  for (const std::string& key : KeysOf(week_one, 4, "participant").sought)
    CHECK_FALSE(has(KeysOf(week_two, 4, "participant").known_by, key));
  // Nor does a dated act that took place, or one of another party, role or
  // mode (a dated prospect does: below).
  EventIdentity dated{"CONSULT", "2024-01-23", "occurred", ""};
  for (const std::string& key : KeysOf(unknown, 4, "participant").sought) {
    CHECK_FALSE(has(KeysOf(dated, 4, "participant").known_by, key));
    CHECK_FALSE(has(KeysOf(week_one, 5, "participant").known_by, key));
    CHECK_FALSE(has(KeysOf(held, 4, "participant").known_by, key));
  }
}

namespace {

struct Told {
  std::string file, published, date, mode;
  std::vector<std::pair<std::string, std::string>> parties;  // name, role
  std::string location = "";
  std::string type = "talks", category = "CONSULT";
  bool repeated = false;  // a campaign of acts
  std::string body_of = "";  // the parties are bodies of this country ("the ministry of Norway")
};

ng::ingest::Extraction ArticleTelling(const Told& t) {
  ng::ingest::Extraction x;
  x.article.file = t.file;
  x.article.published = t.published;
  x.article.content_hash = std::hash<std::string>()(t.file);
  ng::ingest::EventFact e;
  e.type = t.type;
  e.category = t.category;
  e.label = t.type;
  e.repeated = t.repeated;
  e.date = t.date;
  e.mode = t.mode;
  e.location = t.location;
  int country = -1;
  if (!t.body_of.empty()) {
    ng::ingest::ActorFact c;
    c.name = t.body_of;
    c.kind = "country";
    c.mentions = 1;
    country = static_cast<int>(x.actors.size());
    x.actors.push_back(c);
  }
  for (const auto& [name, role] : t.parties) {
    ng::ingest::ActorFact a;
    a.name = name;
    a.kind = country >= 0 ? "government_body" : "country";
    a.affiliation = country;
    a.mentions = 1;
    e.participants.emplace_back(static_cast<int>(x.actors.size()), role);
    x.actors.push_back(a);
  }
  x.events.push_back(e);
  return x;
}

// The event node each article's event became, by file; `resumed`: each
// article written by a new index, as by an ingest resumed after each one.
// Each article written to `store` in turn.
void WriteAll(ng::GraphStore* store, const std::vector<Told>& told, bool resumed) {
  auto lexicon = ng::ingest::Lexicon::LoadDefault();
  ng::ingest::EventIndex index;
  for (const Told& t : told) {
    if (resumed) index.Clear();
    auto tx = store->Begin();
    ng::ingest::WriteExtraction(tx.get(), ArticleTelling(t), *lexicon, &index);
    tx->Commit();
  }
}

std::map<std::string, ng::NodeId> EventOfArticle(const std::vector<Told>& told, bool resumed = false) {
  ng::testing::TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  WriteAll(store.get(), told, resumed);
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
  // Told with no date, talks to come are the talks stored first.
  CHECK(event["nodate.txt"] == event["mon.txt"]);
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

TEST_CASE("talks to come told by an article with no date join that week's, whichever is stored first",
          "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> sides = {{"Norway", "participant"},
                                                                  {"Chile", "participant"}};
  for (bool reversed : {false, true}) {
    std::vector<Told> told = {{"dated.txt", "2025-03-03", "", "planned", sides},
                              {"nodate.txt", "", "", "hypothetical", sides},
                              {"nodate_too.txt", "", "", "planned", sides},
                              // Held, not to come: acts recur, and undated with no
                              // week nothing tells which one this is.
                              {"held.txt", "", "", "occurred", sides}};
    if (reversed) std::reverse(told.begin(), told.end());
    auto event = EventOfArticle(told);
    REQUIRE(event.size() == 4);
    CHECK(event["nodate.txt"] == event["dated.txt"]);
    CHECK(event["nodate_too.txt"] == event["dated.txt"]);
    CHECK(event["held.txt"] != event["dated.txt"]);
  }
}

TEST_CASE("an article with no date joins no two weeks' talks into one", "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> sides = {{"Norway", "participant"},
                                                                  {"Chile", "participant"}};
  // Whatever comes first, the undated report joins the talks stored first
  // and the other week's stay apart.
  for (int order = 0; order < 3; ++order) {
    std::vector<Told> told = {{"march.txt", "2025-03-03", "", "planned", sides},
                              {"may.txt", "2025-05-05", "", "planned", sides}};
    told.insert(told.begin() + order, Told{"nodate.txt", "", "", "planned", sides});
    auto event = EventOfArticle(told);
    REQUIRE(event.size() == 3);
    CHECK(event["march.txt"] != event["may.txt"]);
    CHECK(event["nodate.txt"] == event["march.txt"]);
  }
}

TEST_CASE("a resumed ingest joins what one run joins, parties an undated article added included",
          "[ingest][events]") {
  // The undated report adds Peru to the week's talks of Norway and Chile;
  // a later report of that week names Chile and Peru: by two parties it is
  // those talks, whether the index was built in this run or read from the
  // store (with other undated talks of Peru's stored before, found first
  // by the key of undated reports).
  std::vector<Told> told = {
      {"earlier.txt", "", "", "planned", {{"Peru", "participant"}, {"Bolivia", "participant"}}},
      {"monday.txt", "2025-03-03", "", "planned", {{"Norway", "participant"}, {"Chile", "participant"}}},
      {"nodate.txt", "", "", "planned", {{"Norway", "participant"}, {"Chile", "participant"}, {"Peru", "participant"}}},
      {"friday.txt", "2025-03-07", "", "planned", {{"Chile", "participant"}, {"Peru", "participant"}}}};
  for (bool resumed : {false, true}) {
    auto event = EventOfArticle(told, resumed);
    REQUIRE(event.size() == 4);
    CHECK(event["earlier.txt"] != event["monday.txt"]);
    CHECK(event["nodate.txt"] == event["monday.txt"]);
    CHECK(event["friday.txt"] == event["monday.txt"]);
  }
}

TEST_CASE("reports joined give the event the more doubtful mode and a place one of them told",
          "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> sides = {{"Norway", "participant"},
                                                                  {"Chile", "participant"}};
  for (bool reversed : {false, true}) {
    std::vector<Told> told = {{"planned.txt", "2025-03-03", "", "planned", sides},
                              {"maybe.txt", "2025-03-04", "", "hypothetical", sides, "Peru"}};
    if (reversed) std::reverse(told.begin(), told.end());
    ng::testing::TempDir dir;
    auto store = ng::GraphStore::Open(dir.Sub("db"), {});
    WriteAll(store.get(), told, /*resumed=*/false);
    auto tx = store->Begin();
    std::vector<ng::Node> events;
    uint64_t id = 0;
    for (auto it = tx->ScanLabel("Event"); it->Next(&id);) events.push_back(*tx->GetNode(id));
    REQUIRE(events.size() == 1);
    CHECK(events[0].properties.at("mode").AsString() == "hypothetical");
    CHECK(events[0].properties.at("location").AsString() == "Peru");
  }
  CHECK(ng::ingest::JoinedMode("planned", "denied") == "denied");
  CHECK(ng::ingest::JoinedMode("planned", "planned") == "planned");
}

TEST_CASE("talks to come dated in one report and undated in one with no publication date are one, never two dates",
          "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> sides = {{"Norway", "participant"},
                                                                  {"Chile", "participant"}};
  for (bool resumed : {false, true})
    for (bool reversed : {false, true}) {
      std::vector<Told> told = {{"march.txt", "2025-02-20", "2025-03", "planned", sides},
                                {"nodate.txt", "", "", "planned", sides}};
      if (reversed) std::reverse(told.begin(), told.end());
      told.push_back({"may.txt", "2025-02-21", "2025-05", "planned", sides});
      // Held in March: an act, not the prospect.
      told.push_back({"held.txt", "2025-03-30", "2025-03", "occurred", sides});
      auto event = EventOfArticle(told, resumed);
      REQUIRE(event.size() == 4);
      CHECK(event["nodate.txt"] == event["march.txt"]);
      CHECK(event["may.txt"] != event["march.txt"]);
      CHECK(event["held.txt"] != event["march.txt"]);
    }
  // Dated and to come, an event is known as undated reports of it are; done, by its date alone.
  EventIdentity planned{"CONSULT", "2025-03", "planned", "2025-02-20"};
  EventIdentity held{"CONSULT", "2025-03", "occurred", "2025-03-30"};
  CHECK(ng::ingest::KeysOf(planned, 4, "participant").known_by.size() == 2);
  // ... and as undated reports seek it, and told to the month within its year.
  CHECK(ng::ingest::KeysOf(held, 4, "participant").known_by.size() == 4);
}

TEST_CASE("an act told undated by an article with no date joins the act of its parties dated elsewhere",
          "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> parties = {{"Norway", "agent"}, {"Chile", "target"}};
  for (bool resumed : {false, true})
    for (bool reversed : {false, true}) {
      std::vector<Told> told = {{"dated.txt", "2025-06-12", "2025-06-10", "occurred", parties, "", "arrest", "COERCE"},
                                {"nodate.txt", "", "", "occurred", parties, "", "arrest", "COERCE"}};
      if (reversed) std::reverse(told.begin(), told.end());
      // Another seizure, on another day; one by another party; one told
      // undated in a dated article (that week's, not the dated one's).
      told.push_back({"later.txt", "2025-09-02", "2025-09-01", "occurred", parties, "", "arrest", "COERCE"});
      told.push_back({"other.txt", "", "", "occurred", {{"Peru", "agent"}, {"Chile", "target"}}, "", "arrest",
                      "COERCE"});
      told.push_back({"week.txt", "2025-11-20", "", "occurred", parties, "", "arrest", "COERCE"});
      auto event = EventOfArticle(told, resumed);
      REQUIRE(event.size() == 5);
      CHECK(event["nodate.txt"] == event["dated.txt"]);
      CHECK(event["later.txt"] != event["dated.txt"]);
      CHECK(event["other.txt"] != event["dated.txt"]);
      CHECK(event["week.txt"] != event["dated.txt"]);
    }
}

TEST_CASE("an attack told with no date at all joins no dated attack, a campaign of attacks the dated campaign",
          "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> parties = {{"Norway", "agent"}, {"Chile", "target"}};
  std::vector<Told> told = {{"dated.txt", "2025-06-12", "2025-06-10", "occurred", parties, "", "attack", "ASSAULT"},
                            {"nodate.txt", "", "", "occurred", parties, "", "attack", "ASSAULT"},
                            {"campaign.txt", "2025-06-12", "2025-05", "occurred", parties, "", "attack", "ASSAULT",
                             true},
                            {"campaign_nodate.txt", "", "", "occurred", parties, "", "attack", "ASSAULT", true}};
  for (bool resumed : {false, true}) {
    auto event = EventOfArticle(told, resumed);
    REQUIRE(event.size() == 4);
    CHECK(event["nodate.txt"] != event["dated.txt"]);
    CHECK(event["campaign.txt"] != event["dated.txt"]);
    CHECK(event["campaign_nodate.txt"] == event["campaign.txt"]);
  }
}

TEST_CASE("a campaign told undated in a dated article joins the dated campaign of its parties, a single act does not",
          "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> parties = {{"Norway", "agent"}, {"Chile", "target"}};
  const std::vector<std::pair<std::string, std::string>> norway = {{"Norway", "agent"}};
  for (bool resumed : {false, true})
    for (bool reversed : {false, true}) {
      std::vector<Told> told = {
          {"dated.txt", "2025-06-12", "2025-05", "occurred", parties, "", "attack", "ASSAULT", true},
          {"ongoing.txt", "2025-07-02", "", "occurred", parties, "", "attack", "ASSAULT", true},
          {"alone_dated.txt", "2025-06-12", "2025-04", "occurred", norway, "", "sanction", "SANCTION", true},
          {"alone_ongoing.txt", "2025-07-02", "", "occurred", norway, "", "sanction", "SANCTION", true}};
      if (reversed) std::reverse(told.begin(), told.end());
      // A single attack told undated in another week: that week's, not the
      // campaign's (one told in the week of "ongoing.txt" would be one of
      // that week's undated attacks, which is the campaign now).
      told.push_back({"single.txt", "2025-09-10", "", "occurred", parties, "", "attack", "ASSAULT"});
      auto event = EventOfArticle(told, resumed);
      REQUIRE(event.size() == 5);
      CHECK(event["ongoing.txt"] == event["dated.txt"]);
      CHECK(event["alone_ongoing.txt"] == event["alone_dated.txt"]);
      CHECK(event["single.txt"] != event["dated.txt"]);
    }
}

TEST_CASE("acts of one party in a role, with others apart in that role, are two, and one party alone finds its act alone",
          "[ingest][events]") {
  // The European Union's sanctions on Chile and on Peru in one year: two.
  std::vector<Told> told = {
      {"chile.txt", "2025-03-01", "2024", "occurred", {{"European Union", "agent"}, {"Chile", "target"}}, "", "sanction", "SANCTION"},
      {"peru.txt", "2025-03-02", "2024", "occurred", {{"European Union", "agent"}, {"Peru", "target"}}, "", "sanction", "SANCTION"},
      // Told with no date and no target: which of the two is unknown, none.
      {"vague.txt", "", "", "occurred", {{"European Union", "agent"}}, "", "sanction", "SANCTION"},
      // An act of the union alone, dated, and one told of it undated: one.
      {"alone.txt", "2025-03-03", "2025-02-10", "occurred", {{"European Union", "agent"}}, "", "sanction", "SANCTION"},
      {"alone_nodate.txt", "", "", "occurred", {{"European Union", "agent"}}, "", "sanction", "SANCTION"}};
  for (bool resumed : {false, true}) {
    auto event = EventOfArticle(told, resumed);
    REQUIRE(event.size() == 5);
    CHECK(event["chile.txt"] != event["peru.txt"]);
    CHECK(event["vague.txt"] != event["chile.txt"]);
    CHECK(event["vague.txt"] != event["peru.txt"]);
    CHECK(event["alone_nodate.txt"] == event["alone.txt"]);
  }
}

TEST_CASE("an act told to the year joins the act of its parties dated to the month, a body's act its state's",
          "[ingest][events]") {
  const std::vector<std::pair<std::string, std::string>> norway = {{"Norway", "agent"}};
  for (bool resumed : {false, true})
    for (bool reversed : {false, true}) {
      std::vector<Told> told = {{"month.txt", "2025-01-05", "2021-12", "occurred", norway, "", "withdrawal", "RETREAT"},
                                {"year.txt", "2025-01-06", "2021", "occurred", norway, "", "withdrawal", "RETREAT"}};
      if (reversed) std::reverse(told.begin(), told.end());
      // Another year's, another month's, and attacks (a year holds many).
      told.push_back({"other_year.txt", "2025-01-07", "2020", "occurred", norway, "", "withdrawal", "RETREAT"});
      told.push_back({"other_month.txt", "2025-01-07", "2021-11", "occurred", norway, "", "withdrawal", "RETREAT"});
      told.push_back({"attack_month.txt", "2025-01-07", "2021-12", "occurred", norway, "", "attack", "ASSAULT"});
      told.push_back({"attack_year.txt", "2025-01-08", "2021", "occurred", norway, "", "attack", "ASSAULT"});
      // The Norwegian defence ministry's act of that month is Norway's.
      told.push_back({"body.txt", "2025-01-09", "2021-12", "occurred", {{"Defence Ministry", "agent"}}, "",
                      "withdrawal", "RETREAT", false, "Norway"});
      auto event = EventOfArticle(told, resumed);
      REQUIRE(event.size() == 7);
      CHECK(event["year.txt"] == event["month.txt"]);
      CHECK(event["other_year.txt"] != event["month.txt"]);
      CHECK(event["other_month.txt"] != event["month.txt"]);
      CHECK(event["attack_year.txt"] != event["attack_month.txt"]);
      CHECK(event["body.txt"] == event["month.txt"]);
    }
  // The joined act keeps the finer date, whichever report came first.
  for (bool reversed : {false, true}) {
    std::vector<Told> told = {{"month.txt", "2025-01-05", "2021-12", "occurred", {{"Norway", "agent"}}, "",
                               "withdrawal", "RETREAT"},
                              {"year.txt", "2025-01-06", "2021", "occurred", {{"Norway", "agent"}}, "", "withdrawal",
                               "RETREAT"}};
    if (reversed) std::reverse(told.begin(), told.end());
    ng::testing::TempDir dir;
    auto store = ng::GraphStore::Open(dir.Sub("db"), {});
    WriteAll(store.get(), told, /*resumed=*/false);
    auto tx = store->Begin();
    std::vector<std::string> dates;
    uint64_t id = 0;
    for (auto it = tx->ScanLabel("Event"); it->Next(&id);) {
      const auto node = tx->GetNode(id);
      REQUIRE(node);
      const ng::Value& d = node->properties.at("date");
      dates.push_back(d.is_temporal() ? ng::TemporalToString(d.AsTemporal()) : d.AsString());
    }
    CHECK(dates == std::vector<std::string>{"2021-12"});
  }
  CHECK(ng::ingest::DatesAgree("2021", "2021-12-05"));
  CHECK_FALSE(ng::ingest::DatesAgree("2021-11", "2021-12"));
  CHECK_FALSE(ng::ingest::DatesAgree("2021-1", "2021-12"));
}
