// Places that are no actor (ingest/places.h), on sentences written for these
// tests, and their Place nodes in the store.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "graph/graph_store.h"
#include "ingest/ingest.h"
#include "test_util.h"
#include "tests/ingest/ingest_test_util.h"

using ng::testing::ExtractText;

namespace {

const ng::ingest::PlaceFact* Place(const ng::ingest::Extraction& x, const std::string& name) {
  for (const auto& p : x.places)
    if (p.name == name) return &p;
  return nullptr;
}

bool HasActor(const ng::ingest::Extraction& x, const std::string& name) {
  return std::any_of(x.actors.begin(), x.actors.end(), [&](const auto& a) { return a.name == name; });
}

}  // namespace

TEST_CASE("a name before a place noun is a place, the noun an alias") {
  auto x = ExtractText("Gunmen attacked a checkpoint in Haldorvik province on Monday. Fighting in "
                       "Haldorvik had been rare since the spring.\n");
  const auto* p = Place(x, "Haldorvik");
  REQUIRE(p);
  CHECK(p->aliases.count("Haldorvik province") == 1);
  CHECK(p->mentions == 2);
  CHECK_FALSE(HasActor(x, "Haldorvik"));
}

TEST_CASE("'the city of X' names a place") {
  auto x = ExtractText("The minister flew to the city of Trennefjord on Tuesday.\n");
  CHECK(Place(x, "Trennefjord"));
}

TEST_CASE("a name ending in a place word is a place") {
  auto x = ExtractText("Two rockets landed near Brekkestad Air Base late on Sunday.\n");
  CHECK(Place(x, "Brekkestad Air Base"));
}

TEST_CASE("a city of the gazetteer is a place in its country") {
  auto x = ExtractText("Hundreds of people marched through Kirkuk on Friday.\n");
  const auto* p = Place(x, "Kirkuk");
  REQUIRE(p);
  CHECK(p->country_name == "Iraq");
}

TEST_CASE("the country the article names with a place is its country") {
  auto x = ExtractText("Fishermen protested in Lyngstrand, Norway, on Monday. Later they met "
                       "officials in Sweden's Marvik province.\n");
  const auto* lyngstrand = Place(x, "Lyngstrand");
  REQUIRE(lyngstrand);
  CHECK(lyngstrand->country_name == "Norway");
  const auto* marvik = Place(x, "Marvik");
  REQUIRE(marvik);
  CHECK(marvik->country_name == "Sweden");
}

TEST_CASE("countries stay actors, and calendar words, people and titles are no places") {
  auto x = ExtractText("Officials in Norway met on Labor Day. Mayor Lisa Richmond spoke in March, "
                       "and Richmond said the plan would hold.\n");
  CHECK(HasActor(x, "Norway"));
  CHECK_FALSE(Place(x, "Norway"));
  CHECK_FALSE(Place(x, "Labor Day"));
  CHECK_FALSE(Place(x, "March"));
  CHECK_FALSE(Place(x, "Richmond"));
}

TEST_CASE("a name that only modifies a common noun is no place of the gazetteer") {
  auto x = ExtractText("Norway rejected the Kirkuk proposal on Monday.\n");
  CHECK_FALSE(Place(x, "Kirkuk"));
}

TEST_CASE("an event in a place is located there and in its country") {
  auto x = ExtractText("Norway bombed militant camps in Kirkuk on Monday.\n");
  const ng::ingest::EventFact* strike = nullptr;
  for (const auto& e : x.events)
    if (e.category == "ASSAULT") strike = &e;
  REQUIRE(strike);
  REQUIRE(strike->place >= 0);
  CHECK(x.places[strike->place].name == "Kirkuk");
  CHECK(strike->location == "Iraq");
}

TEST_CASE("one Place node across articles, mentioned in each, located in its country") {
  ng::testing::TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes("Storm\n\nPublished January 25, 2024\n\nA storm hit Kirkuk on Monday.\n", "a.txt");
  ingester.IngestBytes("Repairs\n\nPublished January 26, 2024\n\nCrews worked across Kirkuk province on "
                       "Tuesday.\n",
                       "b.txt");
  auto tx = store->Begin();
  std::vector<ng::NodeId> places;
  for (ng::NodeId id : tx->FindByName("Kirkuk"))
    if (tx->GetNode(id)->HasLabel("Place")) places.push_back(id);
  REQUIRE(places.size() == 1);
  CHECK(tx->Degree(places[0], ng::Direction::kOutgoing, {"MENTIONED_IN"}) == 2);
  CHECK(tx->Degree(places[0], ng::Direction::kOutgoing, {"LOCATED_IN"}) == 1);
  auto aliases = tx->GetNode(places[0])->properties.at("aliases");
  REQUIRE(aliases.is_list());
  REQUIRE(aliases.AsList().size() == 1);
  CHECK(aliases.AsList()[0] == ng::Value("Kirkuk province"));
}
