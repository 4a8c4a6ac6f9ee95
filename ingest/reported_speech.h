// ingest/reported_speech.h — reported speech and beliefs read off the
// dependency parse: a cue verb's clausal complement is what was said or
// believed, its subject who said or believed it ("The minister said the talks
// would resume"); a reporting clause set beside its content ("The talks will
// resume, the minister said") reports its head's clause; "according to X"
// makes X the source of the clause it modifies.
#ifndef NEWSGRAPH_INGEST_REPORTED_SPEECH_H_
#define NEWSGRAPH_INGEST_REPORTED_SPEECH_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/nlp/syntax.h"

namespace ng::ingest {

struct ReportedSpeech {
  size_t cue_start = 0, cue_end = 0;          // the cue word, in the analysed text
  size_t content_start = 0, content_end = 0;  // what was said
  // The reporting words set off by commas inside the content ("The test, the
  // ministry said, was its largest"), commas included: no part of what was
  // said. Empty when there are none.
  size_t gap_start = 0, gap_end = 0;
  // The source's head word ("minister", "he", "Smith"); empty when the clause
  // names none (a participle: "..., saying the talks ...").
  size_t source_start = 0, source_end = 0;
  std::string source_word;   // lower case
  std::string source_lemma;  // its lemma, lower case ("moderator" for "moderators")
  bool source_pronoun = false;
  // The phrase naming the source: the head word with its determiner,
  // possessor, compounds, adjectives and the rest of a flat name ("the
  // Democratic nominee", "Sen. Jon Tester"), without relative clauses,
  // appositions or prepositional phrases.
  size_t phrase_start = 0, phrase_end = 0;
  // A name set beside the source ("A spokeswoman, Dana Oyelaran, said"): who
  // the description is.
  size_t apposition_start = 0, apposition_end = 0;
  // The head noun of a description set beside a named source, lower case
  // ("company" of "Lumora, the streaming company, said"): what it is.
  std::string apposition_noun;
  // A noun modifier with a name in it ("the office of Prime Minister X"):
  // whose the described source is.
  size_t owner_start = 0, owner_end = 0;
  // The owner's preposition, lower case ("of", "at"; "by": "an analysis by X"
  // names the author).
  std::string owner_case;
  bool owner_set_off = false;  // a comma inside: "the chairman of X, Gen. Y," (a name hung from X)
  std::string owner_verb;  // the participle whose "by" phrase it is ("signed"), lower-case lemma
  bool source_nominal = false;   // a noun or proper noun heads it
  bool source_proper = false;    // a proper noun heads it
  bool source_plural = false;    // NNS / NNPS
  bool source_definite = false;  // "the ..."
  bool source_determiner = false;  // the phrase starts with a determiner
  // The proper name at the source's head: the head with its "flat" parts
  // ("Mara Lindqvist"), without titles ("Coach", "Prime Minister").
  size_t name_start = 0, name_end = 0;
  std::string lemma;        // "say", "according to"
  bool belief = false;
  bool topic = false;       // the content names what was spoken of ("talked about X")
  bool negated = false;     // "did not say": the content is not what was said
  bool turned_down = false;  // "rejected the permit": a denial verb's thing, no words denied
};

// Whether the name in the source's noun modifier is who speaks ("the office
// of X", "a spokesman for X", "an analysis by X"): not what a poll or a video
// is of ("a poll of South Carolina"; data/evidence_nouns.txt).
bool OwnerSpeaks(const ReportedSpeech& r, const Lexicon& lexicon);

// Every reported statement of a parsed sentence, in order of their cues
// (denied ones too, marked `negated`).
std::vector<ReportedSpeech> FindReportedSpeech(const nlp::Sentence& sentence, const Lexicon& lexicon);

// Whether a clause the (lower-case) word opens says when or why, never what:
// "because", "after", "when", "while", "once", … ("if" and "whether" ask:
// "asked if she would run").
bool IsCircumstanceSubordinator(std::string_view word);

// Whether the word that starts at byte `word_begin` opens a clause that says
// when or why of the verb that starts at `cue_begin` ("said it when she
// left", "spoke after the vote ended"): an adverbial clause of the verb,
// not what the verb reports.
bool OpensCircumstanceOf(const nlp::Sentence& sentence, size_t cue_begin, size_t word_begin);

// Whether the parse negates the word that starts at byte `begin` of the
// sentence's paragraph ("did not say", "never said").
bool NegatedAt(const nlp::Sentence& sentence, size_t begin);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_REPORTED_SPEECH_H_
