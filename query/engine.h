// query/engine.h — the front door of the query engine.
//
// An Engine runs statements of the newsgraph query language (a Cypher subset
// plus the NEIGHBOURS / PATH / WHO SAID / WHAT DID shortcuts, docs/QUERY.md)
// against a GraphStore. Each statement runs in its own transaction: reads see
// one snapshot, and a statement that writes commits atomically or not at all.
//
// Errors: ng::Error with kind kSyntax (with "line L, column C: …" and a caret
// excerpt in the message), kSemantic, kType, kArgument, kEntityNotFound,
// kConstraint, kLimit (timeout, row or expansion cap, cancellation).
#ifndef NEWSGRAPH_QUERY_ENGINE_H_
#define NEWSGRAPH_QUERY_ENGINE_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "query/result.h"

namespace ng {

struct QueryOptions {
  std::map<std::string, ResultValue> parameters;  // $name -> value
  double timeout_seconds = 0;                   // 0: no timeout
  uint64_t max_rows = 0;                        // 0: no cap on result rows
  uint64_t max_expansions = 100'000'000;        // relationships visited, 0: no cap
  const std::atomic<bool>* cancel = nullptr;    // set to true to stop (Ctrl-C)
  // When set, the rows of a statement that only reads go here as they are
  // made instead of into ResultSet::rows (counted in `streamed_rows`): a
  // MATCH … RETURN without ORDER BY, DISTINCT or aggregates then holds one
  // row at a time. Rows sent before an error stay sent.
  ResultRowSink row_sink;
  // Tests: run every MATCH through the general matcher (not FastMatch), to
  // compare the two.
  bool general_matcher_only = false;
};

class Engine {
 public:
  // `store` must outlive the engine.
  explicit Engine(GraphStore* store);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Parses, plans and runs one statement. EXPLAIN returns the plan as rows of
  // one "plan" column; PROFILE returns the result and fills `plan`.
  ResultSet Run(const std::string& statement, const QueryOptions& options = {});

  // The node called `name` (its name or an alias, any case; actors before
  // other nodes), as the shortcuts resolve names. Throws kEntityNotFound when
  // there is none and kArgument listing the candidates when it is ambiguous.
  Node ResolveName(const std::string& name);

  // Splits a script into statements at top-level ';' (not inside strings or
  // comments). A trailing statement without ';' is returned too.
  static std::vector<std::string> SplitStatements(const std::string& script);

  // True if `text` holds at least one statement that is not yet terminated by
  // ';' (the shell uses it to decide whether to ask for another line).
  static bool NeedsMoreInput(const std::string& text);

  // Keywords of the language (upper case), for completion.
  static const std::vector<std::string>& Keywords();

 private:
  GraphStore* store_;
};

// Parses a Cypher literal ("1", "'x'", "[1, 2]", "{a: 1}", "null", "1.5") as
// given to --param NAME=LITERAL. A string that is not a literal is taken as a
// plain string. Throws kSyntax only for malformed lists/maps.
ResultValue ParseParameterLiteral(const std::string& text);

}  // namespace ng

#endif  // NEWSGRAPH_QUERY_ENGINE_H_
