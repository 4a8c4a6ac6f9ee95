// query/executor.h — runs a parsed statement against one transaction.
//
// Clauses run in order over a table of rows (variable → value). MATCH starts
// each pattern from its most selective node — a bound variable, then the
// name index for {name: …}, then the label index, then a scan — and expands
// through adjacency, never reusing a relationship within one MATCH.
#ifndef NEWSGRAPH_QUERY_EXECUTOR_H_
#define NEWSGRAPH_QUERY_EXECUTOR_H_

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "query/ast.h"
#include "query/engine.h"
#include "query/values.h"

namespace ng::query {

class FastMatch;
using Row = std::map<std::string, Val>;

class Executor {
 public:
  // `initial` binds variables before the first clause (the shortcuts bind
  // their resolved actors this way).
  Executor(Transaction* txn, const Statement& statement, const QueryOptions& options,
           Row initial = {});
  ResultSet Run();
  // The plan as printed by EXPLAIN (one operator per clause, patterns indented).
  std::vector<OperatorProfile> Plan() const;

  // One unit of work (an expansion, a row, a path element): counts against
  // the expansion cap, and now and then checks the timeout and cancellation.
  void Tick(uint64_t cost = 1);
  Val Eval(const Expr& e, const Row& row, const std::map<const Expr*, Val>* aggregates = nullptr);
  Transaction* txn() { return txn_; }
  // CASE, comprehensions, quantifiers, reduce and patterns in expressions
  // (query/evaluate_scoped.cc).
  Val EvalScoped(const Expr& e, const Row& row, const std::map<const Expr*, Val>* aggregates);

 private:
  using RowSink = std::function<void(const Row&)>;
  using RowSource = std::function<void(const RowSink&)>;

  // Runs clause `index` (and, when it streams into it, the next one: *used
  // says how many clauses ran).
  std::vector<Row> Apply(size_t index, std::vector<Row> rows, ResultSet* result, size_t* used);
  // `budget` > 0: stop after that many rows (LIMIT pushed down).
  std::vector<Row> Match(const Clause& c, std::vector<Row> rows, size_t budget);
  // Hands every match to `sink` as it is found, without collecting them.
  void MatchInto(const Clause& c, const std::vector<Row>& rows, size_t budget, const RowSink& sink);
  // True if clause `index` is a MATCH whose rows can flow straight into the
  // aggregation of the projection after it (memory stays per group).
  bool StreamsIntoAggregation(size_t index) const;
  // A plan over ids (query/fast_match.h) for the MATCH at `index` and the
  // projection after it, or null when the general matcher must run it.
  std::unique_ptr<FastMatch> FastPlan(size_t index, bool describe_only) const;
  // A projection whose every item is one count FastMatch computed whole.
  std::vector<Row> CountProjection(const Clause& next, int64_t count, ResultSet* result);
  // True if clause `index` is a MATCH whose rows can go one by one through
  // the final RETURN to QueryOptions::row_sink (nothing kept).
  bool StreamsIntoOutput(size_t index) const;
  // Whether result rows go to QueryOptions::row_sink: a statement that only
  // reads, run (not explained or profiled), with a sink.
  bool StreamingOutput() const;
  // One result row: to the sink when streaming, else into `result`; checks --max-rows.
  void EmitRow(ResultSet* result, std::vector<Val> values);
  // The MATCH at `index` and the final RETURN after it, one row at a time.
  void StreamMatchToOutput(size_t index, const std::vector<Row>& rows, ResultSet* result);
  std::vector<Row> Unwind(const Clause& c, std::vector<Row> rows);
  std::vector<Row> Call(const Clause& c, std::vector<Row> rows);
  void Foreach(const Clause& c, const std::vector<Row>& rows);
  // `source`, when given, supplies the input rows instead of `rows`.
  std::vector<Row> Project(const Clause& c, std::vector<Row> rows, ResultSet* result,
                           const RowSource* source = nullptr);
  std::vector<Row> Create(const Clause& c, std::vector<Row> rows);
  std::vector<Row> Merge(const Clause& c, std::vector<Row> rows);
  void SetItems(const std::vector<SetItem>& items, std::vector<Row>* rows);
  std::vector<Row> Remove(const Clause& c, std::vector<Row> rows);
  std::vector<Row> Delete(const Clause& c, std::vector<Row> rows);
  void CreatePattern(const PatternPart& p, Row* row);
  void DeleteValue(const Val& v, bool detach, std::set<RelId>* rels, std::set<NodeId>* nodes);
  // Re-reads nodes and relationships a write may have changed (RETURN after SET).
  Val Freshen(const Val& v) const;
  size_t PushedDownLimit(size_t index) const;
  // Fills the result's missing_labels / missing_types (an empty result).
  void NoteMissingNames(ResultSet* result) const;
  int64_t CountArgument(const ExprPtr& e, const char* what);
  std::string Text(const Expr& e) const;
  // The plan lines of one clause; `bound` holds the variables bound before
  // it and gets those it binds.
  std::vector<std::string> DescribeClause(const Clause& c, Row* bound) const;

  Transaction* txn_;
  const Statement& st_;
  const QueryOptions& options_;
  QueryStats stats_;
  uint64_t work_ = 0;
  uint64_t next_check_ = 1024;  // work_ at which the clock is read again
  std::chrono::steady_clock::time_point start_;
  bool writes_ = false;
  const bool streaming_;  // StreamingOutput(), decided once
  Row initial_;
  // How many matches the row being aggregated stands for (FastMatch merges
  // equal rows when the aggregates allow it).
  uint64_t row_weight_ = 1;
  // What FastMatch did in the clause just applied, for PROFILE.
  struct {
    bool used = false;
    uint64_t rows = 0, db_hits = 0;
  } fast_profile_;
  friend class PatternMatcher;
};

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_EXECUTOR_H_
