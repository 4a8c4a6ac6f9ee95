// graph/jsonl.h — the graph as JSON Lines, in the layout of Neo4j APOC's JSON
// export (the contract of ../shared/eval/score.py):
//   {"type":"node","id":"7","labels":["Actor"],"properties":{…}}
//   {"type":"relationship","id":"9","label":"SAID","start":{"id":"7","labels":[…]},
//    "end":{"id":"8","labels":[…]},"properties":{…}}
// Nodes come first, then relationships, each by ascending id; property keys
// are sorted, so the output is deterministic. A node's text (an Article's
// body, Transaction::GetText) is its property "body" in the file, so that
// Neo4j loads it as one; importing an Article's string "body" stores it as
// the text again.
#ifndef NEWSGRAPH_GRAPH_JSONL_H_
#define NEWSGRAPH_GRAPH_JSONL_H_

#include <cstdint>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "graph/graph_store.h"

namespace ng {

// The property a node's text is written under.
inline constexpr char kTextProperty[] = "body";

// On import: an Article's string `body` is its text again, taken out of its
// properties (JSONL and CSV alike); nullopt for any other node.
std::optional<std::string> TakeArticleText(const std::vector<std::string>& labels, Properties* properties);

struct ExportCounts {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
};

// Writes every node and relationship visible to `txn`.
ExportCounts ExportJsonl(const Transaction& txn, std::ostream& out);

// One line of JSON for a node / relationship (no newline).
std::string NodeToJsonl(const Node& node);
std::string RelationshipToJsonl(const Relationship& rel, const Node& start, const Node& end);

struct ImportCounts {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
};

// Reads JSON Lines written by ExportJsonl into `store`, all in one transaction
// (all or nothing). Into an empty database the ids are kept, so export →
// import → export gives identical bytes; into a non-empty one nodes get new
// ids and relationships follow them. Errors name `source_name` and the line:
// "FILE:LINE: …" (kInvalidArgument).
// Imports through a bulk path (sorted table files added in one atomic RocksDB
// ingestion, see docs/STORAGE.md): also a killed process leaves all or nothing.
ImportCounts ImportJsonl(GraphStore* store, std::istream& in, const std::string& source_name);
inline ImportCounts ImportJsonl(GraphStore& store, std::istream& in,
                                const std::string& source_name) {
  return ImportJsonl(&store, in, source_name);
}

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_JSONL_H_
