// Title Case headlines tagged as the article's body writes their words.
#include <catch2/catch.hpp>

#include "ingest/headline_case.h"
#include "ingest_test_util.h"

namespace ng::ingest {
namespace {

const nlp::Token* Word(const std::vector<nlp::Sentence>& sentences, const std::string& form) {
  for (const nlp::Sentence& s : sentences)
    for (const nlp::Token& t : s.tokens)
      if (t.form == form) return &t;
  return nullptr;
}

TEST_CASE("headline case: Title Case is most longer words capitalized, not a sentence-case headline") {
  CHECK(IsTitleCaseHeadline("Harbour Council Votes To Close Ferry Pier"));
  CHECK(IsTitleCaseHeadline("Mayor Plan for Ferries Is Costly but Popular."));
  CHECK_FALSE(IsTitleCaseHeadline("Harbour council votes to close ferry pier"));
  CHECK_FALSE(IsTitleCaseHeadline("Ilse Brandvold says the pier will close"));
  CHECK_FALSE(IsTitleCaseHeadline("Ferry Pier"));  // too short to tell
}

TEST_CASE("headline case: words the body writes in lower case are tagged as verbs and nouns, names stay names") {
  const std::string headline = "Brandvold Vows To Close Harbour Pier, Aides Say.";
  const std::string body =
      "Mayor Ilse Brandvold said on Monday that the pier would close. Her aides say she vows to "
      "keep the ferries running.\n";
  std::vector<std::pair<size_t, size_t>> lowered;
  const auto sentences = AnalyzeTitleCaseHeadline(headline, body, testing::TestSyntax(), &lowered);
  const nlp::Token* vows = Word(sentences, "Vows");
  const nlp::Token* say = Word(sentences, "Say");
  const nlp::Token* name = Word(sentences, "Brandvold");
  REQUIRE(vows);
  REQUIRE(say);
  REQUIRE(name);
  CHECK(vows->upos == "VERB");
  CHECK(say->upos == "VERB");
  CHECK(name->upos == "PROPN");
  // The forms and their offsets are the headline's own.
  CHECK(headline.substr(vows->begin, vows->end - vows->begin) == "Vows");
  CHECK(vows->lemma == "vow");
  // Lowered: words the body writes in lower case ("vows", "to", "close", "pier", "aides", "say")
  // and "Harbour", a common word the body never writes; "Brandvold", a name, not.
  std::vector<std::string> lowered_words;
  for (const auto& [b, e] : lowered) lowered_words.push_back(headline.substr(b, e - b));
  CHECK(lowered_words == std::vector<std::string>{"Vows", "To", "Close", "Harbour", "Pier", "Aides", "Say"});
}

TEST_CASE("headline case: a Title Case headline's reported speech has its speaker") {
  // Without the body's casing the tagger reads "Vows To Close" as part of a name.
  const std::string text =
      "Brandvold Vows To Close Harbour Pier.\n\nPublished January 25, 2024\n\n"
      "Mayor Ilse Brandvold said on Monday that the pier would close. She vows to keep the ferries "
      "running, and the council will vote on the plan in March.\n";
  Extraction x = testing::ExtractFile(text);
  CHECK(testing::SpeakerOf(x, "Close Harbour Pier") == "Ilse Brandvold");
}

TEST_CASE("headline case: a word the body writes in lower case ends a name in a Title Case headline") {
  const std::string text =
      "Ana Ruiz Speaks Out Against Ferry Fares.\n\nPublished January 25, 2024\n\n"
      "Councillor Ana Ruiz said on Monday that fares were too high. She speaks for the island "
      "towns, and the ferry board will answer in March.\n";
  Extraction x = testing::ExtractFile(text);
  CHECK(testing::FindActor(x, "Ana Ruiz") != nullptr);
  CHECK(testing::FindActor(x, "Ana Ruiz Speaks") == nullptr);
  for (const ActorFact& actor : x.actors) CHECK(actor.name.find("Speaks") == std::string::npos);
}

}  // namespace
}  // namespace ng::ingest
