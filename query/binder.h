// query/binder.h — static checks of a parsed statement: every variable is
// defined before use, aggregates only in projections, known functions.
#ifndef NEWSGRAPH_QUERY_BINDER_H_
#define NEWSGRAPH_QUERY_BINDER_H_

#include "query/ast.h"

namespace ng::query {

// Throws ng::Error(kSemantic) (or kSyntax for an unknown function) naming
// the position of the first problem.
void Bind(const Statement& statement);

// True if the expression contains an aggregate call (count, collect, …).
bool ContainsAggregate(const Expr& e);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_BINDER_H_
