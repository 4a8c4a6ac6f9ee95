// graph/adjacency_block.h — the two shapes of adjacency keys (internal).
//
// A relationship is listed in the out/in families either on its own, as the
// 28-byte key node(8) type(4) neighbour(8) rel(8) with an empty value, or in
// a block: the 29-byte key of the block's first entry followed by 0x01, and
// a value holding up to kMaxBlockEntries - 1 more entries of the same node
// and type in ascending (neighbour, rel) order, each as two varints (the
// neighbour's increase, the zigzagged change of the relationship id).
//
// Transactions write single keys. A bulk import writes blocks for the nodes
// it creates, so one node and type has blocks from one import only: they do
// not overlap, and the block that may hold an entry is the last block key
// at or before the entry's single key. A block is per key what a scan and a
// table file pay for, so blocks make an import and a cold expansion cheaper
// (at 1 M nodes / 5 M relationships: 3 M keys instead of 10 M).
#ifndef NEWSGRAPH_GRAPH_ADJACENCY_BLOCK_H_
#define NEWSGRAPH_GRAPH_ADJACENCY_BLOCK_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/keys.h"

namespace ng::adjacency {

constexpr size_t kSingleKeySize = keys::kAdjacencyKeySize;
constexpr size_t kBlockKeySize = kSingleKeySize + 1;
constexpr char kBlockMarker = 1;
constexpr size_t kMaxBlockEntries = 128;

struct Entry {
  uint64_t neighbour, relationship;
  bool operator==(const Entry& o) const {
    return neighbour == o.neighbour && relationship == o.relationship;
  }
};

inline bool IsBlockKey(std::string_view key) {
  return key.size() == kBlockKeySize && key[kSingleKeySize] == kBlockMarker;
}

inline std::string BlockKey(uint64_t node, uint32_t type, const Entry& first) {
  std::string k = keys::Adjacency(node, type, first.neighbour, first.relationship);
  k.push_back(kBlockMarker);
  return k;
}

inline void PutVarint(std::string* out, uint64_t v) {
  for (; v >= 0x80; v >>= 7) out->push_back(static_cast<char>(v | 0x80));
  out->push_back(static_cast<char>(v));
}

inline bool GetVarint(std::string_view in, size_t* at, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64 && *at < in.size(); shift += 7) {
    unsigned char b = static_cast<unsigned char>(in[(*at)++]);
    *v |= static_cast<uint64_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) return true;
  }
  return false;
}

// The value of a block whose entries are [begin, end), begin being the one
// in the key.
inline std::string BlockValue(const Entry* begin, const Entry* end) {
  std::string v;
  for (const Entry* e = begin + 1; e < end; ++e) {
    PutVarint(&v, e->neighbour - e[-1].neighbour);
    int64_t change = static_cast<int64_t>(e->relationship - e[-1].relationship);
    PutVarint(&v, (static_cast<uint64_t>(change) << 1) ^ static_cast<uint64_t>(change >> 63));
  }
  return v;
}

// Calls fn(type, neighbour, relationship) for each entry under `key`; false
// (after the entries before the fault) if the key or value is malformed.
template <typename Fn>
bool ForEachEntry(std::string_view key, std::string_view value, Fn&& fn) {
  if (key.size() != kSingleKeySize && !IsBlockKey(key)) return false;
  const uint32_t type = keys::GetBig32(key, 8);
  uint64_t neighbour = keys::GetBig64(key, 12), relationship = keys::GetBig64(key, 20);
  fn(type, neighbour, relationship);
  if (key.size() == kSingleKeySize) return value.empty();
  size_t at = 0, count = 1;
  while (at < value.size()) {
    uint64_t step, change;
    if (!GetVarint(value, &at, &step) || !GetVarint(value, &at, &change)) return false;
    if (++count > kMaxBlockEntries) return false;
    neighbour += step;
    relationship += (change >> 1) ^ (~(change & 1) + 1);
    fn(type, neighbour, relationship);
  }
  return true;
}

// The entries under one key (a single key gives one).
inline bool Entries(std::string_view key, std::string_view value, std::vector<Entry>* out) {
  out->clear();
  return ForEachEntry(key, value, [out](uint32_t, uint64_t n, uint64_t r) {
    out->push_back({n, r});
  });
}

}  // namespace ng::adjacency

#endif  // NEWSGRAPH_GRAPH_ADJACENCY_BLOCK_H_
