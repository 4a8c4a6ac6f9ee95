// What a court, a jury or an inquest heard (data/hearing_bodies.txt), on
// sentences written for these tests.
#include <catch2/catch.hpp>

#include "tests/ingest/ingest_test_util.h"

using ng::testing::ExtractText;
using ng::testing::SpeakerOf;

TEST_CASE("what a body that hears evidence heard is a statement of no one named") {
  auto x = ExtractText(
      "The tribunal heard that the warehouse manager had ignored three safety warnings.\n\n"
      "Orla Fenn had moved the money to a second account, a jury at Brackley Crown Court heard on Monday.\n");
  std::string kind;
  CHECK(SpeakerOf(x, "the warehouse manager had ignored three safety warnings", &kind).empty());
  CHECK(kind == "indirect");
  CHECK(SpeakerOf(x, "had moved the money to a second account").empty());
}

TEST_CASE("what a person heard is no statement") {
  auto x = ExtractText("My neighbour heard the factory was closing down.\n");
  CHECK(SpeakerOf(x, "the factory was closing down") == "<missing>");
}
