// ingest/appositions.h — a person named with their employer in an apposition:
// "Jon Alterman, the director of the Middle East Program at the Center for
// Strategic and International Studies" makes Alterman affiliated with CSIS.
#ifndef NEWSGRAPH_INGEST_APPOSITIONS_H_
#define NEWSGRAPH_INGEST_APPOSITIONS_H_

#include <vector>

#include "ingest/extraction.h"
#include "ingest/statements.h"

namespace ng::ingest {

// Sets the affiliation of each person of `p` described by such an apposition
// (a person keeps the first one found).
void LinkAppositions(const ParagraphView& p, std::vector<ActorFact>* actors);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_APPOSITIONS_H_
