#include "query/shortest_path.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "query/node_map.h"

namespace ng::query {

namespace {

Direction Reversed(Direction d) {
  if (d == Direction::kOutgoing) return Direction::kIncoming;
  if (d == Direction::kIncoming) return Direction::kOutgoing;
  return Direction::kBoth;
}

// Hops from one end, or places on the path; -1: not reached.
using Distances = NodeMap<int32_t>;

// One end of the search: how far every node it reached lies from its end,
// walking `direction` (the end's side walks the pattern backwards).
struct Side {
  Side(NodeId origin, Direction d) : direction(d), distance(-1), frontier{origin}, levels{{origin}} {
    distance.Insert(origin, 0);
  }
  Direction direction;
  Distances distance;
  std::vector<NodeId> frontier;  // the nodes at distance `depth`
  std::vector<std::vector<NodeId>> levels;  // [d]: the nodes at distance d, in the order reached
  int32_t depth = 0;
  // Kept by the start's side only: [d] holds (node at d, node at d - 1) for
  // every relationship between the two levels, to find the way back.
  bool keeps_edges = false;
  std::vector<std::vector<std::pair<NodeId, NodeId>>> edges_into;
  uint64_t cost = kUnknown;  // relationships the frontier's expansion reads
  static constexpr uint64_t kUnknown = ~uint64_t{0};
};

// The relationships expanding `nodes` would read: their runs are counted,
// not walked (a hub costs its 400,000 relationships, one node though it is).
uint64_t Relationships(const Transaction& txn, const std::vector<NodeId>& nodes, Direction direction,
                       const std::vector<std::string>& types) {
  uint64_t n = 0;
  txn.AdjacentRuns(nodes, direction, types, [&](const AdjacencyRun& run) { n += run.end - run.begin; });
  return n;
}

// What growing `side` would read.
uint64_t Cost(const Transaction& txn, Side& side, const std::vector<std::string>& types) {
  if (side.cost == Side::kUnknown) side.cost = Relationships(txn, side.frontier, side.direction, types);
  return side.cost;
}

// Grows `side` by one level; returns the nodes it reached first now that
// `other` had reached already.
std::vector<NodeId> Grow(const Transaction& txn, Side& side, const Side& other,
                         const std::vector<std::string>& types,
                         const std::function<void(uint64_t)>& tick) {
  std::vector<NodeId> next, met;
  const int32_t depth = side.depth + 1;
  std::vector<std::pair<NodeId, NodeId>>* edges = nullptr;
  if (side.keeps_edges) {
    side.edges_into.resize(depth + 1);
    edges = &side.edges_into[depth];
  }
  txn.AdjacentRuns(side.frontier, side.direction, types, [&](const AdjacencyRun& run) {
    tick(run.end - run.begin);
    for (const Neighbour* n = run.begin; n != run.end; ++n) {
      bool fresh = side.distance.Insert(n->node, depth);
      if (edges && (fresh || side.distance.Get(n->node) == depth))
        edges->emplace_back(n->node, run.node);
      if (!fresh) continue;
      next.push_back(n->node);
      if (other.distance.Contains(n->node)) met.push_back(n->node);
    }
  });
  side.levels.push_back(next);
  side.frontier = std::move(next);
  side.cost = Side::kUnknown;
  side.depth = depth;
  return met;
}

// Past this many relationships a level's walk forwards may be replaced.
constexpr uint64_t kHubWalk = 4096;

// The parents, among `level` (in that order), of each of `candidates`, read
// from the candidates' side (walking `backwards`); returns the candidates
// with a parent, in the order a forward walk over `level` would first reach
// them, and gives each its parents in the order that walk finds them: by the
// parent's place in `level`, the parent's run (type and direction, in the
// order the store lists them), then the run's order (neighbour, relationship).
std::vector<NodeId> ParentsFrom(const Transaction& txn, const std::vector<NodeId>& level, Direction forwards,
                                const std::vector<NodeId>& candidates, const std::vector<std::string>& types,
                                const std::function<void(uint64_t)>& tick,
                                std::unordered_map<NodeId, std::vector<std::pair<NodeId, RelId>>>* parents) {
  NodeMap<int32_t> index_in_level(-1);
  for (size_t i = 0; i < level.size(); ++i) index_in_level.Insert(level[i], static_cast<int32_t>(i));
  // Each parent's runs in order, counted, not walked.
  std::unordered_map<NodeId, std::vector<std::pair<std::string, Direction>>> runs_of;
  txn.AdjacentRuns(level, forwards, types,
                   [&](const AdjacencyRun& run) { runs_of[run.node].emplace_back(*run.type, run.direction); });
  auto run_rank = [&](NodeId parent, const std::string& type, Direction from_parent) {
    const auto& runs = runs_of[parent];
    for (size_t r = 0; r < runs.size(); ++r)
      if (runs[r].first == type && runs[r].second == from_parent) return static_cast<int32_t>(r);
    return static_cast<int32_t>(runs.size());
  };
  // (place of the parent, its run, the child, the relationship), per child.
  using Found = std::tuple<int32_t, int32_t, NodeId, RelId, NodeId>;
  std::unordered_map<NodeId, std::vector<Found>> found;
  txn.AdjacentRuns(candidates, Reversed(forwards), types, [&](const AdjacencyRun& run) {
    tick(run.end - run.begin);
    const Direction from_parent = Reversed(run.direction);
    for (const Neighbour* n = run.begin; n != run.end; ++n)
      if (int32_t i = index_in_level.Get(n->node); i >= 0)
        found[run.node].emplace_back(i, run_rank(n->node, *run.type, from_parent), run.node, n->relationship,
                                     n->node);
  });
  std::vector<Found> first_of;  // each child's first finding
  for (auto& [child, list] : found) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    auto& into = (*parents)[child];
    for (const Found& f : list) into.emplace_back(std::get<4>(f), std::get<3>(f));
    first_of.push_back(list.front());
  }
  std::sort(first_of.begin(), first_of.end());
  std::vector<NodeId> next;
  for (const Found& f : first_of) next.push_back(std::get<2>(f));
  return next;
}

}  // namespace

