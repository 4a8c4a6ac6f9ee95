// graph/codec.h — binary encoding of node and relationship records (cereal).
#ifndef NEWSGRAPH_GRAPH_CODEC_H_
#define NEWSGRAPH_GRAPH_CODEC_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_store.h"

namespace ng::codec {

// A node record holds labels and properties (the id is the key).
std::string EncodeNode(const Node& node);
Node DecodeNode(NodeId id, std::string_view bytes);
// The same with only the properties named in `keys` (the others are stepped
// over, not built): for reading a few values of many records.
Node DecodeNode(NodeId id, std::string_view bytes, const std::vector<std::string>& keys);

// A relationship record holds type, start, end and properties.
std::string EncodeRelationship(const Relationship& rel);
Relationship DecodeRelationship(RelId id, std::string_view bytes);

// The same records written and read through cereal's archive: the encoders
// and decoders above are checked against these (the layout is cereal's).
std::string EncodeNodeWithCereal(const Node& node);
Node DecodeNodeWithCereal(NodeId id, std::string_view bytes);
std::string EncodeRelationshipWithCereal(const Relationship& rel);

// Case folding for the name index: lower-cased, Unicode-aware.
std::string FoldName(std::string_view name);

// The names under which a node is found in the name index: its string "name"
// and the strings of its "aliases" list (non-empty, as written).
std::set<std::string> IndexedNames(const Node& node);

}  // namespace ng::codec

#endif  // NEWSGRAPH_GRAPH_CODEC_H_
