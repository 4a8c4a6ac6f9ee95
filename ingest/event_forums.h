// ingest/event_forums.h — the body in which the sides of an event meet.
// "Meetings of the Joint Commission", "the Joint Commission dialogue" name
// the forum of talks between the countries it joins, not one more side:
// of an event of two or more sides (talks, an agreement, cooperation), an
// organization whose name ends in a forum word (data/event_forums.txt) is
// its forum when at least two other sides remain.
#ifndef NEWSGRAPH_INGEST_EVENT_FORUMS_H_
#define NEWSGRAPH_INGEST_EVENT_FORUMS_H_

#include <vector>

#include "ingest/extraction.h"
#include "ingest/lexicon.h"

namespace ng::ingest {

// An organization named for meeting in: a forum when two other sides remain.
bool ForumBody(const ActorFact& actor, const Lexicon& lex);

// Moves each event's forum from its participants to its `forums`.
void SetEventForums(const Lexicon& lex, const std::vector<ActorFact>& actors, std::vector<EventFact>* events);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_EVENT_FORUMS_H_
