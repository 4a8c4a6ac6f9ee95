// graph/codec.h — binary encoding of node and relationship records (cereal).
#ifndef NEWSGRAPH_GRAPH_CODEC_H_
#define NEWSGRAPH_GRAPH_CODEC_H_

#include <set>
#include <string>
#include <string_view>

#include "graph/graph_store.h"

namespace ng::codec {

// A node record holds labels and properties (the id is the key).
std::string EncodeNode(const Node& node);
Node DecodeNode(NodeId id, std::string_view bytes);

// A relationship record holds type, start, end and properties.
std::string EncodeRelationship(const Relationship& rel);
Relationship DecodeRelationship(RelId id, std::string_view bytes);

// The same records written through cereal's archive, byte for byte: the
// encoders above are checked against these.
std::string EncodeNodeWithCereal(const Node& node);
std::string EncodeRelationshipWithCereal(const Relationship& rel);

// Case folding for the name index: lower-cased, Unicode-aware.
std::string FoldName(std::string_view name);

// The names under which a node is found in the name index: its string "name"
// and the strings of its "aliases" list (non-empty, as written).
std::set<std::string> IndexedNames(const Node& node);

}  // namespace ng::codec

#endif  // NEWSGRAPH_GRAPH_CODEC_H_
