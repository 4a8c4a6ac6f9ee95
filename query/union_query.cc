#include "query/union_query.h"

#include <set>

#include "query/executor.h"
#include "query/values.h"

namespace ng::query {

namespace {

// Rows in the total order of ORDER BY, for finding equal rows.
struct RowOrder {
  bool operator()(const std::vector<Val>& a, const std::vector<Val>& b) const {
    for (size_t i = 0; i < a.size() && i < b.size(); ++i)
      if (int c = OrderCompare(a[i], b[i])) return c < 0;
    return a.size() < b.size();
  }
};

}  // namespace

ResultSet RunUnion(Transaction* txn, const Statement& statement, const QueryOptions& options) {
  // Rows are gathered (UNION compares them all), so none go to a streaming sink.
  QueryOptions gathered = options;
  gathered.row_sink = nullptr;
  Statement first = statement;
  first.unions.clear();
  ResultSet result = Executor(txn, first, gathered).Run();
  for (const UnionPart& part : statement.unions) {
    Statement next;
    next.mode = statement.mode;
    next.text = statement.text;
    next.clauses = part.clauses;
    ResultSet more = Executor(txn, next, gathered).Run();
    for (auto& row : more.rows) result.rows.push_back(std::move(row));
    result.plan.insert(result.plan.end(), more.plan.begin(), more.plan.end());
  }
  if (!statement.unions.empty() && !statement.unions[0].all) {
    std::set<std::vector<Val>, RowOrder> seen;
    std::vector<std::vector<Val>> kept;
    for (auto& row : result.rows)
      if (seen.insert(row).second) kept.push_back(std::move(row));
    result.rows = std::move(kept);
  }
  return result;
}

}  // namespace ng::query
