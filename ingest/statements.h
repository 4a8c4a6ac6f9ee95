// ingest/statements.h — who said what: quotations (direct and partial) with
// their speaker before or after them, continued quotes, and reported speech
// ("X said (that) ...", "..., X said").
#ifndef NEWSGRAPH_INGEST_STATEMENTS_H_
#define NEWSGRAPH_INGEST_STATEMENTS_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/nlp/syntax.h"
#include "ingest/reported_speech.h"
#include "ingest/sentences.h"
#include "ingest/text_util.h"

namespace ng::ingest {

// A mention already resolved to an article actor.
struct PlacedMention {
  size_t start = 0, end = 0;  // in the paragraph
  int actor = -1;
  bool modifier = false;  // "pro-Iran": names but is not a subject
  bool person = false;
  bool anonymous = false;
  bool plural = false;
  bool demonym = false;  // "Syrian" in "Syrian Foreign Minister X"
};

struct ParagraphView {
  std::string_view text;
  size_t offset = 0;        // of the paragraph in the article body
  int first_sentence = 0;   // article-wide index of sentences[0]
  std::vector<Span> sentences;
  std::vector<PlacedMention> mentions;  // sorted by start
  // Places named that are no actor: `actor` is an index of Extraction::places.
  std::vector<PlacedMention> places;
  // The paragraph's syntax: tokens, parse and names (offsets in `text`).
  std::vector<nlp::Sentence> syntax;
  // Reported speech read off `syntax` (ingest/reported_speech.h).
  std::vector<ReportedSpeech> speech;
  // The article prints an interview: a paragraph opens with "Q:", so a
  // person's surname in Title Case labels their answers (ingest/transcript.h).
  bool interview = false;
};

// What pronouns and continued quotes refer back to, across paragraphs.
struct Discourse {
  int last_speaker = -1;
  int last_speaker_paragraph = -100;
  // The words of the last quotation's source when they name no actor ("The
  // letter adds: '...'"), which a quotation opening the next paragraph
  // continues; empty once a named speaker speaks after them.
  std::string last_unnamed;
  int last_unnamed_paragraph = -100;
  int last_person = -1;  // the person most recently named
  int writer = -1;       // who "I" is outside quotation marks: the byline's one author
  int paragraph = 0;
  // What "he" and "she" may stand for: 'm' or 'f' for a person seen with
  // "Mr." or "Ms." before a name ('?' after both); the people named (with
  // their paragraph), most recent last.
  std::map<int, char> gender;
  std::vector<std::pair<int, int>> people;
};

// Appends the statements of one paragraph (speaker -1 when none is found).
void FindStatements(const ParagraphView& p, const Lexicon& lexicon,
                    const std::vector<ActorFact>& actors, Discourse* discourse,
                    std::vector<StatementFact>* out);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_STATEMENTS_H_
