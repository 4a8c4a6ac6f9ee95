// query/shortcuts.h — NEIGHBOURS OF, PATH FROM … TO, WHO SAID ABOUT,
// WHAT DID … SAY. Names resolve through the name/alias index; WHO SAID, WHAT
// DID and PATH compile to Cypher statements run by the ordinary executor with
// the resolved actors bound, NEIGHBOURS is a breadth-first search.
#ifndef NEWSGRAPH_QUERY_SHORTCUTS_H_
#define NEWSGRAPH_QUERY_SHORTCUTS_H_

#include "graph/graph_store.h"
#include "query/ast.h"
#include "query/engine.h"

namespace ng::query {

ResultSet RunShortcut(Transaction* txn, const Statement& statement, const QueryOptions& options);

// The columns a shortcut's rows have, which the clauses written after it see.
const std::vector<std::string>& ShortcutColumns(Shortcut::Kind kind);

// The one node called `name` (case-insensitive, aliases too; actors first).
// Throws kEntityNotFound when there is none and kArgument listing the
// candidates when the name is ambiguous.
Node ResolveName(const Transaction& txn, const std::string& name);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_SHORTCUTS_H_
