// ingest/event_groups.h — armed groups an article names by description
// ("Norway-backed militias", "pro-Norway militant groups") as actors, so that
// they can take part in events ("X-backed militias attacked …"). Such a
// group is named after its backer and the head's plural (data/event_groups.tsv):
// every wording of one backer's militias is one actor, with the wordings as
// aliases. It counts no mention (the statements' actors are the named ones).
#ifndef NEWSGRAPH_INGEST_EVENT_GROUPS_H_
#define NEWSGRAPH_INGEST_EVENT_GROUPS_H_

#include <vector>

#include "ingest/extraction.h"
#include "ingest/lexicon.h"
#include "ingest/statements.h"

namespace ng::ingest {

// Finds the group descriptions of the paragraph's parse and puts a mention of
// each group in place of the mentions inside it (its backer). Adds the group
// actors to `actors` when new.
void AddGroupDescriptions(ParagraphView* p, const Lexicon& lex, std::vector<ActorFact>* actors);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_EVENT_GROUPS_H_
