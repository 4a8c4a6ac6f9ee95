// query/node_map.h — a small value per node id, for searches.
//
// A hash map while few nodes are in it, then an array indexed by id (the
// store hands out dense ids): past a few thousand nodes hashing costs more
// than the search, and an array for a median node's one hop would cost more
// than the hop (a 1 M-node graph's array is 4 MB to clear). A bit per id
// says which nodes are in it at all, so asking about the 400,000 neighbours
// of a hub costs a bit each, not a hash look-up.
#ifndef NEWSGRAPH_QUERY_NODE_MAP_H_
#define NEWSGRAPH_QUERY_NODE_MAP_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "graph/graph_store.h"

namespace ng::query {

template <typename V>
class NodeMap {
 public:
  // `absent`: what Get says of a node not in the map.
  explicit NodeMap(V absent) : absent_(absent) {}

  V Get(NodeId id) const {
    if (id < kDenseLimit && ((id >> 6) >= present_.size() || !((present_[id >> 6] >> (id & 63)) & 1)))
      return absent_;
    if (dense_mode_ && id < kDenseLimit) return dense_[id];
    auto it = sparse_.find(id);
    return it == sparse_.end() ? absent_ : it->second;
  }
  bool Contains(NodeId id) const { return Get(id) != absent_; }

  // Gives `id` the value `v` unless it has one; true if it had none.
  bool Insert(NodeId id, V v) {
    if (dense_mode_ && id < kDenseLimit) {
      if (id >= dense_.size()) dense_.resize(std::max<size_t>(id + 1, dense_.size() * 2), absent_);
      if (dense_[id] != absent_) return false;
      dense_[id] = v;
    } else if (!sparse_.try_emplace(id, v).second) {
      return false;
    }
    if (id < kDenseLimit) {
      if ((id >> 6) >= present_.size())
        present_.resize(std::max<size_t>((id >> 6) + 1, present_.size() * 2), 0);
      present_[id >> 6] |= uint64_t{1} << (id & 63);
    }
    if (++size_ == kDenseFrom) Densify();
    return true;
  }

 private:
  static constexpr size_t kDenseFrom = 4096;
  static constexpr NodeId kDenseLimit = NodeId{1} << 26;

  void Densify() {
    dense_mode_ = true;
    for (auto it = sparse_.begin(); it != sparse_.end();) {
      if (it->first >= kDenseLimit) {
        ++it;
        continue;
      }
      if (it->first >= dense_.size())
        dense_.resize(std::max<size_t>(it->first + 1, dense_.size() * 2), absent_);
      dense_[it->first] = it->second;
      it = sparse_.erase(it);
    }
  }

  V absent_;
  bool dense_mode_ = false;
  size_t size_ = 0;
  std::vector<uint64_t> present_;  // a bit per id below kDenseLimit
  std::vector<V> dense_;
  std::unordered_map<NodeId, V> sparse_;
};

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_NODE_MAP_H_
