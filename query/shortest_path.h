// query/shortest_path.h — shortestPath and allShortestPaths between two known
// nodes, by a breadth-first search from both ends over the store's adjacency.
//
// The search grows the frontier with fewer relationships a whole level at a
// time until the two meet, so it visits about the square root of what a
// one-sided search would at the same distance. Then it lays out the nodes that lie on some shortest
// path and walks them forwards once more, level by level, in the order a
// one-sided breadth-first search from the start would have met them: the
// paths come out the same, in the same order, as that search's.
#ifndef NEWSGRAPH_QUERY_SHORTEST_PATH_H_
#define NEWSGRAPH_QUERY_SHORTEST_PATH_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "graph/graph_store.h"

namespace ng::query {

struct ShortestPathSearch {
  Direction direction = Direction::kBoth;  // of each hop, read from start to end
  std::vector<std::string> types;          // empty: any type
  int64_t min_hops = 1;                    // a shorter shortest path is no path
  int64_t max_hops = 15;
  bool all = false;                        // every shortest path, not the first
};

struct IdPath {
  std::vector<NodeId> nodes;         // start … end
  std::vector<RelId> relationships;  // nodes.size() - 1 of them, in order
};

// Calls `visit` with the shortest path from `start` to `end` (or, with
// search.all, each of them), nothing if there is none within the bounds.
// `tick(n)` is told of the relationships read (for the executor's limits).
void ForEachShortestPath(const Transaction& txn, NodeId start, NodeId end,
                         const ShortestPathSearch& search,
                         const std::function<void(uint64_t)>& tick,
                         const std::function<void(const IdPath&)>& visit);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_SHORTEST_PATH_H_
