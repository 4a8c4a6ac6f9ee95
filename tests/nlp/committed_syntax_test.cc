// What the committed models and the corrections around them make of
// sentences written for these tests.
#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

#include "ingest/nlp/name_finder.h"
#include "ingest/nlp/sentence_splitter.h"
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

TEST_CASE("in edited text no sentence ends on a word") {
  // The splitter had ended a sentence after "Tomas", the short surname opening the next.
  const char* text = "Harbour engineer Tomas Ek expects the bridge to open in 2027.\nA headline line\nThe end.";
  auto pipeline = ng::nlp::Pipeline::Load(ng::testing::ModelDir());
  pipeline->SetEditedText(true);
  std::vector<ng::nlp::Sentence> sentences = pipeline->Segment(text);
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].tokens.back().form == ".");
  CHECK(sentences[1].tokens.front().form == "A");
  CHECK(sentences[1].tokens.back().form == "line");  // a line ends it
}

TEST_CASE("in edited text a time of day before a capitalized word not of it ends a sentence") {
  // The splitter joined "10 a.m. Staff told …" into one, "Staff" a name.
  const char* text =
      "Officers came shortly after 10 a.m. Staff told them a man had fled. The vote is at 9 a.m. Monday.";
  auto pipeline = ng::nlp::Pipeline::Load(ng::testing::ModelDir());
  pipeline->SetEditedText(true);
  std::vector<ng::nlp::Sentence> sentences = pipeline->Segment(text);
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].tokens.back().form == "a.m.");
  CHECK(sentences[1].tokens.front().form == "Staff");
  // A day goes on the time.
  CHECK(sentences[2].tokens.back().form == ".");
  CHECK(ng::nlp::NewSentenceAfterTimeOfDay("p.m.", "The"));
  CHECK_FALSE(ng::nlp::NewSentenceAfterTimeOfDay("p.m.", "ET"));
  CHECK_FALSE(ng::nlp::NewSentenceAfterTimeOfDay("Jan.", "Staff"));
}

TEST_CASE("a news sentence opening with its day has its finite verb and subject") {
  // Each written so that the models (trained on web text) read the verb as a
  // participle of the noun after the day, or the day as the subject.
  for (const char* text : {"On Thursday, Peru's foreign minister met with the Swedish ambassador.",
                           "On Sunday, Peru's interior minister urged calm, saying the protests had ended.",
                           "On Wednesday, Bolivia's defence minister hinted at an exit of the troops, saying in a "
                           "statement that he spoke with the commander."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    int minister = Find(s, "minister");
    REQUIRE(minister >= 0);
    int verb = s.tokens[minister].head;
    REQUIRE(verb >= 0);
    CHECK(s.tokens[minister].deprel == "nsubj");
    CHECK(s.tokens[verb].xpos == "VBD");
    CHECK(s.tokens[verb].head < 0);  // the root
  }
}

TEST_CASE("an irregular verb training never showed has its base for lemma") {
  // Each lemma was wrong before data/models/irregular_verbs.tsv ("fl", "frome", "withdrain").
  for (const auto& [text, form, lemma] : std::vector<std::tuple<const char*, const char*, const char*>>{
           {"The rebels fled the town.", "fled", "flee"},
           {"The bank froze the accounts.", "froze", "freeze"},
           {"The troops have withdrawn from the port.", "withdrawn", "withdraw"}}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    int at = Find(s, form);
    REQUIRE(at >= 0);
    CHECK(s.tokens[at].lemma == lemma);
  }
}

TEST_CASE("a closed-class preposition training saw seldom is one however placed") {
  // "amid" after "and" was tagged a noun before data/models/closed_class_words.tsv.
  ng::nlp::Sentence s = Parse("Talks stalled amid the storm, and amid rising prices the port closed.");
  int first = Find(s, "amid");
  REQUIRE(first >= 0);
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i)
    if (s.tokens[i].form == "amid") {
      INFO(i);
      CHECK(s.tokens[i].upos == "ADP");
      CHECK(s.tokens[i].deprel == "case");
    }
}

TEST_CASE("a capitalized word training never saw is a name, not an interjection, before a comma") {
  // Web text's "Yes," and "Thanks," had made such a surname INTJ and the root.
  for (const char* text : {"Ortiz, a Democrat from Tulsa, told reporters that the vote would be close.",
                           "Huang, the mayor of Tainan, said the road would reopen."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    CHECK(s.tokens[0].upos == "PROPN");
    CHECK(s.tokens[0].head >= 0);
  }
  // A word training knows as an interjection keeps that reading.
  ng::nlp::Sentence s = Parse("Yes, the council approved the budget.");
  CHECK(s.tokens[0].upos == "INTJ");
}

TEST_CASE("a present-tense verb of saying training saw seldom is the sentence's verb, not a plural noun") {
  for (const char* text : {"The governor argues that the levy is unfair.", "The agency warns that the dam may fail.",
                           "The senator insists that the vote was fair."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    int verb = 2;
    CHECK(s.tokens[verb].upos == "VERB");
    CHECK(s.tokens[verb].head < 0);  // the root
    CHECK(s.tokens[1].head == verb);  // its subject
  }
}

TEST_CASE("an adverb of sequence or contrast between a cue and its that-clause is an adverb") {
  // "afterward" had been tagged a verb and the clause hung from it.
  for (const char* word : {"afterward", "nonetheless", "thereafter"}) {
    const std::string text = std::string("She told reporters ") + word + " that the plan would fail.";
    INFO(text);
    ng::nlp::Sentence s = Parse(text.c_str());
    const int adverb = Find(s, word);
    CHECK(s.tokens[adverb].upos == "ADV");
    CHECK(s.tokens[Find(s, "fail")].head == Find(s, "told"));
  }
}

TEST_CASE("a rare word in -ly closing a determiner's phrase is its noun, not an adverb") {
  // "tally" (never in training) had been read as an adverb for its "-ly".
  for (const char* text : {"Turnout rose, according to an early tally by the county.",
                           "The dam has lost water since May, according to a new tally by the ministry.",
                           "Prices fell, the minister said, citing the weekly tally."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    CHECK(s.tokens[Find(s, "tally")].upos == "NOUN");
  }
  // An adverb before the word it modifies stays one.
  ng::nlp::Sentence s = Parse("It was built in a newly modernized plant.");
  CHECK(s.tokens[Find(s, "newly")].upos == "ADV");
}

TEST_CASE("phrases before an 'according to' phrase are not its noun's") {
  // The parse had hung "by a third" from "figures".
  ng::nlp::Sentence s = Parse("Prices rose in the north by a third, according to the latest figures from the bank.");
  const int rose = Find(s, "rose"), third = Find(s, "third");
  CHECK(s.tokens[third].head == rose);
  CHECK(s.tokens[third].deprel == "obl");
  CHECK(s.tokens[Find(s, "by")].head == third);
  CHECK(s.tokens[Find(s, "figures")].head == rose);
}

TEST_CASE("a past participle before a subordinate clause's modal is the sentence's finite verb") {
  // "would" belongs to the clause "whether" opens; "declined" had stayed a
  // participle, its subject an oblique.
  ng::nlp::Sentence s = Parse("Lisa Ord declined to say whether she would run.");
  const int declined = Find(s, "declined");
  CHECK(s.tokens[declined].xpos == "VBD");
  CHECK(s.tokens[Find(s, "Lisa")].head == declined);
  CHECK(s.tokens[Find(s, "Lisa")].deprel == "nsubj");
}

TEST_CASE("a participle between a subject and the verb it was read to govern describes the subject") {
  // "released" had been the sentence's verb, "found" its complement with
  // no subject (a finding of no one's).
  ng::nlp::Sentence s = Parse("A consultant's report released last month found that both buildings needed repairs.");
  const int found = Find(s, "found"), report = Find(s, "report"), released = Find(s, "released");
  CHECK(s.tokens[found].deprel == "root");
  CHECK(s.tokens[report].head == found);
  CHECK(s.tokens[report].deprel == "nsubj");
  CHECK(s.tokens[released].head == report);
  CHECK(s.tokens[released].deprel == "acl");
}

TEST_CASE("a that-clause whose words were hung as obliques is the verb's complement") {
  // "that" and "needed" had been obliques of "found": no clause, no report.
  ng::nlp::Sentence s = Parse("The report found that both buildings needed repairs.");
  const int needed = Find(s, "needed");
  CHECK(s.tokens[needed].deprel == "ccomp");
  CHECK(s.tokens[needed].head == Find(s, "found"));
  CHECK(s.tokens[Find(s, "that")].head == needed);
  CHECK(s.tokens[Find(s, "that")].deprel == "mark");
  CHECK(s.tokens[Find(s, "buildings")].head == needed);
}

TEST_CASE("a name between two determiners after a verb of telling is whom it was told") {
  // "the Glenfield Courier the decision" had been one noun phrase, the clause's subject.
  ng::nlp::Sentence s = Parse("Rosa Delgado told the Glenfield Courier the decision was painful but needed.");
  const int newspaper = Find(s, "Glenfield");
  CHECK(s.tokens[newspaper].head == Find(s, "told"));
  CHECK(s.tokens[newspaper].deprel == "iobj");
  CHECK(s.tokens[Find(s, "decision")].deprel == "nsubj");
}

TEST_CASE("a past participle before a question word's clause is the sentence's finite verb") {
  // "might" belongs to the clause "when" opens; "declined" had stayed a
  // participle modifying "spokesman", the root.
  ng::nlp::Sentence s = Parse("A spokesman for the mayor, Dan Ovitz, declined to say when the bridge might reopen.");
  const int declined = Find(s, "declined");
  CHECK(s.tokens[declined].xpos == "VBD");
  CHECK(s.tokens[declined].deprel == "root");
}

TEST_CASE("have before a quotation with no participle after it is the verb, not an auxiliary") {
  // "had" read as an auxiliary had broken the clause apart.
  ng::nlp::Sentence s = Parse("The ministry said that the senator had \"serious doubts\" about the plan.");
  const int had = Find(s, "had");
  CHECK(s.tokens[had].upos == "VERB");
  CHECK(s.tokens[had].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "senator")].head == had);
}

TEST_CASE("a relative clause opened by whose after the sentence's subject is the subject's, not a second verb") {
  // "Holm" had been the subject of "runs", and "runs" a parataxis of "refused".
  ng::nlp::Sentence s = Parse("Holm, whose contract runs out in June, refused to discuss her future.");
  const int refused = Find(s, "refused"), holm = Find(s, "Holm");
  CHECK(s.tokens[holm].head == refused);
  CHECK(s.tokens[holm].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "runs")].head == holm);
  CHECK(s.tokens[Find(s, "runs")].deprel == "acl:relcl");
}

