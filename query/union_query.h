// query/union_query.h — a statement of queries joined by UNION [ALL]: each
// runs on its own in the same transaction and their rows are appended in
// order; UNION then keeps one of each set of equal rows.
#ifndef NEWSGRAPH_QUERY_UNION_QUERY_H_
#define NEWSGRAPH_QUERY_UNION_QUERY_H_

#include "graph/graph_store.h"
#include "query/ast.h"
#include "query/engine.h"

namespace ng::query {

ResultSet RunUnion(Transaction* txn, const Statement& statement, const QueryOptions& options);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_UNION_QUERY_H_
