// Quotation and reported-speech rules on short hand-written sentences.
#include <catch2/catch.hpp>

#include <map>

#include "ingest/ingest_test_util.h"

using ng::testing::ExtractText;
using ng::testing::SpeakerOf;

TEST_CASE("a quotation with the speaker after it") {
  auto x = ExtractText("\"We will rebuild the bridge,\" Foreign Minister Ana Lopez said on Monday.");
  std::string kind;
  CHECK(SpeakerOf(x, "rebuild the bridge", &kind) == "Ana Lopez");
  CHECK(kind == "direct");
}

TEST_CASE("a quotation with the verb before the speaker") {
  auto x = ExtractText("\"The port stays open,\" said Pedro Alvarez, an analyst at the Brookings Institution.");
  CHECK(SpeakerOf(x, "port stays open") == "Pedro Alvarez");
}

TEST_CASE("the speaker before the quotation, any tense of the verb") {
  auto x = ExtractText("Defense Secretary Lloyd Austin stressed that \"the mission is not over.\"");
  CHECK(SpeakerOf(x, "mission is not over") == "Lloyd Austin");
}

TEST_CASE("a quotation after a passive verb of speech is not its subject's words") {
  // The accused had been the speaker of the word the accusers used.
  auto x = ExtractText("The port director, Ola Brekke, has been accused of 'hiding' the repair bills.");
  for (const auto& st : x.statements) {
    INFO(st.text);
    CHECK(st.speaker < 0);
  }
  // Active, the same words are the subject's ("is calling" is no passive).
  auto y = ExtractText("The port director, Ola Brekke, is calling the repair bills 'a scandal'.");
  CHECK(SpeakerOf(y, "a scandal") == "Ola Brekke");
}

TEST_CASE("a quotation resumed after the attribution keeps its speaker") {
  auto x = ExtractText(
      "\"The talks went well,\" a senior State Department official said. \"We expect more next week.\"");
  CHECK(SpeakerOf(x, "talks went well") == "senior State Department official");
  CHECK(SpeakerOf(x, "expect more next week") == "senior State Department official");
}

TEST_CASE("pronouns and nominal mentions point back to the speaker") {
  auto x = ExtractText(
      "Maria Okafor, the director of the Africa Program at the Atlantic Council, said the vote was "
      "close.\n\n\"Nobody expected this result,\" she added.\n\n"
      "A Pentagon official told reporters that the base would stay open.\n\n"
      "\"There is no change,\" the official said.");
  CHECK(SpeakerOf(x, "Nobody expected") == "Maria Okafor");
  CHECK(SpeakerOf(x, "There is no change") == "Pentagon official");
}

TEST_CASE("a partial quotation inside reported speech") {
  auto x = ExtractText("Prime Minister Benjamin Netanyahu said the strikes were \"unacceptable\" and "
                       "would be answered.");
  std::string kind;
  CHECK(SpeakerOf(x, "unacceptable", &kind) == "Benjamin Netanyahu");
  CHECK(kind == "partial");
}

TEST_CASE("reported speech without quotation marks") {
  auto x = ExtractText("The ceasefire will hold through the weekend, Egyptian officials said.\n\n"
                       "Jordan's foreign ministry said that the border crossing would reopen on Sunday.");
  std::string kind;
  CHECK(SpeakerOf(x, "ceasefire will hold", &kind) == "Egyptian officials");
  CHECK(kind == "indirect");
  CHECK(SpeakerOf(x, "border crossing would reopen", &kind) != "<missing>");
  CHECK(kind == "indirect");
}

TEST_CASE("surnames resolve to the full name given earlier") {
  auto x = ExtractText("Senator Dana Whitfield spoke to reporters on Tuesday.\n\n"
                       "\"The window is closing,\" Whitfield said.");
  CHECK(SpeakerOf(x, "window is closing") == "Dana Whitfield");
}

TEST_CASE("an unbalanced quotation runs to the end of its paragraph and does not crash") {
  auto x = ExtractText("The minister said \"we will never accept this.\n\nA new paragraph follows here.");
  CHECK(SpeakerOf(x, "never accept this") != "<missing>");
  CHECK(SpeakerOf(x, "new paragraph follows") == "<missing>");
}

