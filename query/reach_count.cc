// FastMatch for (a)-[*0..k or *1..k]-(b) … count(DISTINCT b): the nodes at
// the end of some trail of 1..k relationships are exactly those at
// breadth-first distance 1..k (a shortest route is a trail), except the start
// itself, which a trail reaches again only round a cycle: it counts when the
// shortest cycle through it has at most k relationships. So one search with
// a visited set answers what the trail enumeration would take a product of
// degrees to.
#include <algorithm>
#include <limits>
#include <unordered_set>

#include "query/fast_match.h"
#include "query/functions.h"
#include "query/node_map.h"

namespace ng::query {

bool FastMatch::BuildReach(const PatternPart& part, const Clause& next) {
  const Projection& pr = next.projection;
  const RelPattern& rel = part.rels.at(0);
  if (slots_.size() != 2 || !rel.var.empty() || rel.min_hops < 0 || rel.min_hops > 1 || pr.items.size() != 1 || pr.distinct || !pr.order_by.empty() || pr.skip ||
      pr.limit || pr.where)
    return false;
  const Expr& count = *pr.items[0].expr;
  if (count.kind != ExprKind::kCall || FunctionKey(count.name) != "count" || !count.distinct ||
      count.args.size() != 1 || count.args[0]->kind != ExprKind::kVariable)
    return false;
  // The search starts at a bound or named node and counts the other end.
  counted_ = 1 - anchor_;
  const Slot& start = slots_[anchor_];
  const Slot& end = slots_[counted_];
  if (!start.bound && !anchor_name_ && !anchor_id_) return false;
  if (end.bound || end.var.empty() || end.var != count.args[0]->name || start.var == end.var) return false;
  if (!inequality_.empty()) {
    std::vector<std::string> ends{start.var, end.var};
    if (!std::is_permutation(inequality_.begin(), inequality_.end(), ends.begin())) return false;
    excludes_start_ = true;
  }
  reach_ = true;
  min_hops_ = rel.min_hops;
  max_hops_ = rel.max_hops < 0 ? 64 : rel.max_hops;  // as PatternMatcher bounds a bare *
  reach_step_ = {0, anchor_, counted_, StepDirectionOf(rel.direction, anchor_ != 0), rel.types, {}};
  return true;
}

namespace {

constexpr uint64_t kNoBranch = std::numeric_limits<uint64_t>::max();

struct Visit {
  int64_t dist = -1;            // -1: not reached
  uint64_t branch = kNoBranch;  // the first relationship of its route from the start (kBoth)
  uint64_t tree_rel = kNoBranch;  // the relationship it was reached through
};

// Visits by node id: a hash map while the search is small, then an array
// over the dense ids the store hands out (past a few thousand nodes a hash
// map costs more than the search; an array for one hop of a median node would
// cost more than the hop).
class Visits {
 public:
  // The entry of `id`, and whether it was not reached before (then it is
  // set to `v` and remembered).
  std::pair<Visit*, bool> Reach(NodeId id, const Visit& v) {
    Visit* at = Find(id);
    if (at->dist >= 0) return {at, false};
    *at = v;
    reached_.push_back(id);
    if (reached_.size() == kDenseFrom) {
      Densify();  // moves the entries: find it again
      at = Find(id);
    }
    return {at, true};
  }
  const Visit& At(NodeId id) { return *Find(id); }
  const std::vector<NodeId>& reached() const { return reached_; }

 private:
  static constexpr size_t kDenseFrom = 4096;
  static constexpr NodeId kDenseLimit = NodeId{1} << 25;
  Visit* Find(NodeId id) {
    if (dense_mode_ && id < kDenseLimit) {
      if (id >= dense_.size()) dense_.resize(std::max<size_t>(id + 1, dense_.size() * 2));
      return &dense_[id];
    }
    return &sparse_[id];
  }
  void Densify() {
    dense_mode_ = true;
    for (auto it = sparse_.begin(); it != sparse_.end();) {
      if (it->first < kDenseLimit) {
        *Find(it->first) = it->second;
        it = sparse_.erase(it);
      } else {
        ++it;
      }
    }
  }
  bool dense_mode_ = false;
  std::vector<Visit> dense_;
  std::unordered_map<NodeId, Visit> sparse_;
  std::vector<NodeId> reached_;
};

// Whether each node was reached, for a search that needs no more (a bit per
// id once the search is large: a million nodes in 256 KB, where a Visit
// array takes 24 MB whose page faults cost more than the search), how many,
// and when `listed`, which, in order.
class ReachedSet {
 public:
  explicit ReachedSet(bool listed) : listed_(listed) {}
  bool Insert(NodeId id) {
    if (!seen_.Insert(id, true)) return false;
    ++size_;
    if (listed_) reached_.push_back(id);
    return true;
  }
  const std::vector<NodeId>& reached() const { return reached_; }
  size_t size() const { return size_; }

