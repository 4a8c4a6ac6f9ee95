// query/fast_match.h — a MATCH run over node and relationship ids.
//
// When every row of a MATCH goes into the projection after it (an
// aggregation, DISTINCT or ORDER BY: nothing can stop early), the pattern is
// expanded level by level through Transaction::AdjacentRuns, holding only
// ids; labels come from the store's label sets and a node's record is read only
// when a filter or the projection reads it. The rows handed on hold just the
// variables the projection reads. A variable-length pattern whose far end is
// only counted with count(DISTINCT …) runs as a breadth-first search with a
// visited set (query/reach_count.cc).
//
// Anything else (several pattern parts, paths, relationship variables that
// are read, OPTIONAL MATCH, statements that write) is left to PatternMatcher:
// Plan() returns null for it.
#ifndef NEWSGRAPH_QUERY_FAST_MATCH_H_
#define NEWSGRAPH_QUERY_FAST_MATCH_H_

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "query/executor.h"

namespace ng::query {

// The direction of a step that walks `d` from its right end when `leftwards`.
Direction StepDirectionOf(RelDirection d, bool leftwards);

class FastMatch {
 public:
  // A plan for `match` feeding the projection `next` (a WITH or RETURN) from
  // the one row `input`, or null. `describe_only`: for EXPLAIN, the values of
  // the bound variables are not known yet.
  static std::unique_ptr<FastMatch> Plan(Executor* ex, const Clause& match, const Clause& next,
                                         const Row& input, bool describe_only = false);

  // Hands every match to `sink` as a row of the variables the projection
  // reads, with a weight of 1 — or, when merges_rows(), each distinct row
  // once with the number of matches that make it. With `count`, only counts
  // the matches there.
  using WeightedSink = std::function<void(const Row&, uint64_t weight)>;
  void Run(const WeightedSink& sink, int64_t* count = nullptr);
  // True when the projection gives the same answer from each distinct row
  // with its weight: its aggregates are count, min and max only, or it is
  // DISTINCT without aggregates.
  bool merges_rows() const { return merge_rows_; }

  // True when the projection is count(*) alone (each item): Count() is its value.
  bool counts_only() const { return counts_only_ || reach_; }
  int64_t Count();

  // True for (a)-[*0..k or *1..k]-(b) … count(DISTINCT b): ReachCount() is
  // the whole projection's value.
  bool counts_reach() const { return reach_; }
  int64_t ReachCount();

  // The operators, for EXPLAIN and PROFILE.
  std::vector<std::string> Describe() const;
  // Relationships and records read so far (PROFILE's db hits).
  uint64_t db_hits() const { return db_hits_; }
  // Matches found (for a reach count: nodes reached).
  uint64_t rows() const { return rows_; }

  // Public for make_unique; use Plan().
  explicit FastMatch(Executor* ex) : ex_(ex) {}

 private:
  struct Slot {  // one node of the pattern
    std::string var;
    std::vector<std::string> labels;
    const Expr* properties = nullptr;  // a map of constants, or null
    std::vector<const Expr*> conditions;  // WHERE conjuncts on this variable alone
    int same_as = -1;                   // an earlier slot with the same variable
    bool bound = false;
    NodeId bound_id = 0;
    bool needed = false;                // the projection reads it
    std::unordered_map<NodeId, bool> fits;  // memo of Fits()
  };
  struct Step {  // one relationship, walked from slot `from` to slot `to`
    size_t rel, from, to;
    Direction direction;
    std::vector<std::string> types;
    std::vector<size_t> equal_to;  // slots of the same variable bound before it
  };

  bool Build(const Clause& match, const Clause& next, const Row& input, bool describe_only);
  bool BuildReach(const PatternPart& part, const Clause& next);
  std::vector<NodeId> AnchorCandidates(std::string* how) const;
  // Whether node `id` satisfies slot `s`'s labels, properties and conditions
  // (not the equality with a bound or repeated variable).
  // `known_label`: a label the node is known to carry (it came from its index).
  bool Fits(Slot& s, NodeId id, size_t expected, const std::string* known_label = nullptr);
  // How many nodes a breadth-first search from `a` reaches within
  // max_hops_, the start unless excluded; `listed` (if given) receives them,
  // the start first (query/reach_count.cc).
  int64_t ReachedFrom(NodeId a, std::vector<NodeId>* listed);
  bool HasLabel(const std::string& label, NodeId id, size_t expected);
  const Node& CachedNode(NodeId id);
  // Reads the records of `ids` not cached yet in one walk (Transaction::GetNodes).
  void ReadNodes(std::vector<NodeId> ids);
  // The relationships of `nodes` (sorted, distinct) for one step: (*spans)[i]
  // is the range of `out` holding nodes[i]'s (neighbour, relationship) pairs.
  void Expand(const std::vector<NodeId>& nodes, const Step& step,
              std::vector<std::pair<size_t, size_t>>* spans, std::vector<Neighbour>* out);

  Executor* ex_;
  std::vector<Slot> slots_;
  std::vector<Step> steps_;
  size_t anchor_ = 0;
  const Expr* anchor_name_ = nullptr;  // {name: …} or x.name = … on the anchor
  // Pairs of relationship positions that could hold the same relationship
  // (their types overlap): checked to keep relationships unique.
  std::vector<std::pair<size_t, size_t>> rel_clashes_;
  Row input_;
  // Variables of the input row the projection reads (copied into each row).
  std::vector<std::string> input_needed_;
  // Reach count: the relationship pattern and which slot is counted.
  bool reach_ = false;
  bool counts_only_ = false;
  bool merge_rows_ = false;
  std::vector<std::string> inequality_;  // the variables of a WHERE `x <> y`
  bool excludes_start_ = false;         // reach count with `b <> a`
  int64_t min_hops_ = 1, max_hops_ = 1;
  size_t counted_ = 1;
  Step reach_step_{};
  std::unordered_map<NodeId, Node> node_cache_;
  std::unordered_map<std::string, std::shared_ptr<const NodeIdSet>> label_members_;
  uint64_t db_hits_ = 0;
  uint64_t rows_ = 0;
  const Expr* anchor_id_ = nullptr;  // id(x) = … on the anchor
};

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_FAST_MATCH_H_
