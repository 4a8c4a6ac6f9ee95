// ingest/transcript.h — turns of a transcript printed in an article: a
// paragraph opening with its speaker's name in capitals and a colon
// ("MARUND: We will not sign.", "CHRIS HALE: Will you sign?") is, whole,
// what that person said.
#ifndef NEWSGRAPH_INGEST_TRANSCRIPT_H_
#define NEWSGRAPH_INGEST_TRANSCRIPT_H_

#include <vector>

#include "ingest/extraction.h"
#include "ingest/statements.h"

namespace ng::ingest {

// The turn the paragraph is, when its label names a person of `actors` by
// surname (in capitals, or in an interview in Title Case too:
// `ParagraphView::interview`): a direct statement of the words after the
// label. False otherwise (the paragraph is read as any other).
bool TranscriptTurn(const ParagraphView& p, const std::vector<ActorFact>& actors, StatementFact* out);

// The labels ("WALLACE", "CHRIS HALE") that open two turns or more among
// `paragraphs`, written as names ("Wallace", "Chris Hale"): a transcript's
// speakers, people even where the article names them nowhere else. One label
// alone may be a heading ("UPDATE: ..."); two make a conversation.
std::vector<std::string> TranscriptSpeakers(const std::vector<std::string>& paragraphs);

// Whether a paragraph opens with an interviewer's question label ("Q:").
bool OpensWithQuestionLabel(std::string_view paragraph);

// When `paragraph` is a turn of one of `speakers` and no person of that
// surname is in `actors` yet, adds the speaker as a person (at their first
// turn, so that a full name the article gave before is theirs).
void AddTranscriptSpeaker(const std::vector<std::string>& speakers, std::string_view paragraph,
                          std::vector<ActorFact>* actors);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_TRANSCRIPT_H_