TEST_CASE("statements carry offsets into the article body") {
  auto x = ExtractText("\"Prices will fall,\" the central bank governor said.");
  REQUIRE(!x.statements.empty());
  const auto& s = x.statements[0];
  CHECK(x.body.substr(s.start, s.end - s.start).find("Prices will fall") == 0);
}

TEST_CASE("relative days resolve against the publication date") {
  // Published Thursday 2024-01-25: "Tuesday" is 2024-01-23.
  auto x = ExtractText("\"We are ready,\" the official said on Tuesday.");
  REQUIRE(!x.statements.empty());
  CHECK(x.statements[0].date == "2024-01-23");
}

TEST_CASE("a sentence quoted whole after its verb and a colon is a direct quotation") {
  auto x = ExtractText("A spokesperson for the council said: \u2018The mayor is determined to help families, and the "
                       "cabinet is united.\u2019\n");
  REQUIRE(x.statements.size() == 1);
  CHECK(x.statements[0].kind == "direct");
}

TEST_CASE("a quotation attributed after it to words that name no actor keeps them as its source") {
  // "one tenant" names no actor: the quotation had been dropped.
  auto x = ExtractText("\"It is a scandal,\" one tenant, who asked not to be named, told the Courier.\n");
  REQUIRE(x.statements.size() == 1);
  CHECK(x.statements[0].speaker < 0);
  CHECK(x.statements[0].speaker_words == "one tenant");
  CHECK(x.statements[0].verb == "tell");
}

TEST_CASE("a quotation's verb is the reporting one, not a relative clause's after its speaker") {
  // "asked" (not to be named) had been taken for the verb of the quotation.
  auto x = ExtractText("\"It is a scandal,\" one resident, who asked not to be named, told the Courier.\n");
  REQUIRE(x.statements.size() == 1);
  CHECK(x.statements[0].verb == "tell");
}

TEST_CASE("a sentence quoted whole after a colon and closing the sentence is direct whatever the verb") {
  // "disagreed" is no verb of speech: the quotation had been partial.
  auto x = ExtractText("Landlord Tom Berg disagreed: \"The building is unsafe and must be emptied.\"\n");
  REQUIRE(x.statements.size() == 1);
  CHECK(x.statements[0].kind == "direct");
  // Words after the quotation keep it partial.
  auto y = ExtractText("Tom Berg had one word for it: \"Disgraceful\" was how he put it.\n");
  for (const auto& st : y.statements) CHECK(st.kind != "direct");
}

TEST_CASE("a sentence quoted whole after its verb, a phrase of the verb's and a colon is a direct quotation") {
  auto x = ExtractText("Tom Dahl said in a text message: \"She will win the county easily.\"\n\n"
                       "Ana Ruiz told reporters on Monday: \"The ferries will run again in May.\"\n");
  std::map<std::string, std::string> kinds;
  for (const auto& st : x.statements) kinds[st.text.substr(0, 12)] = st.kind;
  CHECK(kinds["She will win"] == "direct");
  CHECK(kinds["The ferries "] == "direct");
  // A word or two quoted inside the speaker's own sentence stays partial.
  auto y = ExtractText("Tom Dahl said in a text message that the plan was \"a disaster.\"\n");
  bool partial = false;
  for (const auto& st : y.statements) partial |= st.kind == "partial" && st.text.find("disaster") != std::string::npos;
  CHECK(partial);
}

TEST_CASE("a quotation after 'A council spokesman said:' is his, however the parse reads it") {
  // The quotations' parse has no verb ("means" read as a noun): no cue gives the source.
  auto who = [](const ng::ingest::Extraction& x) -> std::string {
    for (const auto& s : x.statements)
      if (s.text.find("Every week of delay") != std::string::npos)
        return s.speaker >= 0 ? x.actors[s.speaker].name : "(" + s.speaker_words + ")";
    return "<missing>";
  };
  // Indefinite: someone other than the last speaker.
  auto x = ExtractText("Ana Holm said the vote was close. A council spokesman said: \"Every week of delay means more "
                       "families in debt.\"\n");
  CHECK(who(x).find("spokesman") != std::string::npos);
  // Definite, with no speaker before: its words (the quotation had been dropped).
  auto y = ExtractText("The mayor said: \"Every week of delay means more families in debt.\"\n");
  CHECK(who(y) == "(The mayor)");
}