TEST_CASE("an open complement with a modal of its own is a clause whose subject is the object before it") {
  // "results" had been the object of "hopes" and "available" its xcomp.
  ng::nlp::Sentence s = Parse("She hopes results will be available by 2028.");
  const int available = Find(s, "available");
  CHECK(s.tokens[available].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "results")].head == available);
  CHECK(s.tokens[Find(s, "results")].deprel == "nsubj");
}

TEST_CASE("a closing reporting clause in the perfect is a parataxis of the clause it reports") {
  // "has warned" had stayed an adverbial clause of "rise" (only a finite
  // verb was repaired so).
  ng::nlp::Sentence s = Parse("Rents will rise again next year, the agency has warned.");
  const int warned = Find(s, "warned");
  CHECK(s.tokens[warned].deprel == "parataxis");
  CHECK(s.tokens[warned].head == Find(s, "rise"));
}

TEST_CASE("a past participle before a relative clause's verb is the sentence's finite verb") {
  // "were" belongs to the clause "which" opens; "blamed" had stayed a
  // participle modifying "senator".
  ng::nlp::Sentence s = Parse("The senator blamed contractors for the delays, which were costly.");
  const int blamed = Find(s, "blamed");
  CHECK(s.tokens[blamed].xpos == "VBD");
  CHECK(s.tokens[Find(s, "senator")].head == blamed);
  CHECK(s.tokens[Find(s, "contractors")].head == blamed);
}

TEST_CASE("a name set off after a sentence's opening time is the subject, not the time") {
  ng::nlp::Sentence s =
      Parse("In a debate this week in Lima, Ana Ruiz, the head of the Farmers League, firmly told a student that "
            "the vote was rigged.");
  const int told = Find(s, "told");
  CHECK(s.tokens[Find(s, "Ana")].head == told);
  CHECK(s.tokens[Find(s, "Ana")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "week")].deprel != "nsubj");
}

TEST_CASE("the 'that' clause closing a relative clause of 'told X' is what was told") {
  ng::nlp::Sentence s = Parse("Ben Tal told a group of shop owners who asked about the delay that he would not give in.");
  CHECK(s.tokens[Find(s, "give")].head == Find(s, "told"));
  CHECK(s.tokens[Find(s, "give")].deprel == "ccomp");
  // "who said that ...": the only "that" clause of the relative's verb is its own.
  ng::nlp::Sentence r = Parse("Ana Ruiz told a man who said that taxes were too high.");
  CHECK(r.tokens[Find(r, "high")].head == Find(r, "said"));
}

TEST_CASE("a capitalized word training never saw, opening a sentence before its verb, is a name, not an adverb") {
  // "Norvale" had been tagged an adverb and "declined" left with no subject.
  ng::nlp::Sentence s = Parse("Norvale declined to comment on the talks.");
  CHECK(s.tokens[0].upos == "PROPN");
  CHECK(s.tokens[0].deprel == "nsubj");
  // An adverb in "-ly" or one set off by a comma keeps its reading.
  ng::nlp::Sentence r = Parse("Separately, the council approved the budget.");
  CHECK(r.tokens[0].upos == "ADV");
}

TEST_CASE("a that clause interrupted by a phrase set off by commas keeps its verb") {
  // "about a tenth of its staff" had been the clause's predicate, "save" a
  // verb set beside "said".
  ng::nlp::Sentence s = Parse(
      "The bakery said in a statement that the cuts, about a tenth of its staff in Oslo, would save $2 million a "
      "year.");
  const int save = Find(s, "save");
  CHECK(s.tokens[save].head == Find(s, "said"));
  CHECK(s.tokens[save].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "cuts")].head == save);
  CHECK(s.tokens[Find(s, "that")].head == save);
}

TEST_CASE("'..., a new poll shows.': the closing noun after a noun is the reporting clause's verb") {
  ng::nlp::Sentence s = Parse("The mayor has cut her rival's lead to three points, a new poll shows.");
  const int shows = Find(s, "shows");
  CHECK(s.tokens[shows].upos == "VERB");
  CHECK(s.tokens[Find(s, "poll")].head == shows);
  // Read as a relative pronoun, "that" after a plural-looking root: the verb.
  ng::nlp::Sentence r = Parse("A new survey shows that the mayor leads.");
  CHECK(r.tokens[Find(r, "shows")].upos == "VERB");
  CHECK(r.tokens[Find(r, "leads")].head == Find(r, "shows"));
  // A name before the poll's noun ("a Harbor University poll shows").
  ng::nlp::Sentence n = Parse("Ferry races in three counties are all close, a Harbor University poll shows.");
  const int named_shows = Find(n, "shows");
  CHECK(n.tokens[named_shows].upos == "VERB");
  CHECK(n.tokens[Find(n, "poll")].head == named_shows);
}

TEST_CASE("'..., police said.': the clause a closing report ends has its verb, though tagged a participle") {
  for (const char* text : {"The pair attacked shop staff with knives, detectives said.",
                           "The men smashed glass cases with hammers before fleeing, Dunmore Police said in a statement."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    const int verb = Find(s, "attacked") >= 0 ? Find(s, "attacked") : Find(s, "smashed");
    CHECK(s.tokens[verb].xpos == "VBD");
    CHECK(s.tokens[verb].deprel == "ccomp");
    CHECK(s.tokens[verb].head == Find(s, "said"));
  }
  // A participle describing a noun stays one when the clause has its verb.
  ng::nlp::Sentence s = Parse("The cars damaged in the storm were towed away, police said.");
  CHECK(s.tokens[Find(s, "damaged")].xpos == "VBN");
}

TEST_CASE("words quoted inside a clause are parsed as the clause's own, the marks hung from them") {
  // The marks had made "in a note to clients that …" one phrase with no
  // complement of "wrote".
  ng::nlp::Sentence s = Parse(
      "Analysts at Kerr Partners wrote in a note to clients that the merger would give Dunmore \"much-needed "
      "scale\" in the crowded snacks market.");
  const int wrote = Find(s, "wrote"), give = Find(s, "give"), scale = Find(s, "scale");
  CHECK(s.tokens[give].head == wrote);
  CHECK(s.tokens[give].deprel == "ccomp");
  CHECK(s.tokens[scale].head == give);
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (s.tokens[i].form == "\"") {
      CHECK(s.tokens[i].head == scale);
      CHECK(s.tokens[i].deprel == "punct");
      CHECK((s.tokens[i].xpos == "``" || s.tokens[i].xpos == "''"));
    }
  // A quotation opening the sentence keeps its marks in the models' reading.
  ng::nlp::Sentence q = Parse("\"We will appeal,\" the club said.");
  CHECK(q.tokens[Find(q, "appeal")].head == Find(q, "said"));
}

TEST_CASE("a clause after 'said after the match' is what was said, and an infinitive's object is no second subject") {
  ng::nlp::Sentence s = Parse("The coach said after the match that the decision to rule out the goal was baffling.");
  const int said = Find(s, "said"), baffling = Find(s, "baffling");
  // The clause had described "match", and "the goal" been a second subject.
  CHECK(s.tokens[baffling].head == said);
  CHECK(s.tokens[baffling].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "goal")].head == Find(s, "rule"));
  CHECK(s.tokens[Find(s, "goal")].deprel == "obj");
  CHECK(s.tokens[Find(s, "decision")].head == baffling);
}

TEST_CASE("'admitted that weakness and said …': 'that' is the noun's determiner, no mark of a clause") {
  for (const char* text : {"The researchers admitted that weakness and said a larger trial was needed.",
                           "The mayor accepted that criticism and promised a review of the plan."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    const int first = Find(s, "admitted") >= 0 ? Find(s, "admitted") : Find(s, "accepted");
    const int second = Find(s, "said") >= 0 ? Find(s, "said") : Find(s, "promised");
    const int noun = Find(s, "that") + 1;
    CHECK(s.tokens[Find(s, "that")].deprel == "det");
    CHECK(s.tokens[noun].head == first);
    CHECK(s.tokens[noun].deprel == "obj");
    CHECK(s.tokens[second].head == first);
    CHECK(s.tokens[second].deprel == "conj");
  }
  // A clause with its own subject and verb keeps its mark.
  ng::nlp::Sentence s = Parse("The mayor admitted that the plan had failed and that costs had risen.");
  CHECK(s.tokens[Find(s, "that")].deprel == "mark");
}

TEST_CASE("'Several now believe a trade deal in spring is likely': the verb in the present, the clause with its subject") {
  ng::nlp::Sentence s = Parse("Several now believe a trade deal in spring is likely.");
  const int believe = Find(s, "believe"), likely = Find(s, "likely"), deal = Find(s, "deal");
  // "believe" had been an infinitive, the clause a subject of "likely".
  CHECK(s.tokens[believe].xpos == "VBP");
  CHECK(s.tokens[believe].head < 0);
  CHECK(s.tokens[Find(s, "Several")].head == believe);
  // "a trade deal" had been the object of "believe", "likely" a conjunct.
  CHECK(s.tokens[likely].head == believe);
  CHECK(s.tokens[likely].deprel == "ccomp");
  CHECK(s.tokens[deal].head == likely);
  CHECK(s.tokens[deal].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "spring")].head == deal);
  // A phrase that may open a clause stays the verb's, and a bare past
  // tense's clause takes no phrase ("with eight minutes left").
  ng::nlp::Sentence m = Parse("The fire started hours after the crew left the plant.");
  CHECK(m.tokens[Find(m, "hours")].deprel != "nsubj");
  ng::nlp::Sentence w = Parse("Captain Ivo Tal scored the winner with eight minutes left, and he was thrilled.");
  CHECK(w.tokens[Find(w, "winner")].deprel == "obj");
}

