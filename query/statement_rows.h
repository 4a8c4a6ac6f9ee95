// query/statement_rows.h — the rows of WHO SAID ABOUT and WHAT DID … SAY,
// read over ids through the store's batched adjacency.
//
// They are the rows of the Cypher the shortcuts stand for (shortcuts.cc,
// StatementColumns), in the same order:
//   MATCH (speaker)-[:SAID]->(s:Statement)-[:ABOUT]->(target)
//   OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) OPTIONAL MATCH (s)-[:ABOUT]->(other)
//   WITH speaker, s, a, collect(DISTINCT coalesce(other.name, other.label)) AS about
//   RETURN speaker.name, s.text, <kStatementKindShown>, about, a.outlet, coalesce(s.date, a.published)
//   ORDER BY date, outlet, speaker, statement
// but each record is read once, and only the properties shown are kept.
#ifndef NEWSGRAPH_QUERY_STATEMENT_ROWS_H_
#define NEWSGRAPH_QUERY_STATEMENT_ROWS_H_

#include <optional>

#include "graph/graph_store.h"
#include "query/engine.h"

namespace ng::query {

// A statement's kind as the listings show it: ", denied" after it when the
// speaker did not say or hold the words ("did not apologize for ...").
inline constexpr const char* kStatementKindShown = "CASE WHEN s.negated THEN s.kind + ', denied' ELSE s.kind END";

// WHO SAID ABOUT `target` (speaker unset), WHAT DID `speaker` SAY (target
// unset) or WHAT DID `speaker` SAY ABOUT `target`.
ResultSet StatementRows(Transaction* txn, std::optional<NodeId> speaker, std::optional<NodeId> target,
                        const QueryOptions& options);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_STATEMENT_ROWS_H_
