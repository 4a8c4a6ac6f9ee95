// ingest/event_mode.h — whether an event happened, is planned, is only
// possible or is denied, read off the parse around its trigger word with the
// words of data/event_modes.tsv.
#ifndef NEWSGRAPH_INGEST_EVENT_MODE_H_
#define NEWSGRAPH_INGEST_EVENT_MODE_H_

#include <string>

#include "ingest/lexicon.h"
#include "ingest/nlp/syntax.h"

namespace ng::ingest {

// "occurred", "planned", "hypothetical" or "denied" for the trigger at word
// `trigger` of `sentence`.
std::string EventMode(const nlp::Sentence& sentence, int trigger, const Lexicon& lexicon);

// Whether the words around a trigger that EventMode found "occurred" tell
// so: a verb does by its tense, a noun by a verb in the past it is an
// argument of ("held talks") or by a word of the mode table ("began the
// talks"); a bare noun ("the talks are aimed at …") does not, and its
// "occurred" is only the default. Any other mode is told by its cue. One
// event's mentions vote on its mode with the told ones only.
bool ModeTold(const nlp::Sentence& sentence, int trigger, const Lexicon& lexicon);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_EVENT_MODE_H_
