// query/ast.h — the syntax tree of a statement.
#ifndef NEWSGRAPH_QUERY_AST_H_
#define NEWSGRAPH_QUERY_AST_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/result.h"

namespace ng::query {

struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

enum class ExprKind {
  kLiteral, kParam, kVariable, kProperty, kIndex, kSlice, kCall, kCountStar, kBinary, kUnary,
  kList, kMap, kIsNull, kIsNotNull, kHasLabels,
  // Expressions with variables of their own or a pattern to match (query/evaluate_scoped.cc):
  kPattern,                // (a)-->(b) as a predicate, EXISTS { MATCH … WHERE … }
  kPatternComprehension,   // [(a)-->(b) WHERE … | b.name]: args {projection}
  kListComprehension,      // [x IN list WHERE … | …]: keys {x}, args {list, where, projection}
  kQuantifier,             // all/any/none/single(x IN list WHERE …): name, keys {x}, args {list, where}
  kReduce,                 // reduce(acc = init, x IN list | …): keys {acc, x}, args {init, list, step}
  kCase,                   // args {subject or null, else or null, when, then, when, then, …}
};

struct PatternPart;
struct Clause;

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  size_t offset = 0, end = 0;   // source span, for column names and errors
  ResultValue literal;          // kLiteral
  std::string name;             // variable, parameter, property key, function, operator
  std::vector<ExprPtr> args;    // operands, list items, map values, call arguments
  std::vector<std::string> keys;  // map keys; labels of kHasLabels
  bool distinct = false;        // count(DISTINCT x)
  // kPattern, kPatternComprehension: a MATCH clause (patterns and WHERE)
  // run from the row the expression is evaluated in.
  std::shared_ptr<Clause> subquery;
  // Levels of operands below and including this one; the parser keeps it
  // under a limit so that binding, evaluation and destruction, which recurse,
  // cannot run out of stack.
  int height = 1;
};

struct NodePattern {
  std::string var;
  std::vector<std::string> labels;
  ExprPtr properties;  // a kMap or kParam, or null
  size_t offset = 0;
};

enum class RelDirection { kRight, kLeft, kBoth };

struct RelPattern {
  std::string var;
  std::vector<std::string> types;
  ExprPtr properties;
  RelDirection direction = RelDirection::kBoth;
  bool variable_length = false;
  int64_t min_hops = 1, max_hops = 1;  // max -1: unbounded
  size_t offset = 0;
};

struct PatternPart {
  std::string path_var;
  enum class Shortest { kNone, kOne, kAll } shortest = Shortest::kNone;
  std::vector<NodePattern> nodes;  // n+1
  std::vector<RelPattern> rels;    // n
};

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // the column name: AS alias, or the expression as written
  bool aliased = false;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip, limit;
  ExprPtr where;  // WITH ... WHERE
};

struct SetItem {
  enum class Kind { kProperty, kReplaceMap, kMergeMap, kLabels } kind = Kind::kProperty;
  ExprPtr target;   // kProperty: a kProperty expression; else a variable
  std::string var;
  std::vector<std::string> labels;
  ExprPtr value;
};

struct RemoveItem {
  std::string var;
  std::string property;            // REMOVE n.p (target expression in `target`)
  ExprPtr target;
  std::vector<std::string> labels;  // REMOVE n:L
};

enum class ClauseKind { kMatch, kUnwind, kWith, kReturn, kCreate, kMerge, kSet, kRemove, kDelete, kCall, kForeach };

struct Clause {
  ClauseKind kind = ClauseKind::kMatch;
  size_t offset = 0;
  bool optional = false;                  // OPTIONAL MATCH
  std::vector<PatternPart> patterns;      // MATCH, CREATE, MERGE (one)
  ExprPtr where;                          // MATCH
  ExprPtr expr;                           // UNWIND
  std::string alias;                      // UNWIND
  Projection projection;                  // WITH, RETURN
  std::vector<SetItem> set_items;         // SET, MERGE ON CREATE
  std::vector<SetItem> on_match;          // MERGE ON MATCH
  std::vector<RemoveItem> remove_items;   // REMOVE
  std::vector<ExprPtr> delete_exprs;      // DELETE
  bool detach = false;
  // CALL name(arguments) YIELD output AS alias, … WHERE …(in `where`)
  std::string procedure;
  std::vector<ExprPtr> arguments;
  std::vector<std::pair<std::string, std::string>> yields;  // output, alias
  // FOREACH (alias IN expr | body): update clauses run once per item.
  std::vector<Clause> body;
};

// Clauses that change the graph (FOREACH holds only such clauses).
inline bool Writes(ClauseKind k) {
  return k == ClauseKind::kCreate || k == ClauseKind::kMerge || k == ClauseKind::kSet || k == ClauseKind::kRemove ||
         k == ClauseKind::kDelete || k == ClauseKind::kForeach;
}

// The newsgraph shortcuts, resolved by name through the name index.
struct Shortcut {
  enum class Kind { kNone, kNeighbours, kPath, kWhoSaidAbout, kWhatDidSay } kind = Kind::kNone;
  std::string name, other;  // NEIGHBOURS OF name; PATH FROM name TO other; WHAT DID name SAY ABOUT other
  std::string name_param, other_param;  // $name written instead of a quoted name
  int64_t depth = 1;
  std::vector<std::string> via;
  bool all = false;
};

// A query after UNION [ALL]: its clauses, run on their own, rows appended.
struct UnionPart {
  bool all = false;  // UNION ALL keeps duplicate rows
  size_t offset = 0;
  std::vector<Clause> clauses;
};

// The name of the parameter through which a shortcut's rows reach the
// clauses written after it ("WHO SAID ABOUT 'X' WHERE kind = 'direct' LIMIT 5").
constexpr const char* kShortcutRowsParameter = "__shortcut_rows";

struct Statement {
  enum class Mode { kRun, kExplain, kProfile } mode = Mode::kRun;
  // With a shortcut: the clauses that run on its rows (UNWIND of
  // kShortcutRowsParameter, WITH of its columns, then what was written).
  std::vector<Clause> clauses;
  std::vector<UnionPart> unions;
  Shortcut shortcut;
  std::string text;
};

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_AST_H_
