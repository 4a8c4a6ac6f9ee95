// graph/keys.h — key encodings of the RocksDB column families (internal).
//
// Integers are big-endian so that bytewise key order is numeric order; every
// key of one node's adjacency shares the node id as prefix, then the type id,
// so "all SAID relationships of node 7" is one prefix scan. docs/STORAGE.md
// describes the layout.
#ifndef NEWSGRAPH_GRAPH_KEYS_H_
#define NEWSGRAPH_GRAPH_KEYS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace ng::keys {

inline void PutBig64(std::string* out, uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) out->push_back(static_cast<char>(v >> shift));
}
inline void PutBig32(std::string* out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>(v >> shift));
}
inline uint64_t GetBig64(std::string_view s, size_t pos) {
  uint64_t v = 0;
  for (size_t i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(s[pos + i]);
  return v;
}
inline uint32_t GetBig32(std::string_view s, size_t pos) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[pos + i]);
  return v;
}

// nodes / rels: id(8)
inline std::string Id(uint64_t id) {
  std::string k;
  PutBig64(&k, id);
  return k;
}

// out / in: node(8) type(4) neighbour(8) rel(8)
constexpr size_t kAdjacencyKeySize = 28;
inline std::string Adjacency(uint64_t node, uint32_t type, uint64_t neighbour, uint64_t rel) {
  std::string k;
  k.reserve(kAdjacencyKeySize);
  PutBig64(&k, node);
  PutBig32(&k, type);
  PutBig64(&k, neighbour);
  PutBig64(&k, rel);
  return k;
}
inline std::string AdjacencyPrefix(uint64_t node) { return Id(node); }
inline std::string AdjacencyPrefix(uint64_t node, uint32_t type) {
  std::string k = Id(node);
  PutBig32(&k, type);
  return k;
}

// labels: label(4) node(8)
inline std::string Label(uint32_t label, uint64_t node) {
  std::string k;
  PutBig32(&k, label);
  PutBig64(&k, node);
  return k;
}
inline std::string LabelPrefix(uint32_t label) {
  std::string k;
  PutBig32(&k, label);
  return k;
}

// names: folded name, 0x00, node(8)
inline std::string Name(const std::string& folded, uint64_t node) {
  std::string k = folded;
  k.push_back('\0');
  PutBig64(&k, node);
  return k;
}

// meta
inline const char kSchemaVersion[] = "schema_version";
inline const char kNextNode[] = "next_node_id";
inline const char kNextRel[] = "next_relationship_id";
inline std::string LabelName(const std::string& name) { return "label:" + name; }
inline std::string TypeName(const std::string& name) { return "type:" + name; }

// The smallest key greater than every key starting with `prefix`.
inline std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty()) {
    unsigned char c = static_cast<unsigned char>(prefix.back());
    if (c != 0xff) {
      prefix.back() = static_cast<char>(c + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return std::string(64, '\xff');
}

}  // namespace ng::keys

#endif  // NEWSGRAPH_GRAPH_KEYS_H_
