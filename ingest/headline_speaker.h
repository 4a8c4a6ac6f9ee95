// ingest/headline_speaker.h — "Brun: Ferry Will Stay Open": a headline that
// opens with a name and a colon gives what the named speaker said. The name
// must be a person's or an organization's the article names (in full or by
// surname), so "Update: …" or "Watch: …" give nothing.
#ifndef NEWSGRAPH_INGEST_HEADLINE_SPEAKER_H_
#define NEWSGRAPH_INGEST_HEADLINE_SPEAKER_H_

#include <optional>
#include <string>
#include <vector>

#include "ingest/extraction.h"

namespace ng::ingest {

// The statement of `headline` (the article body's first paragraph, at
// offset 0), if it is one.
std::optional<StatementFact> HeadlineStatement(const std::string& headline, const std::vector<ActorFact>& actors);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_HEADLINE_SPEAKER_H_