void ForEachShortestPath(const Transaction& txn, NodeId start, NodeId end,
                         const ShortestPathSearch& search,
                         const std::function<void(uint64_t)>& tick,
                         const std::function<void(const IdPath&)>& visit) {
  if (start == end) {
    if (search.min_hops <= 0) visit(IdPath{{start}, {}});
    return;
  }
  Side from(start, search.direction), to(end, Reversed(search.direction));
  from.keeps_edges = true;
  std::vector<NodeId> met;
  while (met.empty() && from.depth + to.depth < search.max_hops && !from.frontier.empty() &&
         !to.frontier.empty()) {
    if (Cost(txn, from, search.types) <= Cost(txn, to, search.types))
      met = Grow(txn, from, to, search.types, tick);
    else met = Grow(txn, to, from, search.types, tick);
  }
  // The first level where the two meet gives the length: every node met there
  // lies `from.depth` from the start and `to.depth` from the end.
  const int32_t length = from.depth + to.depth;
  if (met.empty() || length < search.min_hops) return;

  // The nodes on a shortest path up to the meeting level, with their place
  // on it: back from the meeting nodes along the start side's edges.
  Distances position(-1);
  for (NodeId m : met) position.Insert(m, from.depth);
  for (int32_t d = from.depth; d > 0; --d)
    for (const auto& [node, previous] : from.edges_into[d])
      if (position.Get(node) == d) position.Insert(previous, d - 1);
  // Past the meeting level a node is on a shortest path if a node on one
  // reaches it and it lies the rest of the way from the end.
  auto on_path = [&](NodeId n, int32_t place) {
    return place <= from.depth ? position.Get(n) == place : to.distance.Get(n) == length - place;
  };
  // The nodes that may lie at a place: those the walk back found, past the
  // meeting level those the end's side reached at the rest of the way.
  std::vector<std::vector<NodeId>> at_place(length + 1);
  for (int32_t d = 0; d <= from.depth; ++d)
    for (NodeId n : from.levels[d])
      if (position.Get(n) == d) at_place[d].push_back(n);
  for (int32_t d = from.depth + 1; d <= length; ++d) at_place[d] = to.levels[length - d];

  // Forwards over those nodes in the order a one-sided search meets them:
  // each node's parents (the nodes one place earlier that reach it, with the
  // relationship) in the order that search would find them.
  std::unordered_map<NodeId, std::vector<std::pair<NodeId, RelId>>> parents;
  std::vector<NodeId> level{start};
  for (int32_t d = 0; d < length; ++d) {
    // A hub on the route has far more relationships than the nodes that
    // may follow it: those are asked for their parents instead.
    const uint64_t forwards = Relationships(txn, level, search.direction, search.types);
    if (forwards > kHubWalk &&
        Relationships(txn, at_place[d + 1], Reversed(search.direction), search.types) * 4 < forwards) {
      level = ParentsFrom(txn, level, search.direction, at_place[d + 1], search.types, tick, &parents);
      continue;
    }
    std::vector<NodeId> next;
    txn.AdjacentRuns(level, search.direction, search.types, [&](const AdjacencyRun& run) {
      tick(run.end - run.begin);
      for (const Neighbour* n = run.begin; n != run.end; ++n) {
        if (!on_path(n->node, d + 1)) continue;
        auto& list = parents[n->node];
        if (list.empty()) next.push_back(n->node);
        list.emplace_back(run.node, n->relationship);
      }
    });
    level = std::move(next);
  }

  // Back from the end through the parents: the first parent each time gives
  // the one path, every parent in turn all of them.
  IdPath path;
  std::vector<RelId> rels;  // end to start
  std::vector<NodeId> nodes{end};
  std::function<bool(NodeId)> unwind = [&](NodeId at) {
    if (at == start) {
      path.nodes.assign(nodes.rbegin(), nodes.rend());
      path.relationships.assign(rels.rbegin(), rels.rend());
      visit(path);
      return search.all;
    }
    for (const auto& [parent, rel] : parents[at]) {
      rels.push_back(rel);
      nodes.push_back(parent);
      bool more = unwind(parent);
      nodes.pop_back();
      rels.pop_back();
      if (!more) return false;
    }
    return true;
  };
  unwind(end);
}

}  // namespace ng::query
