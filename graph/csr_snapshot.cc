// The GraphSnapshot implementation on boost::compressed_sparse_row_graph.
#include <algorithm>
#include <deque>
#include <set>
#include <unordered_map>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/adjacency_list.hpp>

#include "graph/graph_algorithms.h"

namespace ng {

namespace {

struct EdgeInfo {
  RelId rel = 0;
};

using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeInfo,
                                               boost::no_property, uint32_t, uint64_t>;
using Vertex = boost::graph_traits<Csr>::vertex_descriptor;

class CsrSnapshot : public GraphSnapshot {
 public:
  CsrSnapshot(std::vector<NodeId> ids, std::vector<std::pair<uint32_t, uint32_t>> edges,
              std::vector<EdgeInfo> info)
      : ids_(std::move(ids)) {
    for (uint32_t i = 0; i < ids_.size(); ++i) index_[ids_[i]] = i;
    num_edges_ = edges.size();
    graph_ = Csr(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), info.begin(),
                 ids_.size());
  }

  size_t num_nodes() const override { return ids_.size(); }
  size_t num_relationships() const override { return num_edges_; }
  bool Contains(NodeId node) const override { return index_.count(node) > 0; }

  uint64_t Degree(NodeId node) const override {
    auto it = index_.find(node);
    if (it == index_.end()) return 0;
    return boost::out_degree(it->second, graph_) + boost::in_degree(it->second, graph_);
  }

  std::map<NodeId, int> Neighbourhood(NodeId start, int depth) const override {
    std::map<NodeId, int> out;
    auto it = index_.find(start);
    if (it == index_.end()) return out;
    std::vector<int> dist = Distances(it->second, depth, Direction::kBoth);
    for (uint32_t v = 0; v < dist.size(); ++v)
      if (dist[v] >= 0) out[ids_[v]] = dist[v];
    return out;
  }

  std::map<NodeId, int> ConnectedComponents() const override {
    // connected_components wants an undirected graph: copy the edges once.
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> undirected(ids_.size());
    for (auto e : boost::make_iterator_range(boost::edges(graph_)))
      boost::add_edge(boost::source(e, graph_), boost::target(e, graph_), undirected);
    std::vector<int> component(ids_.size());
    boost::connected_components(undirected, component.data());
    std::map<NodeId, int> out;
    for (uint32_t v = 0; v < ids_.size(); ++v) out[ids_[v]] = component[v];
    return out;
  }

  std::vector<SnapshotPath> ShortestPaths(NodeId from, NodeId to, int max_hops,
                                          Direction direction, bool all,
                                          size_t limit) const override {
    std::vector<SnapshotPath> out;
    auto f = index_.find(from), t = index_.find(to);
    if (f == index_.end() || t == index_.end()) return out;
    if (from == to) {
      out.push_back({{from}, {}});
      return out;
    }
    // Distances from the target walking edges backwards: then every step of a
    // shortest path from `from` goes to a neighbour one closer to `to`.
    Direction back = direction == Direction::kOutgoing   ? Direction::kIncoming
                     : direction == Direction::kIncoming ? Direction::kOutgoing
                                                         : Direction::kBoth;
    std::vector<int> to_dist = Distances(t->second, max_hops, back);
    if (to_dist[f->second] < 0) return out;
    SnapshotPath current;
    current.nodes.push_back(from);
    Enumerate(f->second, to_dist, direction, all ? limit : 1, &current, &out);
    return out;
  }

 private:
  template <typename Fn>
  void ForEachStep(Vertex v, Direction direction, Fn&& fn) const {
    if (direction != Direction::kIncoming)
      for (auto e : boost::make_iterator_range(boost::out_edges(v, graph_)))
        fn(boost::target(e, graph_), graph_[e].rel);
    if (direction != Direction::kOutgoing)
      for (auto e : boost::make_iterator_range(boost::in_edges(v, graph_)))
        fn(boost::source(e, graph_), graph_[e].rel);
  }

  // BFS distances from `start` up to `max_depth` (-1: unreached).
  std::vector<int> Distances(Vertex start, int max_depth, Direction direction) const {
    std::vector<int> dist(ids_.size(), -1);
    std::deque<Vertex> queue{start};
    dist[start] = 0;
    while (!queue.empty()) {
      Vertex v = queue.front();
      queue.pop_front();
      if (dist[v] >= max_depth) continue;
      ForEachStep(v, direction, [&](Vertex w, RelId) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
      });
    }
    return dist;
  }

  void Enumerate(Vertex v, const std::vector<int>& to_dist, Direction direction, size_t limit,
                 SnapshotPath* current, std::vector<SnapshotPath>* out) const {
    if (out->size() >= limit) return;
    if (to_dist[v] == 0) {
      out->push_back(*current);
      return;
    }
    ForEachStep(v, direction, [&](Vertex w, RelId rel) {
      if (out->size() >= limit || to_dist[w] != to_dist[v] - 1) return;
      current->nodes.push_back(ids_[w]);
      current->relationships.push_back(rel);
      Enumerate(w, to_dist, direction, limit, current, out);
      current->nodes.pop_back();
      current->relationships.pop_back();
    });
  }

  std::vector<NodeId> ids_;
  std::unordered_map<NodeId, uint32_t> index_;
  size_t num_edges_ = 0;
  Csr graph_;
};

}  // namespace

std::unique_ptr<GraphSnapshot> GraphSnapshot::Build(const Transaction& txn,
                                                    const SnapshotFilter& filter) {
  std::vector<NodeId> ids;
  if (filter.labels.empty()) {
    uint64_t id;
    for (auto c = txn.ScanNodes(); c->Next(&id);) ids.push_back(id);
  } else {
    std::set<NodeId> chosen;
    for (const std::string& label : filter.labels) {
      uint64_t id;
      for (auto c = txn.ScanLabel(label); c->Next(&id);) chosen.insert(id);
    }
    ids.assign(chosen.begin(), chosen.end());
  }
  std::unordered_map<NodeId, uint32_t> index;
  for (uint32_t i = 0; i < ids.size(); ++i) index[ids[i]] = i;
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  std::vector<EdgeInfo> info;
  for (uint32_t i = 0; i < ids.size(); ++i) {
    auto cursor = txn.Adjacent(ids[i], Direction::kOutgoing, filter.types);
    AdjacencyEntry e;
    while (cursor->Next(&e)) {
      auto target = index.find(e.neighbour);
      if (target == index.end()) continue;
      edges.emplace_back(i, target->second);
      info.push_back({e.relationship});
    }
  }
  return std::make_unique<CsrSnapshot>(std::move(ids), std::move(edges), std::move(info));
}

}  // namespace ng
