// What statements are about beyond the names in their words: the speaker's
// side, the sides of talks, a speaker's carried-on topic, unnamed officials'
// home country, and the reporting frame left out.
#include <catch2/catch.hpp>

#include "ingest/ingest_test_util.h"

using ng::testing::AboutOf;
using ng::testing::AffiliationName;
using ng::testing::FindActor;
using ng::testing::ExtractText;

namespace {

// An analyst's reported words with a partial quotation, told to an outlet.
const char* const kOkaforToldCnn =
    "Maria Okafor, the director of the Africa Program at the Atlantic Council, told CNN that "
    "Canada should \"stay the course\" in Mali.\n";

}  // namespace

TEST_CASE("an unnamed official of a national outlet belongs to its home country") {
  const std::string body =
      "Canada and Brazil will hold talks on Monday, officials in Ottawa said.\n\n"
      "\"We have been preparing this for a year,\" a senior defense official said.\n\n"
      "A spokesperson for the prime minister declined to comment on the talks with Brazil.\n";
  // data/outlets.tsv gives The Globe and Mail the home country Canada.
  auto home = ExtractText(body, "https://www.theglobeandmail.com/politics/article-talks/");
  auto wire = ExtractText(body, "https://www.reuters.com/world/talks-2024-01-25/");
  CHECK(AffiliationName(home, "senior defense official") == "Canada");
  CHECK(AboutOf(home, "preparing this for a year").count("Canada") == 1);
  // A wire service has no home: the official stays unaffiliated.
  REQUIRE(FindActor(wire, "senior defense official") != nullptr);
  CHECK(AffiliationName(wire, "senior defense official").empty());
  CHECK(AboutOf(wire, "preparing this for a year").count("Canada") == 0);
}

TEST_CASE("the home country is given only when the article names it") {
  auto x = ExtractText("\"We have been preparing this for a year,\" a senior defense official said "
                       "about the talks with Brazil.\n",
                       "https://www.theglobeandmail.com/politics/article-talks/");
  REQUIRE(FindActor(x, "senior defense official") != nullptr);
  CHECK(AffiliationName(x, "senior defense official").empty());
}

TEST_CASE("an institution's reported 'it' is its country's side") {
  auto x = ExtractText("Brazil's Defense Ministry said it was not considering a withdrawal of troops "
                       "from the border.\n");
  CHECK(AboutOf(x, "not considering a withdrawal").count("Brazil") == 1);
}

TEST_CASE("a mention of talks is about the countries taking part") {
  auto x = ExtractText(
      "Canada and Brazil began talks on trade in Ottawa.\n\n"
      "The Foreign Ministry of Brazil said that \"the success of continuous negotiations\" "
      "was near.\n");
  auto about = AboutOf(x, "success of continuous negotiations");
  CHECK(about.count("Canada") == 1);
  CHECK(about.count("Brazil") == 1);
}

TEST_CASE("a quotation carrying on from the same speaker keeps the topic") {
  auto x = ExtractText(std::string(kOkaforToldCnn) +
                       "\n\"If we leave now, it all starts again,\" she added.\n\n"
                       "\"The weather was fine,\" said Pedro Alvarez, an analyst.\n");
  auto carried = AboutOf(x, "If we leave now");
  CHECK(carried.count("Canada") == 1);
  CHECK(carried.count("Mali") == 1);
  // Another speaker's words do not inherit Okafor's topic.
  CHECK(AboutOf(x, "weather was fine").empty());
}

TEST_CASE("the reporting frame is not what a partial quotation is about") {
  auto x = ExtractText(kOkaforToldCnn);
  auto about = AboutOf(x, "stay the course");
  CHECK(about.count("Canada") == 1);
  CHECK(about.count("CNN") == 0);               // the outlet she spoke to
  CHECK(about.count("Atlantic Council") == 0);  // her employer
}

TEST_CASE("an unnamed source in the sentence counts by its country") {
  auto x = ExtractText("Canada's foreign minister said he had received an \"important message\" from "
                       "the Brazilian envoy on Monday.\n");
  auto about = AboutOf(x, "important message");
  CHECK(about.count("Brazil") == 1);
}