TEST_CASE("a quotation opening the next paragraph continues a source named by words only") {
  auto x = ExtractText("The letter adds: \"Every week of delay hurts more families.\n\n"
                       "\"We cannot explain to our voters why help is late.\"\n\n"
                       "Mayor Ana Holm said the letter was unfair.\n\n"
                       "\"We will reply,\" she said.\n");
  auto source = [&](const std::string& words) -> std::string {
    for (const auto& s : x.statements)
      if (s.text.find(words) != std::string::npos)
        return s.speaker >= 0 ? x.actors[s.speaker].name : "(" + s.speaker_words + ")";
    return "<missing>";
  };
  CHECK(source("Every week of delay") == "(The letter)");
  CHECK(source("We cannot explain") == "(The letter)");
  CHECK(source("We will reply") == "Ana Holm");
}

TEST_CASE("a statement's day is that of the clause reporting it, not one its words name") {
  // Published Thursday 2024-01-25: the words' "Friday" is no day of the saying.
  auto x = ExtractText("The agency said the bridge had been closed since Friday.\n\n"
                       "The mayor said on Tuesday that the market would open on Monday.\n");
  REQUIRE(x.statements.size() == 2);
  for (const auto& s : x.statements) {
    if (s.text.find("bridge") != std::string::npos) CHECK(s.date == "2024-01-25");
    if (s.text.find("market") != std::string::npos) CHECK(s.date == "2024-01-23");
  }
}

TEST_CASE("'we' in the words makes the statement about the speaker's side") {
  auto x = ng::testing::ExtractText(
      "\"We will keep our troops there,\" a senior Canadian official said on Monday.\n\n"
      "\"The weather was fine,\" a Canadian official said.\n");
  auto about_canada = [&](const std::string& words) {
    for (const auto& s : x.statements) {
      if (s.text.find(words) == std::string::npos) continue;
      for (int a : s.about_actors)
        if (x.actors[a].name == "Canada") return true;
      return false;
    }
    return false;
  };
  CHECK(about_canada("keep our troops"));
  CHECK_FALSE(about_canada("weather"));
}

TEST_CASE("a partial quotation is about the actors of its whole sentence") {
  auto x = ng::testing::ExtractText(
      "Canada's foreign minister said he had received from Brazil an \"important message\" "
      "on Monday.\n");
  bool brazil = false;
  for (const auto& s : x.statements)
    if (s.text.find("important message") != std::string::npos)
      for (int a : s.about_actors) brazil |= x.actors[a].name == "Brazil";
  CHECK(brazil);
}

TEST_CASE("a quotation a document says is the words of whoever issued it") {
  // A quotation of two sentences, its closing one cut from the words that
  // report it, had had no speaker or the last one's: no actor is named
  // "the notice" or "the statement".
  auto x = ExtractText(
      "In a blog post, Pelliko said it would refund every buyer of its smart kettle.\n\n"
      "\"The recall is voluntary. It is also free,\" said the notice from the Kettle Safety Council.\n\n"
      "Councillor Edda Marsh said in a statement that she backed the plan. \"I want it built. I want it soon,\" "
      "the statement said, \"but not this year.\"\n");
  CHECK(SpeakerOf(x, "recall is voluntary") == "Kettle Safety Council");
  CHECK(SpeakerOf(x, "I want it built") == "Edda Marsh");
}

TEST_CASE("titles joined by 'and' before a name are the name's: the person speaks") {
  // The quotation had had no speaker, the report an unnamed "founder".
  auto x = ExtractText(
      "\"We will be in every valley by spring,\" co-founder and chief executive Tomas Vireo said.\n\n"
      "Chairman and chief executive Lena Ostrova said margins had improved.\n\n"
      "Rolf King and Ivo Lenk host the morning show. Both Mr. King and Mr. Lenk say the station never "
      "told them what to say.\n");
  CHECK(SpeakerOf(x, "every valley by spring") == "Tomas Vireo");
  CHECK(SpeakerOf(x, "margins had improved") == "Lena Ostrova");
  // A surname that is also a title names its own speaker ("King", not the
  // person after "and Mr.").
  CHECK(SpeakerOf(x, "never told them what to say") == "Rolf King");
}