TEST_CASE("'said in an emailed statement that delays at the docks of X were …': the word in '-s' is the subject") {
  // "delays" had been a verb: the report had no clause (its phrase held a
  // second preposition, the place of saying a participle).
  ng::nlp::Sentence s = Parse(
      "The port authority said in an emailed statement that delays at the docks of Vikstad were costing shippers "
      "millions.");
  const int delays = Find(s, "delays"), costing = Find(s, "costing");
  CHECK(s.tokens[delays].upos == "NOUN");
  CHECK(s.tokens[delays].head == costing);
  CHECK(s.tokens[costing].head == Find(s, "said"));
}

TEST_CASE("'would be better spent': after a form of 'be' and adverbs, a past-looking verb is the participle") {
  ng::nlp::Sentence s = Parse("The mayor defended the budget, telling councillors that the savings would be better spent "
                              "on roads.");
  const int spent = Find(s, "spent");
  CHECK(s.tokens[spent].xpos == "VBN");  // had been a past tense, a clause of its own
  CHECK(s.tokens[Find(s, "roads")].head == spent);
}

TEST_CASE("'said in a statement that talks with X would resume': 'that' opens the clause, the noun its subject") {
  ng::nlp::Sentence s = Parse("The ministry said in a statement that talks with the unions would resume soon.");
  const int talks = Find(s, "talks"), resume = Find(s, "resume");
  CHECK(s.tokens[talks].upos == "NOUN");  // not a verb in "-s"
  CHECK(s.tokens[talks].head == resume);
  CHECK(s.tokens[talks].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "that")].head == resume);
  CHECK(s.tokens[Find(s, "that")].deprel == "mark");
  CHECK(s.tokens[resume].head == Find(s, "said"));
}

TEST_CASE("a plural-looking subject before a subject opened by a quantifier is the verb, its determiner the noun's") {
  // "shows" had been a plural noun, a second subject of "unhappy".
  ng::nlp::Sentence s = Parse("A new survey shows most voters were unhappy with the plan.");
  const int shows = Find(s, "shows");
  CHECK(s.tokens[shows].upos == "VERB");
  CHECK(s.tokens[shows].head < 0);
  CHECK(s.tokens[Find(s, "unhappy")].head == shows);
  CHECK(s.tokens[Find(s, "A")].head == Find(s, "survey"));
}

TEST_CASE("a plural-looking noun after a singular one, in a sentence with no finite verb, is its verb") {
  // Each read with the word in "-s" a plural noun ("the mayor plans") and
  // no finite verb in the sentence.
  for (auto [text, word] : {std::pair{"The county plans to repave, over two summers, most of its gravel roads.", "plans"},
                            std::pair{"The blueprint envisions turning the old mill into flats.", "envisions"},
                            std::pair{"A small office monitors the level of the river at four bridges.", "monitors"}}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    const int verb = Find(s, word);
    REQUIRE(verb >= 0);
    CHECK(s.tokens[verb].xpos == "VBZ");
    CHECK(s.tokens[verb].head < 0);  // the root
  }
  // With a finite verb elsewhere, the plural noun stays one.
  ng::nlp::Sentence s = Parse("The mayor plans to build a bridge were dropped in May.");
  CHECK(s.tokens[Find(s, "plans")].upos == "NOUN");
}

TEST_CASE("'that' before a plural noun opens a clause, an '-ing' word after 'is' that opens a phrase is a verb") {
  // "warning" had been a noun, "voters" the sentence's root.
  ng::nlp::Sentence s = Parse("The mayor is warning residents that the bridge will close in May.");
  const int warning = Find(s, "warning");
  CHECK(s.tokens[warning].xpos == "VBG");
  CHECK(s.tokens[Find(s, "close")].head == warning);
  // "that" had been the determiner of "farmers".
  ng::nlp::Sentence r = Parse("The union charges that farmers in the north sold their grain early.");
  CHECK(r.tokens[Find(r, "that")].upos == "SCONJ");
  // A determiner before a singular noun stays one.
  ng::nlp::Sentence d = Parse("The widow sold that farm to her neighbour in 2019.");
  CHECK(d.tokens[Find(d, "that")].upos == "DET");
}

TEST_CASE("a 'that' clause after the person a verb tells is the verb's complement") {
  // Had been a clause describing "residents" (acl), with no verb of saying above it.
  ng::nlp::Sentence s = Parse("The mayor told residents that the bridge will close in May.");
  const int close = Find(s, "close");
  CHECK(s.tokens[close].head == Find(s, "told"));
  CHECK(s.tokens[close].deprel == "ccomp");
  // A relative clause whose object is "that", after a verb of telling.
  ng::nlp::Sentence r = Parse("The mayor is warning residents that the bridge will close in May.");
  CHECK(r.tokens[Find(r, "close")].head == Find(r, "warning"));
  CHECK(r.tokens[Find(r, "that")].deprel == "mark");
  // A noun's own clause ("the claim that") and a relative clause after
  // another verb stay.
  ng::nlp::Sentence c = Parse("The council rejected the claim that the bridge will close in May.");
  CHECK(c.tokens[Find(c, "close")].head == Find(c, "claim"));
  ng::nlp::Sentence v = Parse("The council sold the houses that the bank had seized.");
  CHECK(v.tokens[Find(v, "seized")].head == Find(v, "houses"));
}

TEST_CASE("the subject of a 'that' clause with a relative clause of its own keeps its predicate") {
  // "that" and "officials" had been obliques of "said", "stayed" a
  // complement of "knew": the mayor's statement was "officials"' own.
  ng::nlp::Sentence s = Parse("The mayor said that officials who knew about the leak had stayed silent.");
  const int stayed = Find(s, "stayed");
  CHECK(s.tokens[stayed].head == Find(s, "said"));
  CHECK(s.tokens[stayed].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "officials")].head == stayed);
  CHECK(s.tokens[Find(s, "that")].deprel == "mark");
  CHECK(s.tokens[Find(s, "leak")].head == Find(s, "knew"));
  // A predicate read as a participle is the clause's past tense.
  ng::nlp::Sentence p = Parse("Police believe that the men who robbed the shop fled abroad.");
  const int fled = Find(p, "fled");
  CHECK(p.tokens[fled].head == Find(p, "believe"));
  CHECK(p.tokens[fled].xpos == "VBD");
  // "do better": a predicate with an auxiliary.
  ng::nlp::Sentence d = Parse("The study suggests that pupils who read daily do better at school.");
  CHECK(d.tokens[Find(d, "better")].head == Find(d, "suggests"));
}

TEST_CASE("a participle opening a sentence modifies the clause after its comma, 'close to X' describes a noun") {
  // "Asked" had been a past tense, the root, and "replied" set beside it.
  ng::nlp::Sentence s = Parse("Asked whether he would run again, Olsen replied: \"That is for the voters to decide.\"");
  const int replied = Find(s, "replied");
  CHECK(s.tokens[replied].head == -1);
  CHECK(s.tokens[Find(s, "Asked")].head == replied);
  CHECK(s.tokens[Find(s, "Asked")].deprel == "advcl");
  // "close" had been the root, "say" beside it.
  ng::nlp::Sentence c = Parse("Sources close to the mayor say she is furious.");
  const int say = Find(c, "say");
  CHECK(c.tokens[say].head == -1);
  CHECK(c.tokens[Find(c, "Sources")].head == say);
  CHECK(c.tokens[Find(c, "close")].head == Find(c, "Sources"));
}

TEST_CASE("'Writing in the Oslo Courier, the minister argued': the phrase after a participle is the participle's") {
  // "in" had marked "argued", "Oslo" a second subject of it.
  ng::nlp::Sentence s = Parse("Writing in the Oslo Courier, the former minister argued that the policy had failed.");
  CHECK(s.tokens[Find(s, "Oslo")].head == Find(s, "Writing"));
  CHECK(s.tokens[Find(s, "in")].deprel == "case");
  CHECK(s.tokens[Find(s, "minister")].deprel == "nsubj");
}

TEST_CASE("an office's apposition opening with a compound still makes the office the subject") {
  // "said" had been a noun modifier of "minister", the sentence verbless:
  // the comma before the name lies before its compounds, not its head.
  ng::nlp::Sentence s = Parse("Norway's health minister, Kari Nordby, said hospitals were coping.");
  const int said = Find(s, "said");
  CHECK(s.tokens[said].head == -1);
  CHECK(s.tokens[Find(s, "minister")].head == said);
}

