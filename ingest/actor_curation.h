// ingest/actor_curation.h — actors merged and split by hand (`newsgraph
// actors merge` / `actors split`), when ingest kept apart two names of one
// actor or joined two actors.
//
// Merging moves every relationship of the merged actor to the kept one (a
// relationship the kept actor already has — the same type, direction, other
// end and properties — is joined: MENTIONED_IN counts add up), makes the
// merged actor's name and aliases aliases of the kept one, and deletes the
// merged node. The decision outlives re-ingests: ingest finds actors by name
// and alias, so articles naming the merged actor land on the kept one.
//
// What was merged is recorded on the kept node (property "merged", one JSON
// document per merged actor: its id, labels, properties, the aliases it
// added, the (old id, new id) of each moved relationship and the joined or
// dropped ones in full), so a split puts the actor back as it was — same id,
// same relationships — except for relationships later re-ingests replaced.
#ifndef NEWSGRAPH_INGEST_ACTOR_CURATION_H_
#define NEWSGRAPH_INGEST_ACTOR_CURATION_H_

#include <cstddef>
#include <string>

#include "graph/graph_store.h"

namespace ng::ingest {

struct MergeReport {
  std::string kept, merged;  // names
  size_t moved = 0;          // relationships now on the kept actor
  size_t joined = 0;         // ... of which joined one it had already
  size_t dropped = 0;        // between the two actors (or a statement about its own speaker)
};

// Merges actor `other` into actor `keep` in `tx` (not committed). Throws
// ng::Error(kArgument) when either is no Actor or they are the same node.
MergeReport MergeActors(Transaction* tx, NodeId keep, NodeId other);

struct SplitReport {
  NodeId restored = 0;
  std::string name;
  size_t moved_back = 0;  // relationships given back
  size_t gone = 0;        // recorded ones that no longer exist (re-ingested articles)
};

// Puts back the actor called `name` (case-insensitive) that was merged into
// `actor`. Throws ng::Error(kArgument) naming what was merged into it when
// no merge of that name is recorded.
SplitReport SplitActor(Transaction* tx, NodeId actor, const std::string& name);

// An actor's name, or "#ID" when it has none.
std::string ActorName(const Node& actor);

// The names merged into an actor, as recorded, in merge order.
std::vector<std::string> MergedNames(const Node& actor);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_ACTOR_CURATION_H_
