// query/functions.h — the function table: scalar functions and aggregates.
#ifndef NEWSGRAPH_QUERY_FUNCTIONS_H_
#define NEWSGRAPH_QUERY_FUNCTIONS_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "graph/graph_store.h"
#include "query/values.h"

namespace ng::query {

// The most values a list a query builds may hold (range(), concatenation,
// function results): a value takes 112 bytes, so a million is about 110 MB.
constexpr size_t kMaxListValues = 1'000'000;

// Function names compare without case: the key a name has in the function table.
std::string FunctionKey(const std::string& name);

bool IsKnownFunction(const std::string& name);
bool IsAggregateFunction(const std::string& name);

// Calls a scalar function; `txn` serves startNode/endNode. Throws kType /
// kArgument for wrong arguments.
Val CallFunction(const std::string& name, const std::vector<Val>& args, const Transaction& txn);

// An aggregate's running state.
class Aggregator {
 public:
  Aggregator(const std::string& name, bool distinct);
  void Add(const Val& v);      // null is ignored (except by count(*), which adds true)
  // `v` added `times` times (rows merged into one with a weight).
  void Add(const Val& v, uint64_t times);
  // percentileDisc/percentileCont's second argument; kArgument outside [0, 1].
  void SetPercentile(const Val& p);
  Val Result() const;

 private:
  std::string name_;
  bool distinct_;
  std::vector<Val> seen_;  // for collect, the numeric aggregates, and DISTINCT without a key
  std::unordered_set<std::string> keys_;  // DISTINCT: GroupKey() of the values seen
  int64_t count_ = 0;
  Val acc_;
  bool all_int_ = true;
  double sum_ = 0;
  int64_t isum_ = 0;
  double percentile_ = 0.5;
};

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_FUNCTIONS_H_