TEST_CASE("'Rojas, asked about the criticism, said ...': the participle set off after the subject describes it") {
  // "asked" had been the root and "said" its conjunct, the statement speakerless.
  ng::nlp::Sentence s = Parse("Rojas, asked about the criticism, said she was confident the budget would pass.");
  const int said = Find(s, "said");
  CHECK(s.tokens[said].head == -1);
  CHECK(s.tokens[Find(s, "Rojas")].head == said);
  CHECK(s.tokens[Find(s, "asked")].head == Find(s, "Rojas"));
  // "X, frowned and said" keeps two acts joined by "and".
  ng::nlp::Sentence j = Parse("Rojas paused, smiled and said nothing.");
  CHECK(j.tokens[Find(j, "said")].deprel == "conj");
}

TEST_CASE("'The governor, speaking to a crowd, promised ...': a present participle set off after the subject describes it") {
  // "speaking" had been the root and "promised" its phrase, the promise subjectless.
  ng::nlp::Sentence s = Parse("The governor, speaking to a crowd of farmers, promised new roads.");
  const int promised = Find(s, "promised");
  CHECK(s.tokens[promised].head == -1);
  CHECK(s.tokens[Find(s, "governor")].head == promised);
  CHECK(s.tokens[Find(s, "speaking")].head == Find(s, "governor"));
  CHECK(s.tokens[Find(s, "speaking")].xpos == "VBG");
}

TEST_CASE("'said X and warned that Y': the second report joins the first, not the words reported") {
  // "warned" had joined "flawed", the bill its subject.
  ng::nlp::Sentence s = Parse("The senator said the bill was flawed and warned that it would raise costs.");
  CHECK(s.tokens[Find(s, "warned")].head == Find(s, "said"));
  // A past tense cannot share "would": "warned" is the speaker's.
  ng::nlp::Sentence m = Parse("Lund said he would order a review and warned against hasty cuts.");
  CHECK(m.tokens[Find(m, "warned")].head == Find(m, "said"));
  // Two acts of the reported clause stay in it.
  ng::nlp::Sentence r = Parse("Lund said the company had grown and hired new staff.");
  CHECK(r.tokens[Find(r, "hired")].head == Find(r, "grown"));
}

TEST_CASE("'Labour's transport spokesperson, Ana Lund, said': a possessive is no copula, the phrase the subject") {
  // "'s" had been the copula of "Labour is spokesperson", the phrase a clause of "said".
  ng::nlp::Sentence s = Parse("Labour's transport spokesperson, Ana Lund, said the plan was late.");
  const int owner = Find(s, "Labour");
  CHECK(s.tokens[owner + 1].deprel == "case");
  CHECK(s.tokens[owner].deprel == "nmod:poss");
  CHECK(s.tokens[Find(s, "spokesperson")].head == Find(s, "said"));
  CHECK(s.tokens[Find(s, "spokesperson")].deprel == "nsubj");
}

TEST_CASE("a finite clause right after a verb, nothing set off between, is its complement, not a parataxis") {
  // "had" had been a parataxis of "insisted": no report.
  ng::nlp::Sentence s = Parse("Sources close to the health secretary insisted he had nothing to hide.");
  CHECK(s.tokens[Find(s, "had")].head == Find(s, "insisted"));
  CHECK(s.tokens[Find(s, "had")].deprel == "ccomp");
}

TEST_CASE("'…, residents and a police source said.': the closing verb reports the clause before it") {
  // "said" had been a conjunct of "took", "residents" of "guards".
  ng::nlp::Sentence s = Parse("Rebels took the river port on Sunday after a night of clashes with border guards, residents and a police source said.");
  const int said = Find(s, "said");
  CHECK(s.tokens[said].head == -1);
  CHECK(s.tokens[Find(s, "took")].head == said);
  CHECK(s.tokens[Find(s, "took")].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "residents")].head == said);
  CHECK(s.tokens[Find(s, "source")].head == Find(s, "residents"));
}

TEST_CASE("'A report seen by the Courier said': the noun phrase after the participle's 'by' is its agent") {
  // "by" had been a marker and "the Oslo Courier" a second subject of "said".
  ng::nlp::Sentence s = Parse("A report seen by the Oslo Courier said the mine had broken safety rules.");
  CHECK(s.tokens[Find(s, "Oslo")].head == Find(s, "seen"));
  CHECK(s.tokens[Find(s, "Oslo")].deprel == "obl:agent");
  CHECK(s.tokens[Find(s, "report")].head == Find(s, "said"));
}

TEST_CASE("'Those surveyed said …': the pronoun is the subject, the participle describes it") {
  // "Those" had been the root and "said" a relative clause with "surveyed" its subject.
  ng::nlp::Sentence s = Parse("Those surveyed said the ferry was too slow.");
  const int said = Find(s, "said");
  CHECK(s.tokens[said].head == -1);
  CHECK(s.tokens[Find(s, "Those")].head == said);
  CHECK(s.tokens[Find(s, "Those")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "surveyed")].head == Find(s, "Those"));
}

TEST_CASE("'Analysts estimated the recall could cost …': the estimate reports the clause, its object the clause's subject") {
  // "estimated" had been the clausal subject of "cost", "the recall" its object.
  ng::nlp::Sentence s = Parse("Analysts at Bank Vontobel estimated the recall could cost the company up to 200 million francs.");
  const int estimated = Find(s, "estimated");
  CHECK(s.tokens[estimated].head == -1);
  CHECK(s.tokens[Find(s, "cost")].head == estimated);
  CHECK(s.tokens[Find(s, "cost")].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "recall")].head == Find(s, "cost"));
  CHECK(s.tokens[Find(s, "recall")].deprel == "nsubj");
}

TEST_CASE("'said X was Y, but declined to Z': the refusal is the speaker's") {
  // "declined" had joined the reported predicate "in talks", the town its subject.
  ng::nlp::Sentence s = Parse("The mayor said the town was in talks with the owner, but declined to give a date.");
  CHECK(s.tokens[Find(s, "declined")].head == Find(s, "said"));
  ng::nlp::Sentence r = Parse("The agency said the results were preliminary and refused to say when more would come.");
  CHECK(r.tokens[Find(r, "refused")].head == Find(r, "said"));
  // After a report in the present, the past refusal is the reported subject's.
  ng::nlp::Sentence p = Parse("Police say the driver ignored the lights and refused to stop the car.");
  CHECK(p.tokens[Find(p, "refused")].head == Find(p, "ignored"));
}

TEST_CASE("a name after a closing quotation mark is the subject of the verb after it, not of the quotation's verb") {
  // "Tom" had been a second subject of "is", "said" a relative clause of "figure".
  ng::nlp::Sentence s = Parse("\"There is a gap,\" Tom Dahl, a top party figure, said.");
  const int said = Find(s, "said");
  CHECK(s.tokens[said].head == -1);
  CHECK(s.tokens[Find(s, "Tom")].head == said);
  CHECK(s.tokens[Find(s, "is")].head == said);
  CHECK(s.tokens[Find(s, "figure")].head == Find(s, "Tom"));
  // "said" the root already, "Tom" read as the quotation's second subject.
  ng::nlp::Sentence r = Parse("\"There is a gap between the board and the staff,\" Tom Dahl said.");
  CHECK(r.tokens[Find(r, "Tom")].head == Find(r, "said"));
  // A quotation read right stays so.
  ng::nlp::Sentence k = Parse("\"We are ready,\" Tom Dahl said on Friday.");
  CHECK(k.tokens[Find(k, "Tom")].head == Find(k, "said"));
  CHECK(k.tokens[Find(k, "ready")].deprel == "ccomp");
}

TEST_CASE("'X has said he would refuse': the reported clause completes the verb of speech, not the reverse") {
  // "refuse" had been the root and "said" its adverbial clause.
  ng::nlp::Sentence s = Parse("Meanwhile, Ruiz's agent has said he would refuse to sign the contract.");
  const int said = Find(s, "said");
  CHECK(s.tokens[said].head == -1);
  CHECK(s.tokens[Find(s, "refuse")].head == said);
  CHECK(s.tokens[Find(s, "refuse")].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "Meanwhile")].head == said);
  // A clause opened by "when" is the time of the other.
  ng::nlp::Sentence w = Parse("When the results are released I highly doubt it will change anything.");
  CHECK(w.tokens[Find(w, "doubt")].head == -1);
}

TEST_CASE("a bare verb between two finite verbs is the second one's subject ('said pay was low')") {
  // "pay" had been a verb, the clause "was low" with no subject.
  ng::nlp::Sentence s = Parse("The union said pay was low.");
  const int pay = Find(s, "pay");
  CHECK(s.tokens[pay].upos == "NOUN");
  CHECK(s.tokens[pay].head == Find(s, "low"));
  CHECK(s.tokens[Find(s, "low")].head == Find(s, "said"));
}

TEST_CASE("a 'that' clause with no gap is the complement of the verb, not a relative of its oblique") {
  // "that the cut was deeper" had been a relative clause of "note".
  ng::nlp::Sentence s = Parse("Lena Holm of Arvid Bank wrote in a note to clients that the cut was \"deeper than hoped,\" "
                              "while others doubted the plan.");
  const int deeper = Find(s, "deeper");
  CHECK(s.tokens[deeper].head == Find(s, "wrote"));
  CHECK(s.tokens[deeper].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "that")].deprel == "mark");
  // A relative with its gap keeps its noun: "a letter that the mayor sent".
  ng::nlp::Sentence r = Parse("She quoted from a letter that the mayor sent.");
  CHECK(r.tokens[Find(r, "sent")].head == Find(r, "letter"));
  CHECK(r.tokens[Find(r, "sent")].deprel == "acl:relcl");
}

