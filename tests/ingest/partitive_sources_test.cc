// "Some said …", "Many said …": a part of a group named before speaks as
// that part (data/partitive_sources.txt), on sentences written for these tests.
#include <catch2/catch.hpp>

#include "tests/ingest/ingest_test_util.h"

using ng::testing::ExtractText;
using ng::testing::SpeakerOf;

TEST_CASE("a part of the group of people named before speaks as that part") {
  auto x = ExtractText(
      "Shopkeepers on the high street were split over the parking charges. Some said the charges would drive "
      "customers away. Many said the street had never been busier. Most said they had not been asked.\n");
  CHECK(SpeakerOf(x, "the charges would drive customers away") == "some shopkeepers");
  CHECK(SpeakerOf(x, "the street had never been busier") == "many shopkeepers");
  CHECK(SpeakerOf(x, "they had not been asked") == "most shopkeepers");
}

TEST_CASE("a part with no group of people before it, or set inside a sentence, is no one named") {
  auto x = ExtractText("The bridge was closed for a week. Some said the repairs were overdue.\n");
  CHECK(SpeakerOf(x, "the repairs were overdue").empty());
  auto y = ExtractText(
      "Farmers gathered outside the ministry. The subsidy - some say a bribe - was approved on Friday.\n");
  for (const auto& s : y.statements)
    if (s.text.find("approved on Friday") != std::string::npos) CHECK(s.speaker < 0);
}

TEST_CASE("one of a group named before speaks as one of them, no person 'she' stands for") {
  auto x = ExtractText(
      "Shopkeepers on the high street were split over the parking charges. One said the charges were fair. "
      "Another said they would drive customers away.\n");
  CHECK(SpeakerOf(x, "the charges were fair") == "one of the shopkeepers");
  CHECK(SpeakerOf(x, "they would drive customers away") == "another of the shopkeepers");
}
