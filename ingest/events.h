// ingest/events.h — events named by a trigger word of data/event_triggers.tsv
// ("talks", "airstrike", "withdrawal", ...), with the actors of the sentence
// as participants by role.
#ifndef NEWSGRAPH_INGEST_EVENTS_H_
#define NEWSGRAPH_INGEST_EVENTS_H_

#include <vector>

#include "ingest/statements.h"

namespace ng::ingest {

// Where a sentence names an event: the event's index and the trigger's
// offset in the article body.
struct EventMention {
  int event = 0;
  size_t at = 0;
};

// Appends the events of one paragraph; one event per type and sentence, and an
// event of the same type, agreeing dates and overlapping participants as an
// earlier one of the article is merged into it. Returns, per sentence of the
// paragraph, the events it names (for ABOUT links).
std::vector<std::vector<EventMention>> FindEvents(const ParagraphView& p, const Lexicon& lexicon,
                                         const std::vector<ActorFact>& actors,
                                         const std::string& published,
                                         std::vector<EventFact>* events);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_EVENTS_H_
