// Sources named by an office or a trade and whose it is ("the mayor of X",
// "a spokeswoman for X"), on sentences written for these tests.
#include <catch2/catch.hpp>

#include "ingest/text_util.h"
#include "tests/ingest/ingest_test_util.h"

using ng::testing::ExtractText;
using ng::testing::FindActor;
using ng::testing::SpeakerOf;

TEST_CASE("the holder of an office of a place speaks, not the place") {
  auto x = ExtractText(
      "The mayor of Dunmore has defended her plan to close the old ferry, saying it costs too much to run.\n\n"
      "The governor of Keswick Province told reporters the roads would reopen on Friday.\n");
  CHECK(SpeakerOf(x, "it costs too much to run") == "mayor of Dunmore");
  CHECK(SpeakerOf(x, "the roads would reopen on Friday") == "governor of Keswick Province");
}

TEST_CASE("a spokeswoman for a body no dictionary knows keeps its name, and 'the spokeswoman' is her again") {
  auto x = ExtractText(
      "A spokeswoman for Pellworth Logistics said the depot would stay open. The spokeswoman added that no drivers "
      "would lose their jobs.\n");
  CHECK(SpeakerOf(x, "the depot would stay open") == "spokeswoman for Pellworth Logistics");
  CHECK(SpeakerOf(x, "no drivers would lose their jobs") == "spokeswoman for Pellworth Logistics");
  CHECK(FindActor(x, "spokeswoman") == nullptr);
}

TEST_CASE("officials of a named board are a group 'they' stands for") {
  auto x = ExtractText(
      "Officials of the Ketterby Harbour Board said the pier was unsafe. They said repairs would take a year.\n");
  CHECK(SpeakerOf(x, "the pier was unsafe") == "officials of the Ketterby Harbour Board");
  CHECK(SpeakerOf(x, "repairs would take a year") == "officials of the Ketterby Harbour Board");
}

TEST_CASE("a description without whose it is cuts only after a lower-case word") {
  using ng::ingest::DescriptionHead;
  using ng::ingest::WithoutOwner;
  CHECK(WithoutOwner("spokeswoman for Pellworth Logistics") == "spokeswoman");
  CHECK(WithoutOwner("officials of the water board") == "officials");
  CHECK(WithoutOwner("officials for the ministry of health") == "officials");  // the first joiner
  CHECK(WithoutOwner("Bank of Tarnby official") == "Bank of Tarnby official");
  CHECK(DescriptionHead("senior aide for the mayor") == "aide");
  CHECK(DescriptionHead("Bank of Tarnby official") == "official");
}

TEST_CASE("an unnamed person is no 'it'") {
  // "it" had stood for the spokeswoman: the survey's finding became hers twice.
  auto x = ExtractText("The spokeswoman said it showed that shorter shifts could cut accidents.\n");
  CHECK(SpeakerOf(x, "it showed that shorter shifts") == "spokeswoman");
  for (const auto& s : x.statements)
    if (s.text.rfind("shorter shifts could cut accidents", 0) == 0) CHECK(s.speaker < 0);
}

TEST_CASE("leaders of a body stand for the body, as before") {
  // Only one office holder speaks for herself; "Leaders of X" are X's voice
  // (they had become a description that named no one).
  auto x = ExtractText(
      "Governor Tove Lind filed suit on Monday.\n\nLeaders of the Keswick Senate and House of Representatives also "
      "filed a separate complaint against the department.\n");
  CHECK(SpeakerOf(x, "the department") == "Keswick Senate");
}

TEST_CASE("people named by their trade at a place speak, not the place") {
  // "at" and "in" say where they work; "of" and "for" whose voice they are.
  auto x = ExtractText("Teachers at four schools in Dunmore said they would refuse to cover absent colleagues.\n");
  CHECK(SpeakerOf(x, "they would refuse to cover absent colleagues") == "teachers");
}
