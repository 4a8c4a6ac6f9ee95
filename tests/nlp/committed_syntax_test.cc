// What the committed models and the corrections around them make of
// sentences written for these tests.
#include <catch2/catch.hpp>

#include "nlp_test_util.h"

using ng::testing::Find;
using ng::testing::Parse;

TEST_CASE("a noun tagged where a sentence's only verb before its that clause belongs becomes that verb") {
  for (const char* text : {"A new survey shows that most voters want lower taxes.",
                           "A recent poll shows that the mayor leads the race by six points."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    int shows = Find(s, "shows");
    REQUIRE(shows >= 0);
    CHECK(s.tokens[shows].upos == "VERB");
    CHECK(s.tokens[shows].head < 0);  // the root
    int that = Find(s, "that");
    CHECK(s.tokens[that].head != shows);  // the clause's mark, not the verb's
  }
  // A that clause of the subject noun keeps its noun.
  ng::nlp::Sentence s = Parse("The reports that the mayor had resigned were false.");
  CHECK(s.tokens[Find(s, "reports")].upos == "NOUN");
}

TEST_CASE("in edited text no sentence starts with a lower-case word") {
  // A party and state after a name: the splitter, trained on web text, ends
  // a sentence after the parenthesis.
  const char* text = "Dora Blick (R-Ga.) said she liked the plan.\n\nit rained. The end.";
  auto pipeline = ng::nlp::Pipeline::Load(ng::testing::ModelDir());
  pipeline->SetEditedText(true);
  std::vector<ng::nlp::Sentence> sentences = pipeline->Segment(text);
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].tokens.back().form == ".");
  CHECK(sentences[0].tokens.front().form == "Dora");
  // A line break still ends one, whatever follows.
  CHECK(sentences[1].tokens.front().form == "it");
}