 private:
  bool listed_;
  NodeMap<bool> seen_{false};
  size_t size_ = 0;
  std::vector<NodeId> reached_;
};

}  // namespace

// Without the start to decide on (it is left out, or counts at distance 0),
// no cycle through it matters: a plain breadth-first search with one bit per
// node reached.
int64_t FastMatch::ReachedFrom(NodeId a, std::vector<NodeId>* listed) {
  const Step& step = reach_step_;
  ReachedSet reached(listed != nullptr);
  reached.Insert(a);
  std::vector<NodeId> frontier{a};
  for (int64_t d = 0; d < max_hops_ && !frontier.empty(); ++d) {
    std::sort(frontier.begin(), frontier.end());
    std::vector<NodeId> next;
    const bool last = d + 1 == max_hops_;  // what it reaches goes no further
    ex_->txn()->AdjacentRuns(frontier, step.direction, step.types, [&](const AdjacencyRun& run) {
      db_hits_ += run.end - run.begin;
      ex_->Tick(run.end - run.begin);
      for (const Neighbour* n = run.begin; n != run.end; ++n)
        if (reached.Insert(n->node) && !last) next.push_back(n->node);
    });
    frontier = std::move(next);
  }
  if (listed) {
    *listed = reached.reached();
    if (excludes_start_) listed->erase(listed->begin());  // the start, inserted first
  }
  return static_cast<int64_t>(reached.size()) - (excludes_start_ ? 1 : 0);
}

int64_t FastMatch::ReachCount() {
  std::vector<NodeId> anchors;
  {
    std::vector<NodeId> candidates = AnchorCandidates(nullptr);
    for (NodeId id : candidates)
      if (Fits(slots_[anchor_], id, candidates.size())) anchors.push_back(id);
  }
  const Step& step = reach_step_;
  const int64_t max = max_hops_;
  std::unordered_set<NodeId> reached_by_any;  // only with several starts
  int64_t total = 0;
  for (NodeId a : anchors) {
    if (excludes_start_ || min_hops_ == 0) {
      // Any node counts, and one start counts every node it reaches once.
      const Slot& counted = slots_[counted_];
      if (anchors.size() == 1 && counted.labels.empty() && !counted.properties && counted.conditions.empty()) {
        total = ReachedFrom(a, nullptr);
        rows_ += total;
        continue;
      }
      std::vector<NodeId> reached;
      ReachedFrom(a, &reached);
      for (NodeId id : reached) {
        if (!Fits(slots_[counted_], id, reached.size())) continue;
        ++rows_;
        if (anchors.size() == 1) ++total;
        else reached_by_any.insert(id);
      }
      continue;
    }
    Visits visits;
    visits.Reach(a, Visit{0, kNoBranch, kNoBranch});
    int64_t cycle = std::numeric_limits<int64_t>::max();
    std::vector<NodeId> frontier{a};
    for (int64_t d = 0; d < max && !frontier.empty(); ++d) {
      std::sort(frontier.begin(), frontier.end());
      std::vector<NodeId> next;
      ex_->txn()->AdjacentRuns(frontier, step.direction, step.types, [&](const AdjacencyRun& run) {
        const Visit from = visits.At(run.node);
        db_hits_ += run.end - run.begin;
        ex_->Tick(run.end - run.begin);
        for (const Neighbour* n = run.begin; n != run.end; ++n) {
          if (step.direction != Direction::kBoth) {
            if (n->node == a) cycle = std::min(cycle, from.dist + 1);
            else if (visits.Reach(n->node, Visit{d + 1, kNoBranch, n->relationship}).second)
              next.push_back(n->node);
            continue;
          }
          if (n->node == run.node) {  // a self-loop (listed both ways)
            if (run.node == a) cycle = 1;
            continue;
          }
          uint64_t branch = run.node == a ? n->relationship : from.branch;
          auto [to, fresh] = visits.Reach(n->node, Visit{d + 1, branch, n->relationship});
          if (fresh) {
            next.push_back(n->node);
            continue;
          }
          if (to->tree_rel == n->relationship || from.tree_rel == n->relationship) continue;
          // Different first relationships: the two routes meet only at the
          // start, so with this one they close a cycle through it.
          if (from.branch != to->branch) cycle = std::min(cycle, from.dist + to->dist + 1);
        }
      });
      frontier = std::move(next);
    }
    const bool start_counts = !excludes_start_ && (min_hops_ == 0 || cycle <= max);
    for (NodeId id : visits.reached()) {
      if (id == a && !start_counts) continue;
      if (!Fits(slots_[counted_], id, visits.reached().size())) continue;
      ++rows_;
      if (anchors.size() == 1) ++total;
      else reached_by_any.insert(id);
    }
  }
  return anchors.size() == 1 ? total : static_cast<int64_t>(reached_by_any.size());
}

}  // namespace ng::query