TEST_CASE("a finite conjunct with no subject opening where a verb's object ends is that verb's clause") {
  // "had slowed" had been a conjunct of "cut" with no subject, "demand" the object of "saying".
  ng::nlp::Sentence s = Parse("Brantor cut its sales forecast on Monday, saying demand for chips used in cars had slowed sharply.");
  const int slowed = Find(s, "slowed");
  CHECK(s.tokens[slowed].head == Find(s, "saying"));
  CHECK(s.tokens[slowed].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "demand")].head == slowed);
  CHECK(s.tokens[Find(s, "demand")].deprel == "nsubj");
}

TEST_CASE("'that' right after a day opens a clause, it determines no noun") {
  // "that" had been a determiner of "photo identification", the clause lost.
  ng::nlp::Sentence s = Parse("The senator argued on Friday that photo identification was a \"basic safeguard\" most voters liked.");
  CHECK(s.tokens[Find(s, "that")].upos == "SCONJ");
  CHECK(s.tokens[Find(s, "safeguard")].head == Find(s, "argued"));
}

TEST_CASE("the word after a subject pronoun is its verb, not a noun ('he points out')") {
  // "points" had been a plural noun and the reporting clause no clause.
  ng::nlp::Sentence s = Parse("Ridership rose 4 percent last year, he points out, and buses now run on time more often.");
  CHECK(s.tokens[Find(s, "points")].upos == "VERB");
  CHECK(s.tokens[Find(s, "points")].xpos == "VBZ");
}

TEST_CASE("'that' before nouns ending in a plural with a verb after opens a clause") {
  // "that" had been a determiner of "price pressures", the clause a relative of "conference".
  ng::nlp::Sentence s = Parse("The governor told a news conference that price pressures had eased since the spring.");
  CHECK(s.tokens[Find(s, "that")].upos == "SCONJ");
  CHECK(s.tokens[Find(s, "eased")].head == Find(s, "told"));
}

TEST_CASE("'argued for years that X': the clause is the verb's, not a relative of the span of time") {
  // "that" had been the object of a relative clause of "months".
  ng::nlp::Sentence s = Parse("One of them, deputy governor Jon Weber, has argued for months that high rates are doing needless damage to the economy.");
  CHECK(s.tokens[Find(s, "doing")].head == Find(s, "argued"));
  CHECK(s.tokens[Find(s, "doing")].deprel == "ccomp");
}

TEST_CASE("a relative clause with no relative word closing the sentence after a comma is its reporting clause") {
  // "showed" had been a relative clause of "cut", the vote no one's report.
  ng::nlp::Sentence s = Parse("Two of the nine members of the board voted for an immediate cut, minutes of the meeting showed.");
  const int showed = Find(s, "showed");
  CHECK(s.tokens[showed].head == -1);
  CHECK(s.tokens[Find(s, "voted")].head == showed);
  CHECK(s.tokens[Find(s, "voted")].deprel == "ccomp");
}

TEST_CASE("a noun before its verb's subject set off by commas is the subject, the name its apposition") {
  // "minister" had been a clausal complement of "said", "Ana Pires" its subject.
  ng::nlp::Sentence s = Parse("The transport minister, Ana Pires, said she would meet both sides on Tuesday.");
  const int minister = Find(s, "minister");
  CHECK(s.tokens[minister].deprel == "nsubj");
  CHECK(s.tokens[minister].head == Find(s, "said"));
  CHECK(s.tokens[Find(s, "Ana")].head == minister);
}

TEST_CASE("'X called the strike Y and said …': the strike is the object, the second verb X's") {
  // "the strike" had been the subject of "said".
  ng::nlp::Sentence s = Parse("Chief executive Tom Hale called the strike \"reckless\" and said the company had made a fair offer.");
  CHECK(s.tokens[Find(s, "strike")].head == Find(s, "called"));
  CHECK(s.tokens[Find(s, "strike")].deprel == "obj");
  CHECK(s.tokens[Find(s, "said")].deprel == "conj");
}

TEST_CASE("a 'who' clause after the sentence's opening name and a comma is the name's relative clause") {
  // The relative clause had been the complement of "said", the name a vocative.
  ng::nlp::Sentence s = Parse("Farmer Dev Patel, who would lease land to the developer, said the income would keep his farm going.");
  const int said = Find(s, "said");
  CHECK(s.tokens[Find(s, "lease")].deprel == "acl:relcl");
  CHECK(s.tokens[Find(s, "keep")].head == said);
  CHECK(s.tokens[s.tokens[Find(s, "lease")].head].head == said);
}

TEST_CASE("a finite verb hung as an oblique, closing the sentence after a comma and its subject, is its reporting clause") {
  // "estimates" had been an oblique of "lose", the estimate no statement.
  ng::nlp::Sentence s = Parse("About 900 pupils will lose their bus service, the district estimates.");
  const int estimates = Find(s, "estimates");
  CHECK(s.tokens[estimates].head == -1);
  CHECK(s.tokens[Find(s, "lose")].head == estimates);
}

TEST_CASE("a closing verb with whom it told ('…, NAME, told reporters.') is the reporting clause") {
  // "told" had been a conjunct with no subject, "the mayor of San Telmo" an apposition of the clause.
  ng::nlp::Sentence s = Parse("At least 40 homes have been destroyed, the mayor of San Telmo, Rosa Ibarra, told reporters.");
  const int told = Find(s, "told");
  CHECK(s.tokens[told].head == -1);
  CHECK(s.tokens[Find(s, "destroyed")].head == told);
  CHECK(s.tokens[Find(s, "mayor")].head == told);
  CHECK(s.tokens[Find(s, "mayor")].deprel == "nsubj");
}

TEST_CASE("a word in a consonant and 's' is a plural noun, not a bare verb ('a letter to regulators')") {
  // "regulators" had been a verb after an infinitive "to", the clause after it its complement.
  ng::nlp::Sentence s = Parse("The drivers' club argued in a letter to assessors last spring that the valves were likely to fail.");
  const int assessors = Find(s, "assessors");
  CHECK(s.tokens[assessors].xpos == "NNS");
  CHECK(s.tokens[Find(s, "to")].upos == "ADP");
  CHECK(s.tokens[Find(s, "likely")].head == Find(s, "argued"));
}

TEST_CASE("a 'that' read as the subject beside its verb's own subject marks the verb's clause") {
  // "that" had been a relative pronoun and a second subject of "prone", the
  // clause a relative of "members".
  ng::nlp::Sentence s = Parse("The Riders Union argued in a letter to its members that the cables were prone to snapping.");
  CHECK(s.tokens[Find(s, "that")].deprel == "mark");
  CHECK(s.tokens[Find(s, "prone")].head == Find(s, "argued"));
  CHECK(s.tokens[Find(s, "prone")].deprel == "ccomp");
}

TEST_CASE("a name set off after an opening time phrase read as the root is the subject of the verb after it") {
  // "In October" had been the root and, once the verb was, its subject.
  ng::nlp::Sentence s = Parse("In October, Lena Ostrova, the Green nominee, proposed a freeze on rents.");
  const int proposed = Find(s, "proposed");
  CHECK(s.tokens[proposed].head == -1);
  CHECK(s.tokens[Find(s, "Ostrova")].head == proposed);
  CHECK(s.tokens[Find(s, "Ostrova")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "October")].deprel == "obl");
}

