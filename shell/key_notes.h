// shell/key_notes.h — a notice under a result for a node property key the
// statement reads that no node has (`a.nme`: "did you mean 'name'?"), as
// Neo4j's notifications do: the answer is not wrong, only empty or null.
#ifndef NEWSGRAPH_SHELL_KEY_NOTES_H_
#define NEWSGRAPH_SHELL_KEY_NOTES_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/graph_store.h"

namespace ng::cli {

// Label → the property keys its nodes have, from the kept counts.
using KeysByLabel = std::map<std::string, std::set<std::string>>;
KeysByLabel KeysOf(const StoreCounts& counts);

// One "note: …" line per key `text` reads on a node (x.key, {key: …} in a
// MATCH) that no node of the node's labels has (of any label when it has
// none). None for a statement that writes (it may set the key), one that
// does not parse, or when the counts keep no keys (an old database).
std::vector<std::string> UnknownKeyNotes(const std::string& text, const KeysByLabel& keys);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_KEY_NOTES_H_
