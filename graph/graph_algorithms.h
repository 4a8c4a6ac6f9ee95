// graph/graph_algorithms.h — whole-graph algorithms on an in-memory snapshot.
//
// A GraphSnapshot copies the adjacency of the graph (or of the part selected
// by labels and relationship types) into a Boost.Graph compressed sparse row
// graph, built once from adjacency keys alone (no record is decoded). Path,
// neighbourhood and component algorithms then run on that real graph library.
// Boost stays behind this header.
#ifndef NEWSGRAPH_GRAPH_GRAPH_ALGORITHMS_H_
#define NEWSGRAPH_GRAPH_GRAPH_ALGORITHMS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph_store.h"

namespace ng {

struct SnapshotFilter {
  std::vector<std::string> labels;  // keep nodes with any of these labels (empty: all)
  std::vector<std::string> types;   // keep relationships of these types (empty: all)
};

struct SnapshotPath {
  std::vector<NodeId> nodes;          // from ... to
  std::vector<RelId> relationships;   // nodes.size() - 1 of them
};

class GraphSnapshot {
 public:
  static std::unique_ptr<GraphSnapshot> Build(const Transaction& txn,
                                              const SnapshotFilter& filter = {});
  virtual ~GraphSnapshot() = default;

  virtual size_t num_nodes() const = 0;
  virtual size_t num_relationships() const = 0;
  virtual bool Contains(NodeId node) const = 0;

  // Shortest paths of at most `max_hops` relationships following `direction`
  // (kBoth ignores direction). One path, or with `all` every shortest path
  // (capped at `limit`). Empty when there is none; a path of length 0 when
  // from == to.
  virtual std::vector<SnapshotPath> ShortestPaths(NodeId from, NodeId to, int max_hops,
                                                  Direction direction, bool all,
                                                  size_t limit = 1000) const = 0;

  // Nodes within `depth` hops (direction ignored) with their BFS distance,
  // the start included at distance 0.
  virtual std::map<NodeId, int> Neighbourhood(NodeId start, int depth) const = 0;

  // Weakly connected components: component number for every node.
  virtual std::map<NodeId, int> ConnectedComponents() const = 0;

  // Number of relationships touching the node (both directions).
  virtual uint64_t Degree(NodeId node) const = 0;
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_GRAPH_ALGORITHMS_H_