TEST_CASE("a name set off after an opening phrase before a description read as the subject is the subject") {
  // The description had been the subject, the name a conjunct of "June"
  // or a compound of the description across its comma.
  for (const char* text : {"In June, Lena Ostrova, the party's deputy leader, proposed a freeze on rents in the capital.",
                           "In June, Ostrova, the party's deputy leader, proposed a freeze on rents in the capital."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    const int name = Find(s, "Ostrova");
    CHECK(s.tokens[name].head == Find(s, "proposed"));
    CHECK(s.tokens[name].deprel == "nsubj");
    CHECK(s.tokens[Find(s, "leader")].deprel == "appos");
  }
}

TEST_CASE("adjectives closing a phrase after a possessive before a comma end in its noun ('the firm's chief executive')") {
  // "executive" had been an adjective, the phrase a clause of "said".
  ng::nlp::Sentence s = Parse("In an interview, Lena Ostrova, the firm's chief executive, said rents would be frozen.");
  CHECK(s.tokens[Find(s, "executive")].upos == "NOUN");
  CHECK(s.tokens[Find(s, "frozen")].head == Find(s, "said"));
  // One adjective before a comma may be a predicate: "The soup's fine, but …".
  ng::nlp::Sentence p = Parse("The soup's fine, but the bread is stale.");
  CHECK(p.tokens[Find(p, "fine")].upos == "ADJ");
  // Nor before a participle that goes with the noun after it.
  ng::nlp::Sentence q = Parse("She needs most of the remaining votes to match Ruiz's current pledged delegate lead.");
  CHECK(q.tokens[Find(q, "current")].upos == "ADJ");
}

TEST_CASE("a name with no preposition right after a plural noun names it and hangs nowhere else") {
  // The name had been an oblique, a second subject, the subject of a noun.
  for (const char* text : {"Lund also offered his thanks to rivals Ana Ruiz and Tom Berg, who ran close races.",
                           "The senator paid tribute to colleagues Ana Ruiz and Tom Berg, who both retire this year.",
                           "Voters preferred her to challengers Ana Ruiz and Tom Berg by wide margins.",
                           "The coach sent flowers to teammates Ana Ruiz and Tom Berg after the final."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    const int ana = Find(s, "Ana");
    CHECK(s.tokens[s.tokens[ana].head].xpos == "NNS");
    CHECK(s.tokens[ana].head == ana - 1);
    CHECK(s.tokens[ana].deprel == "appos");
  }
}

TEST_CASE("a closing number of people before a verb with no subject is its subject ('…, two of the officials said.')") {
  // "two" had been a conjunct inside the clause before, "said" with no subject.
  ng::nlp::Sentence s = Parse("The ferry could be sold by spring, two of the officials said.");
  const int said = Find(s, "said");
  CHECK(s.tokens[said].head == -1);
  CHECK(s.tokens[Find(s, "two")].head == said);
  CHECK(s.tokens[Find(s, "two")].deprel == "nsubj");
}

TEST_CASE("an -est word right after a noun is the noun's verb, not a superlative") {
  // "suggest" had been a superlative adjective ("sug" + "-est") and the
  // sentence's verb the one of the clause reported.
  for (const char* text : {"The figures suggest inflation will fall.", "Forecasts suggest rain will return.",
                           "The data suggest growth will slow."}) {
    INFO(text);
    ng::nlp::Sentence s = Parse(text);
    const int suggest = Find(s, "suggest");
    CHECK(s.tokens[suggest].upos == "VERB");
    CHECK(s.tokens[suggest].lemma == "suggest");
    CHECK(s.tokens[suggest].head == -1);
  }
  // An ordinal read as a noun keeps its superlative.
  ng::nlp::Sentence r = Parse("The town has the fifth highest rents in the region.");
  CHECK(r.tokens[Find(r, "highest")].upos == "ADJ");
}

TEST_CASE("an -ing word after a comma and before 'that' is a participle reporting") {
  // "warning" had been a noun and the clause after it a relative one.
  ng::nlp::Sentence s =
      Parse("The group urged the council to act, warning that prices were rising faster than wages.");
  const int warning = Find(s, "warning");
  CHECK(s.tokens[warning].xpos == "VBG");
  CHECK(s.tokens[Find(s, "rising")].head == warning);
  CHECK(s.tokens[Find(s, "rising")].deprel == "ccomp");
  // Not a noun with an article: "a warning that …" stays a noun.
  ng::nlp::Sentence n = Parse("The group issued a warning that prices were rising.");
  CHECK(n.tokens[Find(n, "warning")].upos == "NOUN");
}

TEST_CASE("an adjective closing nouns after a possessive before a comma is their noun") {
  // "critic" had been an adjective of "transport", the name its apposition.
  ng::nlp::Sentence s = Parse("Its transport critic, Tomas Greer, said the fares were too high.");
  const int critic = Find(s, "critic");
  CHECK(s.tokens[critic].upos == "NOUN");
  CHECK(s.tokens[Find(s, "Tomas")].head == critic);
  CHECK(s.tokens[critic].deprel == "nsubj");
  // Not a participle's adjective in a headline's clause.
  ng::nlp::Sentence h = Parse("Vane's Server Unprotected, Experts Say");
  CHECK(h.tokens[Find(h, "Unprotected")].upos == "ADJ");
}

TEST_CASE("an apostrophe closing a plural before a noun is its possessive") {
  // It had been a closing quotation mark and the two nouns two subjects.
  ng::nlp::Sentence s = Parse("The Harbour Pilots' Association said the channel was unsafe.");
  const int mark = Find(s, "'");
  CHECK(s.tokens[mark].xpos == "POS");
  CHECK(s.tokens[Find(s, "Pilots")].deprel == "nmod:poss");
  CHECK(s.tokens[Find(s, "Association")].deprel == "nsubj");
}

TEST_CASE("a closing subject described by a participle speaks the clause before it") {
  // The comma had been the subject's, so the closing report went unread.
  ng::nlp::Sentence s = Parse("Exports fell in March, data released by the customs office showed.");
  const int showed = Find(s, "showed");
  CHECK(s.tokens[showed].head == -1);
  CHECK(s.tokens[Find(s, "fell")].head == showed);
  CHECK(s.tokens[Find(s, "data")].head == showed);
  // Not a clause opened by a subordinator before a subject with a title.
  ng::nlp::Sentence a =
      Parse("After the appeals court refused to reconsider the case, Harbour Mayor Ana Ruiz (D) asked the state "
            "for help.");
  const int refused = Find(a, "refused");
  CHECK_FALSE((a.tokens[refused].head == Find(a, "asked") && a.tokens[refused].deprel == "ccomp"));
}

TEST_CASE("a gerund after 'the' with a second phrase right after it is a noun") {
  // "ruling" had been a gerund with "a victory" its object, and no small
  // clause was left for "called".
  ng::nlp::Sentence s = Parse("Her lawyer called the ruling a victory for tenants.");
  const int ruling = Find(s, "ruling");
  CHECK(s.tokens[ruling].upos == "NOUN");
  CHECK(s.tokens[ruling].deprel == "obj");
  CHECK(s.tokens[ruling].head == Find(s, "called"));
}

TEST_CASE("a closing subject described by a participle with its own phrase speaks the clause before it") {
  // "Tuesday" had been the closing verb's subject and "published" a
  // conjunct of the first clause.
  ng::nlp::Sentence s = Parse("Sales fell sharply in October, figures published on Tuesday showed.");
  const int showed = Find(s, "showed");
  CHECK(s.tokens[showed].head == -1);
  CHECK(s.tokens[Find(s, "figures")].head == showed);
  CHECK(s.tokens[Find(s, "figures")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "published")].head == Find(s, "figures"));
  CHECK(s.tokens[Find(s, "Tuesday")].head == Find(s, "published"));
  CHECK(s.tokens[Find(s, "fell")].head == showed);
}

TEST_CASE("a closing verb of showing after a participle's phrase is a verb, not a compound's noun") {
  // "show" had closed a compound "newspaper show".
  ng::nlp::Sentence s = Parse("The firm paid no tax in 2019, documents obtained by the newspaper show.");
  const int show = Find(s, "show");
  CHECK(s.tokens[show].upos == "VERB");
  CHECK(s.tokens[show].head == -1);
  CHECK(s.tokens[Find(s, "documents")].head == show);
  // Not a show of any other kind.
  ng::nlp::Sentence r = Parse("He starred in a film, a reality show.");
  CHECK(r.tokens[Find(r, "show")].upos == "NOUN");
}

TEST_CASE("a past tense in -eded of a base training never saw keeps its e") {
  // "conceded" had been "conced" (the rule of "needed" and "added").
  for (auto [form, lemma] : {std::pair{"conceded", "concede"}, {"receded", "recede"}, {"needed", "need"},
                             {"exceeded", "exceed"}, {"added", "add"}}) {
    INFO(form);
    ng::nlp::Sentence s = Parse(std::string("The tide ") + form + " slowly.");
    CHECK(s.tokens[Find(s, form)].lemma == lemma);
  }
}

TEST_CASE("a capitalized noun opening a name before a title and a name is a proper noun") {
  // "Progress" had been a common noun, the sentence's subject, and the
  // leader its modifier.
  ng::nlp::Sentence s = Parse("Progress Alliance leader Tomas Hollander said the vote was fair.");
  CHECK(s.tokens[0].upos == "PROPN");
  CHECK(s.tokens[Find(s, "Tomas")].deprel == "nsubj");
  // A title before a name stays a title.
  ng::nlp::Sentence t = Parse("Judge Ana Ruiz said the vote was fair.");
  CHECK(t.tokens[Find(t, "Ana")].deprel == "nsubj");
}

TEST_CASE("a proportion of people before a verb with no subject is its subject") {
  // "eight" had been an oblique and "voters" an oblique too (its "of" had
  // unmade it a subject), "say" with no subject.
  ng::nlp::Sentence s = Parse("Nearly eight of 10 drivers say they support the toll.");
  const int say = Find(s, "say");
  CHECK(s.tokens[Find(s, "eight")].head == say);
  CHECK(s.tokens[Find(s, "eight")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "drivers")].head == Find(s, "eight"));
  // Opening the sentence, "Seven" is a number, and the verb heads it.
  ng::nlp::Sentence r = Parse("Seven in 10 tenants say the rent is too high.");
  CHECK(r.tokens[0].upos == "NUM");
  CHECK(r.tokens[Find(r, "say")].head == -1);
  CHECK(r.tokens[0].head == Find(r, "say"));
  // A number opening a name stays the name's.
  ng::nlp::Sentence n = Parse("Seven Oaks tenants say the rent is too high.");
  CHECK(n.tokens[0].upos == "PROPN");
}

TEST_CASE("a verb after a relative clause set off after the opening noun is the sentence's verb") {
  // "said" had been a modifier of the root noun, which the relative and
  // adverbial clauses kept from counting as the verb's subject.
  ng::nlp::Sentence s = Parse(
      "A former engineer, who asked not to be named because she still holds company stock, said morale had been poor "
      "for months.");
  const int said = Find(s, "said");
  CHECK(s.tokens[said].head == -1);
  CHECK(s.tokens[Find(s, "engineer")].head == said);
  CHECK(s.tokens[Find(s, "engineer")].deprel == "nsubj");
  // "called" had been a passive with no auxiliary, or a participle
  // describing the relative clause's object.
  for (const char* text : {"Norway, which has observers in the area, called for calm.",
                           "Norway, which has peacekeepers in the region, called for restraint."}) {
    INFO(text);
    ng::nlp::Sentence r = Parse(text);
    const int called = Find(r, "called");
    CHECK(r.tokens[called].head == -1);
    CHECK(r.tokens[0].head == called);
    CHECK(r.tokens[0].deprel == "nsubj");
  }
}

TEST_CASE("a relative clause read with a second subject is the name's, and the name the verb's subject") {
  // "led" had had two subjects, the name and "who", and been the complement
  // of "said", which had none.
  ng::nlp::Sentence s = Parse("Deputy mayor Luca Bernardi, who led the plan, said traffic had doubled in a decade.");
  const int said = Find(s, "said");
  CHECK(s.tokens[Find(s, "Luca")].head == said);
  CHECK(s.tokens[Find(s, "Luca")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "led")].deprel == "acl:relcl");
}

