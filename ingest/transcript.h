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
// surname: a direct statement of the words after the label. False otherwise
// (the paragraph is read as any other).
bool TranscriptTurn(const ParagraphView& p, const std::vector<ActorFact>& actors, StatementFact* out);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_TRANSCRIPT_H_
