// query/pattern_match.h — finding the bindings of MATCH patterns.
#ifndef NEWSGRAPH_QUERY_PATTERN_MATCH_H_
#define NEWSGRAPH_QUERY_PATTERN_MATCH_H_

#include <functional>
#include <set>
#include <unordered_map>
#include <vector>

#include "query/executor.h"

namespace ng::query {

// The variables of the row that `e` reads: not those a comprehension binds
// itself; those a pattern inside it names (it waits until they are bound).
void ExprVariables(const Expr& e, std::vector<std::string>* out);

// True if `have` holds every entry of the map `wanted` ({k: v} in a
// pattern); `what` ("node") names it in the kType error for a non-map.
bool HasProperties(const Val& wanted, const Properties& have, const char* what);

class PatternMatcher {
 public:
  explicit PatternMatcher(Executor* ex) : ex_(ex) {}

  // Pushes a MATCH's WHERE into the search: each AND-ed condition is tested
  // as soon as its variables are bound, and `x.name = 'literal'` (or a
  // parameter) lets the name index anchor x. Rows that reach `emit` still
  // pass the whole WHERE in the caller.
  void PushDown(const Expr* where);

  // Calls `emit` with `row` extended by every match of all `parts` (a
  // relationship is used at most once across them).
  void MatchAll(const std::vector<PatternPart>& parts, const Row& row,
                const std::function<void(const Row&)>& emit);

  // The plan of one part: which node anchors it and how, given the
  // variables `bound` before it (their values do not matter).
  std::string Describe(const PatternPart& part, const Row& bound) const;

 private:
  struct State {
    std::vector<Val> nodes;
    std::vector<std::vector<Relationship>> rels;
  };
  void MatchPart(const std::vector<PatternPart>& parts, size_t index, Row row,
                 std::set<RelId>* used, const std::function<void(const Row&)>& emit);
  void Extend(const PatternPart& p, size_t anchor, int step, size_t i, Row& row, State& s,
              std::set<RelId>* used, const std::function<void(Row&, State&)>& done);
  void Shortest(const PatternPart& p, const Row& row, const std::function<void(Row&, State&)>& done);
  std::vector<NodeId> Candidates(const NodePattern& n, const Row& row, std::string* how) const;
  bool NodeFits(const NodePattern& n, const Node& node, const Row& row);
  bool RelFits(const RelPattern& r, const Relationship& rel, const Row& row);
  size_t ChooseAnchor(const PatternPart& p, const Row& row) const;
  void BindPath(const PatternPart& p, Row& row, const State& s);
  // False if a pushed-down condition whose variables became bound between
  // `before` and `row` is not true.
  bool Passes(const Row& row, const Row& before);
  // The value a pushed `var.name = …` (or `id(var) = …`) condition compares
  // with, or null.
  const Expr* NameCondition(const std::string& var) const;
  const Expr* IdCondition(const std::string& var) const;

  struct Condition {
    const Expr* expr;
    std::vector<std::string> vars;
  };
  std::vector<Condition> conditions_;
  Executor* ex_;
  // A node a pattern or path reaches, shared by every row that reaches it
  // (the article of thousands of statements is read once; a path search
  // meets the same nodes over and over), or null when it does not exist.
  // Bounded; cleared when full. Once the query has written, every read is
  // fresh.
  Val ReadNode(NodeId id);
  std::unordered_map<NodeId, Val> read_cache_;
};

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_PATTERN_MATCH_H_