TEST_CASE("a word between 'that' and a modal is the clause's subject, not a verb") {
  // "footfall" had been a present verb and "that" a relative pronoun.
  ng::nlp::Sentence s = Parse("The traders' group said in a statement that footfall would fall by a third.");
  const int footfall = Find(s, "footfall");
  CHECK(s.tokens[footfall].upos == "NOUN");
  CHECK(s.tokens[footfall].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "fall")].head == Find(s, "said"));
}

TEST_CASE("a word in -s opening the sentence before a preposition is a plural noun, not a verb") {
  // "Aides" had been a verb ("aids") with no subject, the clause after its
  // complement, and "said" with no subject.
  ng::nlp::Sentence s = Parse("Aides to Governor Ruth Kade said she would veto the bill.");
  const int aides = Find(s, "Aides");
  CHECK(s.tokens[aides].upos == "NOUN");
  CHECK(s.tokens[aides].head == Find(s, "said"));
  CHECK(s.tokens[aides].deprel == "nsubj");
  // "Looks like rain" keeps its verb.
  ng::nlp::Sentence l = Parse("Looks like rain again today.");
  CHECK(l.tokens[Find(l, "Looks")].upos == "VERB");
}

TEST_CASE("a past tense in -eeted has the base in -eet") {
  // "tweeted" had had the lemma "tweete" (the rule of "deleted").
  ng::nlp::Sentence s = Parse("The critic tweeted that the closure was a blow, and the owner greeted the news calmly.");
  CHECK(s.tokens[Find(s, "tweeted")].lemma == "tweet");
  CHECK(s.tokens[Find(s, "greeted")].lemma == "greet");
}

TEST_CASE("a word in -s between a noun or a clause's 'that' and a phrase before the verb is the plural subject") {
  // "losses" and "inventories" had been verbs with the clause's verb left
  // without a subject.
  ng::nlp::Sentence s = Parse("The mayor hoped that job losses at the shipyard could be kept low.");
  const int losses = Find(s, "losses");
  CHECK(s.tokens[losses].upos == "NOUN");
  CHECK(s.tokens[losses].head == Find(s, "kept"));
  ng::nlp::Sentence t = Parse("The treasurer told donors that inventories at the depot remained small.");
  const int inventories = Find(t, "inventories");
  CHECK(t.tokens[inventories].upos == "NOUN");
  CHECK(t.tokens[inventories].head == Find(t, "remained"));
  // A word training saw only as a verb stays one.
  ng::nlp::Sentence v = Parse("The agency says in its report the roads will reopen.");
  CHECK(v.tokens[Find(v, "says")].upos == "VERB");
}

TEST_CASE("'that' right after a finite verb before a bare present verb is a determiner, the verb its noun") {
  // "figure" had been a verb with "that" its subject, and the participle after it its clause's.
  ng::nlp::Sentence s = Parse("The ferry line disputes that figure, saying turnout was low.");
  CHECK(s.tokens[Find(s, "that")].upos == "DET");
  CHECK(s.tokens[Find(s, "figure")].upos == "NOUN");
  CHECK(s.tokens[Find(s, "figure")].head == Find(s, "disputes"));
}

TEST_CASE("a closing subject the parse made an adjective's, and a name with its age after an opening phrase, speak") {
  // "people familiar with the matter said": "familiar" had headed the
  // phrase, a conjunct of the clause before, and "said" had no subject.
  ng::nlp::Sentence s = Parse("The port will close in June, people familiar with the plan said.");
  const int said = Find(s, "said");
  CHECK(s.tokens[Find(s, "people")].head == said);
  CHECK(s.tokens[Find(s, "people")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "familiar")].head == Find(s, "people"));
  // "Grant" had been a conjunct of "Instagram".
  ng::nlp::Sentence a = Parse("In a post on Instagram, Grant, 41, said he had been rude to several people.");
  CHECK(a.tokens[Find(a, "Grant")].head == Find(a, "said"));
  CHECK(a.tokens[Find(a, "Grant")].deprel == "nsubj");
  CHECK(a.tokens[Find(a, "41")].head == Find(a, "Grant"));
}

TEST_CASE("a report set off after a short opening, before the clause it reports, has its subject and clause") {
  // "Moreno" had been a vocative of "small", "says" the root with nothing.
  ng::nlp::Sentence s = Parse("Now, says Alba Moreno, the catch is so small that her sons may be the last.");
  const int says = Find(s, "says");
  CHECK(s.tokens[says].head == -1);
  CHECK(s.tokens[Find(s, "Alba")].head == says);
  CHECK(s.tokens[Find(s, "Alba")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "small")].head == says);
  CHECK(s.tokens[Find(s, "small")].deprel == "ccomp");
}

TEST_CASE("a subject after a report verb that has one, before a clause with none, is that clause's") {
  // "Ruiz" had been a second subject of "said", "placed" its conjunct.
  ng::nlp::Sentence s =
      Parse("But the pollster Ana Berg said Ruiz, despite his wealth, is perhaps better positioned to win the vote.");
  const int positioned = Find(s, "positioned");
  CHECK(s.tokens[Find(s, "Ruiz")].head == positioned);
  CHECK(s.tokens[Find(s, "Ruiz")].deprel == "nsubj");
  CHECK(s.tokens[positioned].head == Find(s, "said"));
  CHECK(s.tokens[positioned].deprel == "ccomp");
}

TEST_CASE("a present participle of a stem in one vowel and one consonant takes its silent 'e' when training knows it") {
  // "noting" had been "not", so "…, noting that …" was no report of "note".
  ng::nlp::Sentence s = Parse("The coach blamed the schedule, noting that his side was tired and hoping for rest.");
  CHECK(s.tokens[Find(s, "noting")].lemma == "note");
  CHECK(s.tokens[Find(s, "hoping")].lemma == "hope");
  // And its past: "hoped" had been "hop".
  ng::nlp::Sentence h = Parse("Supporters had hoped that the issue would fade.");
  CHECK(h.tokens[Find(h, "hoped")].lemma == "hope");
  ng::nlp::Sentence v = Parse("She was visiting her aunt and singing songs.");
  CHECK(v.tokens[Find(v, "visiting")].lemma == "visit");
  CHECK(v.tokens[Find(v, "singing")].lemma == "sing");
}

TEST_CASE("a closing verb after a participle's date reports the clause before it") {
  // "Thursday" had been the subject of "show", "on" its preposition.
  ng::nlp::Sentence s =
      Parse("The number of patients waiting for surgery has reached a record high, figures released on Thursday show.");
  const int show = Find(s, "show");
  CHECK(s.tokens[Find(s, "Thursday")].head == Find(s, "released"));
  CHECK(s.tokens[Find(s, "figures")].head == show);
  CHECK(s.tokens[Find(s, "figures")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "reached")].head == show);
}

TEST_CASE("a present participle set off between a subject and its verb describes the subject") {
  // "speaking" had been the verb's complement, ahead of the clause said.
  ng::nlp::Sentence s = Parse(
      "Two harbour officials, speaking on condition of anonymity to discuss private talks, said they expected "
      "delays.");
  CHECK(s.tokens[Find(s, "speaking")].head == Find(s, "officials"));
  CHECK(s.tokens[Find(s, "speaking")].deprel == "acl");
  CHECK(s.tokens[Find(s, "expected")].head == Find(s, "said"));
}

TEST_CASE("an age with no noun after it is the subject's noun") {
  // "old" had been an adjective, the sentence's root, and "told" its conjunct.
  ng::nlp::Sentence s = Parse("The 58-year-old, who has run her stall for a decade, told the council she would appeal.");
  CHECK(s.tokens[Find(s, "old")].upos == "NOUN");
  CHECK(s.tokens[Find(s, "old")].head == Find(s, "told"));
  CHECK(s.tokens[Find(s, "old")].deprel == "nsubj");
  // Before a noun it stays the noun's adjective.
  ng::nlp::Sentence t = Parse("The 58-year-old baker told the council she would appeal.");
  CHECK(t.tokens[Find(t, "old")].upos == "ADJ");
  // Its verb next is no participle ("the said trade") but the past tense.
  ng::nlp::Sentence u = Parse("The 61-year-old said trade would grow.");
  CHECK(u.tokens[Find(u, "said")].xpos == "VBD");
  CHECK(u.tokens[Find(u, "old")].head == Find(u, "said"));
  CHECK(u.tokens[Find(u, "grow")].head == Find(u, "said"));
}

TEST_CASE("a word in '-s' after 'that' and a hearer, before the clause's verb, is a plural noun") {
  // "costs" had been a verb of a relative clause of "committee".
  ng::nlp::Sentence s = Parse("The auditor told the committee that costs had doubled.");
  CHECK(s.tokens[Find(s, "costs")].xpos == "NNS");
  CHECK(s.tokens[Find(s, "costs")].head == Find(s, "doubled"));
  CHECK(s.tokens[Find(s, "doubled")].head == Find(s, "told"));
  ng::nlp::Sentence t = Parse("The auditor told analysts that costs had eased.");
  CHECK(t.tokens[Find(t, "costs")].xpos == "NNS");
  // A relative clause's verb, with its phrase after it, stays a verb.
  ng::nlp::Sentence u = Parse("They closed the plant that sits on the river.");
  CHECK(u.tokens[Find(u, "sits")].xpos == "VBZ");
}

TEST_CASE("what follows the comma closing 'According to X' is the clause's subject") {
  // "fewer" had hung from "company" as an adjective, "changed" left with no subject.
  ng::nlp::Sentence s = Parse("According to the company, fewer than 2% of users had changed the setting.");
  CHECK(s.tokens[Find(s, "fewer")].head == Find(s, "changed"));
  CHECK(s.tokens[Find(s, "fewer")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "company")].deprel == "obl");
}

TEST_CASE("a clause opened by a subordinator with a subject and no verb has one") {
  // "caution" had been a noun heading the clause, its "that" clause no report.
  ng::nlp::Sentence s = Parse(
      "The trial suggests that the drug eases pain, though the doctors caution that it cannot cure the illness.");
  CHECK(s.tokens[Find(s, "caution")].upos == "VERB");
  CHECK(s.tokens[Find(s, "doctors")].head == Find(s, "caution"));
  CHECK(s.tokens[Find(s, "cure")].head == Find(s, "caution"));
}

TEST_CASE("an opening 'According to X,' read as the sentence's head is read apart from its clause") {
  // "association" had been the root, the clause after the comma broken up.
  ng::nlp::Sentence s = Parse(
      "According to the association, more than 120 vineyards in the eastern part of the region lost at least a "
      "third of their harvest during the last drought.");
  const int lost = Find(s, "lost");
  CHECK(s.tokens[lost].head == -1);
  CHECK(s.tokens[Find(s, "association")].head == lost);
  CHECK(s.tokens[Find(s, "association")].deprel == "obl");
  CHECK(s.tokens[Find(s, "According")].head == Find(s, "association"));
  CHECK(s.tokens[Find(s, "vineyards")].head != Find(s, "association"));
}

TEST_CASE("a clause with no verb before a closing report has one among its plural-looking nouns") {
  // "values" had been a plural noun, the clause reported with no verb.
  ng::nlp::Sentence s = Parse("The deal values the firm at 2,900 million rupees, an official said.");
  CHECK(s.tokens[Find(s, "values")].upos == "VERB");
  CHECK(s.tokens[Find(s, "deal")].head == Find(s, "values"));
}

TEST_CASE("a word never seen in training before a name set off by commas is the name's title") {
  // "sommelier" had been a bare verb taking the name as its object.
  ng::nlp::Sentence s = Parse(
      "Her business partner, sommelier Dev Rajaratnam, who met her in Lyon, says the menu is too long.");
  CHECK(s.tokens[Find(s, "sommelier")].upos == "NOUN");
  CHECK(s.tokens[Find(s, "partner")].head == Find(s, "says"));
}

TEST_CASE("a word in '-s' after a name and its apposition, before 'that', is the name's verb") {
  // "worries" had been a plural noun, the sentence headed by the name.
  ng::nlp::Sentence s =
      Parse("Dr. Ivo Lenk, a surgeon in Bergen, worries that the rules leave patients waiting for months.");
  CHECK(s.tokens[Find(s, "worries")].upos == "VERB");
  CHECK(s.tokens[Find(s, "Ivo")].head == Find(s, "worries"));
}

TEST_CASE("a hyphen joining two Title Case words keeps a double surname in one name") {
  // The hyphen had been a comma after the given name and surname, and
  // "Prandell" a subject of its own.
  ng::nlp::Sentence s = Parse("Marta Ostby-Prandell left the board in May.");
  CHECK(s.tokens[Find(s, "-")].xpos == "HYPH");
  CHECK(s.tokens[Find(s, "Prandell")].head == Find(s, "Marta"));
  CHECK(s.tokens[Find(s, "Marta")].deprel == "nsubj");
  // A common noun's tag before a name's second half is the name's.
  ng::nlp::Sentence t = Parse("She praised the so-called Trans-Europe Accord as a model.");
  CHECK(t.tokens[Find(t, "Trans")].xpos == "NNP");
  // Capitals only, as in codes ("EWT-EBS"), keep the model's reading.
  ng::nlp::Sentence u = Parse("The KLM-AF deal closed.");
  CHECK(u.tokens[Find(u, "-")].xpos != "HYPH");
}

TEST_CASE("a name the finder stopped at a double name's hyphen runs on past it") {
  const std::vector<ng::nlp::Token> tokens = Parse("Chief executive Dara Hallam-Wexcombe addressed staff.").tokens;
  std::vector<ng::nlp::Name> names = {{2, 3, "LOC"}};
  ng::nlp::NameFinder::ExtendOverHyphens(tokens, &names);
  REQUIRE(names.size() == 1);
  CHECK(names[0].last == Find(Parse("Chief executive Dara Hallam-Wexcombe addressed staff."), "Wexcombe"));
  // A name the model found after the hyphen joins it.
  std::vector<ng::nlp::Name> split = {{2, 3, "PER"}, {5, 5, "PER"}};
  ng::nlp::NameFinder::ExtendOverHyphens(tokens, &split);
  REQUIRE(split.size() == 1);
  CHECK(split[0].last == 5);
  // A lower-case word after the hyphen is no part of it ("Wexcombe-led").
  const std::vector<ng::nlp::Token> led = Parse("The Dara Wexcombe-led board met.").tokens;
  std::vector<ng::nlp::Name> one = {{1, 2, "PER"}};
  ng::nlp::NameFinder::ExtendOverHyphens(led, &one);
  CHECK(one[0].last == 2);
}

TEST_CASE("a clause opened by 'that' after a hearer is what was told, not a relative clause") {
  // "that" had been the object of "resume" in a relative clause of "reporters".
  ng::nlp::Sentence s = Parse("The minister told reporters that talks would resume.");
  CHECK(s.tokens[Find(s, "resume")].head == Find(s, "told"));
  CHECK(s.tokens[Find(s, "resume")].deprel == "ccomp");
  CHECK(s.tokens[Find(s, "that")].deprel == "mark");
  // "that" as the subject of its clause opens a relative clause still.
  ng::nlp::Sentence t = Parse("She told reporters that were waiting outside to leave.");
  CHECK(t.tokens[Find(t, "that")].deprel != "mark");
}

TEST_CASE("a clause with nothing missing after 'said in a statement' is what was said") {
  // It had been a relative clause of "statement".
  ng::nlp::Sentence s = Parse("The agency said in a statement it was reviewing the contract.");
  CHECK(s.tokens[Find(s, "reviewing")].head == Find(s, "said"));
  CHECK(s.tokens[Find(s, "reviewing")].deprel == "ccomp");
  ng::nlp::Sentence t = Parse("She said in an interview she was tired of waiting.");
  CHECK(t.tokens[Find(t, "tired")].head == Find(t, "said"));
  // A relative clause with a gap stays one ("a statement it issued").
  ng::nlp::Sentence u = Parse("He said in a statement it issued on Friday that the plan was dead.");
  CHECK(u.tokens[Find(u, "issued")].head == Find(u, "statement"));
}

TEST_CASE("'people familiar with the talks said' has the people for subject") {
  // "with" had been the mark of "said" and "talks" its subject.
  ng::nlp::Sentence s =
      Parse("A mediator will meet both sides on Friday, two people familiar with the talks said on condition of "
            "anonymity.");
  CHECK(s.tokens[Find(s, "people")].head == Find(s, "said"));
  CHECK(s.tokens[Find(s, "people")].deprel == "nsubj");
  CHECK(s.tokens[Find(s, "familiar")].head == Find(s, "people"));
  CHECK(s.tokens[Find(s, "with")].deprel == "case");
}

TEST_CASE("a plural-looking word after a name's apposition, before a clause, is the verb") {
  // "fears" had been a noun: no "that" came after it.
  ng::nlp::Sentence s = Parse("Her cousin, Mara Lindgren, fears the bakery will close before spring.");
  CHECK(s.tokens[Find(s, "fears")].upos == "VERB");
  CHECK(s.tokens[Find(s, "close")].head == Find(s, "fears"));
  // A noun before a noun phrase with no verb of its own stays a noun.
  ng::nlp::Sentence t = Parse("The chain, with 40 stores, offers the best prices in town.");
  CHECK(t.tokens[Find(t, "stores")].upos == "NOUN");
}

TEST_CASE("a clause that 'that' alone opens after its verb and a comma is the verb's complement") {
  // It had been an adverbial clause, set off by ", however,".
  ng::nlp::Sentence s = Parse("She conceded, however, that the survey was small.");
  CHECK(s.tokens[Find(s, "small")].head == Find(s, "conceded"));
  CHECK(s.tokens[Find(s, "small")].deprel == "ccomp");
  // "so that" opens a clause of purpose still.
  ng::nlp::Sentence t = Parse("They left early, so that they could rest.");
  CHECK(t.tokens[Find(t, "rest")].deprel != "ccomp");
}

TEST_CASE("a work described by a participle before the sentence's verb, the tags swapped") {
  // "released" had been the sentence's verb, "last week" its object and
  // "estimated" a participle.
  ng::nlp::Sentence s =
      Parse("A survey released last week by the Harbour Institute estimated that rents had doubled.");
  CHECK(s.tokens[Find(s, "estimated")].deprel == "root");
  CHECK(s.tokens[Find(s, "survey")].head == Find(s, "estimated"));
  CHECK(s.tokens[Find(s, "released")].head == Find(s, "survey"));
}

TEST_CASE("a relative clause after the subject is no complement of the verb after it") {
  // "runs" had been the complement of "said" with two subjects, and "an
  // inspection" the subject of "said".
  ng::nlp::Sentence s = Parse(
      "Officials of the Lakeside Roads Department, which is managing the works, said a joint survey of all 12 "
      "bridges would be conducted next week.");
  CHECK(s.tokens[Find(s, "Officials")].head == Find(s, "said"));
  CHECK(s.tokens[Find(s, "managing")].deprel.find("relcl") != std::string::npos);
  CHECK(s.tokens[Find(s, "conducted")].head == Find(s, "said"));
  CHECK(s.tokens[Find(s, "survey")].head == Find(s, "conducted"));
}
