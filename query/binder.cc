#include "query/binder.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "graph/error.h"
#include "query/functions.h"
#include "query/lexer.h"
#include "query/procedures.h"

namespace ng::query {

namespace {

// What a variable is known to hold at compile time, for the openCypher
// compile-time checks (a node variable reused as a relationship, a path
// variable bound twice, WITH 1 AS n MATCH (n)).
enum class VarType { kAny, kNode, kRel, kRelList, kPath, kList, kValue };
using Scope = std::map<std::string, VarType>;

VarType TypeOf(const Expr& e, const Scope& scope) {
  switch (e.kind) {
    case ExprKind::kVariable: {
      auto it = scope.find(e.name);
      return it == scope.end() ? VarType::kAny : it->second;
    }
    case ExprKind::kLiteral: return e.literal.is_null() ? VarType::kAny : VarType::kValue;
    case ExprKind::kList: return VarType::kList;  // may hold relationships: [r1, r2] AS rs
    case ExprKind::kMap: return VarType::kValue;
    default: return VarType::kAny;
  }
}

// Arguments a function can never take, known before it runs: labels() of a
// path, type() of a node, length() of a node, properties() of a number.
struct RefusedArgument {
  const char* function;
  std::vector<VarType> types;
  bool literals;  // a literal number, string or boolean
};
const RefusedArgument kRefusedArguments[] = {
    {"labels", {VarType::kRel, VarType::kPath, VarType::kList}, true},
    {"type", {VarType::kNode, VarType::kPath, VarType::kList}, true},
    {"length", {VarType::kNode, VarType::kRel}, true},
    {"properties", {VarType::kPath, VarType::kList}, true},
};

bool IsNonBooleanLiteral(const Expr& e) {
  if (e.kind == ExprKind::kList || e.kind == ExprKind::kMap) return true;
  return e.kind == ExprKind::kLiteral && !e.literal.is_null() && !e.literal.get_if<bool>();
}

class Binder {
 public:
  explicit Binder(const Statement& st) : st_(st) {}

  void Run() {
    Scope scope;
    for (size_t i = 0; i < st_.clauses.size(); ++i) {
      const Clause& c = st_.clauses[i];
      bool last = i + 1 == st_.clauses.size();
      switch (c.kind) {
        case ClauseKind::kMatch:
          DeclarePatterns(c.patterns, &scope, false);
          if (c.where) CheckPredicate(*c.where, scope);
          break;
        case ClauseKind::kUnwind:
          Check(*c.expr, scope, false);
          scope[c.alias] = VarType::kAny;
          break;
        case ClauseKind::kCreate:
        case ClauseKind::kMerge:
        case ClauseKind::kSet:
        case ClauseKind::kRemove:
        case ClauseKind::kDelete:
        case ClauseKind::kForeach:
          CheckUpdate(c, &scope);
          break;
        case ClauseKind::kWith:
        case ClauseKind::kReturn:
          scope = Project(c, scope, c.kind == ClauseKind::kWith);
          break;
        case ClauseKind::kCall:
          CheckCall(c, &scope, i == 0 && st_.clauses.size() == 2 && st_.clauses[1].kind == ClauseKind::kReturn);
          break;
      }
      if (c.kind == ClauseKind::kReturn && !last)
        Fail(st_.clauses[i + 1].offset, "InvalidClauseComposition: RETURN can only be the last clause");
    }
    const Clause& end = st_.clauses.back();
    if (end.kind == ClauseKind::kCall && st_.clauses.size() > 1)
      Fail(end.offset, "InvalidClauseComposition: a query cannot end with CALL … YIELD; add a RETURN clause");
    if (end.kind == ClauseKind::kMatch || end.kind == ClauseKind::kUnwind ||
        end.kind == ClauseKind::kWith)
      Fail(end.offset, "InvalidClauseComposition: a query cannot end with " +
                           std::string(end.kind == ClauseKind::kWith ? "WITH" : end.kind == ClauseKind::kUnwind ? "UNWIND" : "MATCH") +
                           "; add a RETURN clause");
  }

 private:
  // An update clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH), at the
  // top of the query or in a FOREACH body; patterns it creates bind in `scope`.
  void CheckUpdate(const Clause& c, Scope* scope) {
    switch (c.kind) {
      case ClauseKind::kCreate:
      case ClauseKind::kMerge:
        DeclarePatterns(c.patterns, scope, true);
        for (const auto& s : c.set_items) CheckSet(s, *scope);
        for (const auto& s : c.on_match) CheckSet(s, *scope);
        break;
      case ClauseKind::kSet:
        for (const auto& s : c.set_items) CheckSet(s, *scope);
        break;
      case ClauseKind::kRemove:
        for (const auto& r : c.remove_items) Need(r.var, c.offset, *scope);
        break;
      case ClauseKind::kDelete:
        for (const auto& e : c.delete_exprs) {
          if (e->kind == ExprKind::kHasLabels)
            Fail(e->offset, "InvalidDelete: DELETE removes nodes and relationships; remove a label with REMOVE n:Label");
          if (e->kind == ExprKind::kLiteral || e->kind == ExprKind::kBinary || e->kind == ExprKind::kUnary)
            Fail(e->offset, "InvalidArgumentType: DELETE needs a node, a relationship or a path");
          Check(*e, *scope, false);
        }
        break;
      case ClauseKind::kForeach: {
        // A list, and a body of update clauses that see the outer variables
        // and the item; what they bind stays inside.
        Check(*c.expr, *scope, false);
        if (scope->count(c.alias)) Fail(c.offset, "VariableAlreadyBound: " + c.alias);
        Scope inner = *scope;
        inner[c.alias] = VarType::kAny;
        for (const Clause& u : c.body) {
          if (!Writes(u.kind))
            Fail(u.offset, "InvalidClauseComposition: FOREACH holds only CREATE, MERGE, SET, REMOVE, DELETE and FOREACH");
          CheckUpdate(u, &inner);
        }
        break;
      }
      default:
        break;
    }
  }

  // CALL: the procedure exists (a ProcedureError otherwise, as openCypher
  // asks), takes no arguments (none of ours does), and YIELDs outputs it
  // has; inside a query YIELD is required, as in Neo4j.
  void CheckCall(const Clause& c, Scope* scope, bool standalone) {
    const Procedure* p = FindProcedure(c.procedure);
    if (!p) {
      std::string known;
      for (const Procedure& q : Procedures()) known += std::string(known.empty() ? "" : ", ") + q.name;
      throw Error(ErrorKind::kProcedure,
                  PositionMessage(st_.text, c.offset, "ProcedureNotFound: there is no procedure '" + c.procedure +
                                                          "' (there are: " + known + ")"));
    }
    for (const auto& a : c.arguments) Check(*a, *scope, false);
    if (!c.arguments.empty())
      Fail(c.offset, "InvalidNumberOfArguments: " + c.procedure + "() takes no arguments");
    if (c.yields.empty() && !standalone && !p->outputs.empty())
      Fail(c.offset, "InvalidClauseComposition: inside a query CALL " + c.procedure + " needs YIELD (its columns: " +
                         p->outputs[0] + (p->outputs.size() > 1 ? ", …" : "") + ")");
    for (const auto& [output, alias] : c.yields) {
      if (std::find(p->outputs.begin(), p->outputs.end(), output) == p->outputs.end())
        Fail(c.offset, "UndefinedVariable: " + c.procedure + " yields no '" + output + "'");
      if (scope->count(alias)) Fail(c.offset, "VariableAlreadyBound: " + alias);
      (*scope)[alias] = VarType::kAny;
    }
    if (c.where) CheckPredicate(*c.where, *scope);
  }

  // Compile-time errors are SyntaxErrors with the openCypher detail code
  // first ("VariableTypeConflict: …"), as the TCK and Neo4j report them.
  [[noreturn]] void Fail(size_t offset, const std::string& msg) const {
    throw Error(ErrorKind::kSyntax, PositionMessage(st_.text, offset, msg));
  }

  void Need(const std::string& var, size_t offset, const Scope& scope) const {
    if (!scope.count(var)) Fail(offset, "UndefinedVariable: variable `" + var + "` is not defined");
  }

  void Declare(const std::string& var, VarType type, size_t offset, Scope* scope) const {
    if (var.empty()) return;
    auto it = scope->find(var);
    if (type == VarType::kPath) {
      if (it != scope->end())
        Fail(offset, "VariableAlreadyBound: variable `" + var + "` is already declared");
      (*scope)[var] = type;
      return;
    }
    if (it != scope->end()) {
      VarType had = it->second;
      bool same = had == type || had == VarType::kAny ||
                  (type == VarType::kRel && had == VarType::kRelList) ||
                  (type == VarType::kRelList && (had == VarType::kRel || had == VarType::kList));
      if (!same)
        Fail(offset, "VariableTypeConflict: variable `" + var + "` is already a " + Describe(had) + ", not a " +
                         Describe(type));
      return;
    }
    (*scope)[var] = type;
  }

  static const char* Describe(VarType t) {
    switch (t) {
      case VarType::kNode: return "node";
      case VarType::kRel: return "relationship";
      case VarType::kRelList: return "list of relationships";
      case VarType::kPath: return "path";
      case VarType::kList: return "list";
      case VarType::kValue: return "value";
      case VarType::kAny: return "variable";
    }
    return "variable";
  }

  void DeclarePatterns(const std::vector<PatternPart>& parts, Scope* scope, bool creating) {
    for (const auto& p : parts) DeclarePattern(p, scope, creating);
  }

  void DeclarePattern(const PatternPart& p, Scope* scope, bool creating) {
    Scope before = *scope;
    for (const auto& n : p.nodes) {
      if (n.properties) {
        if (n.properties->kind == ExprKind::kParam && !creating)
          Fail(n.properties->offset, "InvalidParameterUse: a parameter cannot be a node predicate "
                                     "in MATCH; write {key: $param}");
        Check(*n.properties, before, false);
      }
      if (creating && !n.var.empty() && before.count(n.var) &&
          (!n.labels.empty() || n.properties || p.nodes.size() == 1))
        Fail(n.offset, "VariableAlreadyBound: variable `" + n.var + "` is already declared");
      Declare(n.var, VarType::kNode, n.offset, scope);
    }
    for (const auto& r : p.rels) {
      if (r.properties) {
        if (r.properties->kind == ExprKind::kParam && !creating)
          Fail(r.properties->offset, "InvalidParameterUse: a parameter cannot be a relationship "
                                     "predicate in MATCH; write {key: $param}");
        Check(*r.properties, before, false);
      }
      if (creating) {
        if (r.types.size() != 1)
          Fail(r.offset, "NoSingleRelationshipType: a relationship to create needs exactly one type");
        if (r.direction == RelDirection::kBoth && !IsMerge(r))
          Fail(r.offset, "RequiresDirectedRelationship: a relationship to create needs a direction");
        if (r.variable_length)
          Fail(r.offset, "CreatingVarLength: a variable-length relationship cannot be created");
        if (!r.var.empty() && before.count(r.var))
          Fail(r.offset, "VariableAlreadyBound: variable `" + r.var + "` is already declared");
      }
      Declare(r.var, r.variable_length ? VarType::kRelList : VarType::kRel, r.offset, scope);
    }
    Declare(p.path_var, VarType::kPath, p.nodes.empty() ? 0 : p.nodes[0].offset, scope);
  }

  bool IsMerge(const RelPattern& r) const {
    for (const auto& c : st_.clauses)
      if (c.kind == ClauseKind::kMerge)
        for (const auto& p : c.patterns)
          for (const auto& x : p.rels)
            if (&x == &r) return true;
    return false;
  }

  void CheckSet(const SetItem& s, const Scope& scope) {
    if (s.target) Check(*s.target, scope, false);
    if (!s.var.empty()) Need(s.var, s.value ? s.value->offset : 0, scope);
    if (s.value) {
      NotBarePattern(*s.value);
      Check(*s.value, scope, false);
    }
  }

  // WHERE takes a boolean: "WHERE (n)" with n a node is an error at compile time.
  void CheckPredicate(const Expr& e, const Scope& scope) {
    VarType t = TypeOf(e, scope);
    if (t == VarType::kNode || t == VarType::kRel || t == VarType::kPath)
      Fail(e.offset, std::string("InvalidArgumentType: WHERE needs a boolean, not a ") + Describe(t));
    Check(e, scope, false);
  }

  // A pattern is a predicate, not a value to return or store ("RETURN (n)-->()").
  void NotBarePattern(const Expr& e) const {
    if (e.kind == ExprKind::kPattern && e.name.empty())
      Fail(e.offset, "UnexpectedSyntax: a pattern can only be tested in WHERE; to list what it "
                     "matches use a pattern comprehension, [(a)-->(b) | b]");
  }

  Scope Project(const Clause& c, const Scope& scope, bool is_with) {
    const Projection& p = c.projection;
    if (p.star && scope.empty())
      Fail(c.offset, "NoVariablesInScope: RETURN * is not allowed when there are no variables in scope");
    Scope out = p.star ? scope : Scope{};
    std::set<std::string> names;
    bool aggregating = false;
    for (const auto& item : p.items) {
      NotBarePattern(*item.expr);
      Check(*item.expr, scope, true);
      aggregating |= ContainsAggregate(*item.expr);
      if (is_with && !item.aliased && item.expr->kind != ExprKind::kVariable)
        Fail(item.expr->offset, "NoExpressionAlias: expression in WITH must be aliased (use AS)");
      if (!names.insert(item.alias).second)
        Fail(item.expr->offset, "ColumnNameConflict: multiple result columns with the same name `" +
                                    item.alias + "`");
      out[item.alias] = TypeOf(*item.expr, scope);
    }
    if (aggregating)
      for (const auto& item : p.items)
        if (ContainsAggregate(*item.expr)) CheckAggregateItem(*item.expr, p);
    Scope order_scope = out;
    if (!aggregating && !p.distinct)
      for (const auto& [k, v] : scope) order_scope.emplace(k, v);
    for (const auto& s : p.order_by) {
      if (aggregating || p.distinct) {
        // Only projected columns (or expressions of them) are visible.
        CheckOrderAfterAggregation(*s.expr, p, order_scope, scope, aggregating);
      } else {
        Check(*s.expr, order_scope, false);
      }
    }
    if (p.skip) CheckConstant(*p.skip, "SKIP");
    if (p.limit) CheckConstant(*p.limit, "LIMIT");
    // WITH … WHERE also sees the incoming variables unless the projection
    // aggregated or was DISTINCT (as ORDER BY does).
    if (p.where) CheckPredicate(*p.where, aggregating || p.distinct ? out : order_scope);
    return out;
  }

  // After an aggregating or DISTINCT projection, ORDER BY sees the projected
  // columns, expressions written exactly as projected, grouping keys, and
  // (when aggregating) new aggregates over the rows before the projection.
  void CheckOrderAfterAggregation(const Expr& e, const Projection& p, const Scope& projected,
                                  const Scope& before, bool aggregating) {
    for (const auto& item : p.items)
      if (SameText(e, *item.expr)) return;
    if (e.kind == ExprKind::kVariable) {
      for (const auto& item : p.items)
        if (item.expr->kind == ExprKind::kVariable && item.expr->name == e.name) return;
      return Need(e.name, e.offset, projected);
    }
    if (aggregating && (e.kind == ExprKind::kCountStar ||
                        (e.kind == ExprKind::kCall && IsAggregateFunction(e.name))))
      return Check(e, before, true);
    if (e.kind == ExprKind::kCall && !IsKnownFunction(e.name)) return Check(e, projected, true);
    for (const auto& a : e.args)
      if (a) CheckOrderAfterAggregation(*a, p, projected, before, aggregating);
  }

  // In `RETURN k, k.x + count(*)` the part outside the aggregate must be a
  // grouping key: a projected variable or an expression projected as written.
  void CheckAggregateItem(const Expr& e, const Projection& p, std::vector<std::string> locals = {}) {
    if (e.kind == ExprKind::kCountStar ||
        (e.kind == ExprKind::kCall && IsAggregateFunction(e.name)))
      return;
    for (const auto& item : p.items)
      if (!ContainsAggregate(*item.expr) && SameText(e, *item.expr)) return;
    if (e.kind == ExprKind::kVariable) {
      // A comprehension's own variable is no grouping key and needs none.
      if (std::find(locals.begin(), locals.end(), e.name) != locals.end()) return;
      Fail(e.offset, "AmbiguousAggregationExpression: `" + e.name +
                         "` is used next to an aggregate but is not a grouping key; "
                         "project it as a column of its own");
    }
    if (e.kind == ExprKind::kProperty && e.args[0]->kind == ExprKind::kVariable) {
      for (const auto& item : p.items)
        if (item.expr->kind == ExprKind::kVariable && item.expr->name == e.args[0]->name) return;
      if (std::find(locals.begin(), locals.end(), e.args[0]->name) != locals.end()) return;
      Fail(e.offset, "AmbiguousAggregationExpression: `" + Text(e) +
                         "` is used next to an aggregate but is not a grouping key; "
                         "project it as a column of its own");
    }
    if (e.kind == ExprKind::kListComprehension || e.kind == ExprKind::kQuantifier || e.kind == ExprKind::kReduce)
      locals.insert(locals.end(), e.keys.begin(), e.keys.end());
    for (const auto& a : e.args)
      if (a) CheckAggregateItem(*a, p, locals);
  }

  bool SameText(const Expr& a, const Expr& b) const {
    return st_.text.compare(a.offset, a.end - a.offset, st_.text, b.offset, b.end - b.offset) == 0;
  }

  // SKIP and LIMIT take a constant expression: no variables; a literal must
  // be a non-negative integer (other values are checked when evaluated).
  void CheckConstant(const Expr& e, const char* what) {
    std::function<void(const Expr&)> no_variables = [&](const Expr& x) {
      if (x.kind == ExprKind::kVariable)
        Fail(x.offset, std::string("NonConstantExpression: the ") + what +
                           " expression cannot use variables");
      for (const auto& a : x.args)
        if (a) no_variables(*a);
    };
    no_variables(e);
    if (e.kind == ExprKind::kLiteral) {
      if (auto* i = e.literal.get_if<int64_t>()) {
        if (*i < 0) Fail(e.offset, std::string("NegativeIntegerArgument: ") + what + " must not be negative");
      } else {
        Fail(e.offset, std::string("InvalidArgumentType: ") + what + " must be an integer");
      }
    }
  }

  void Check(const Expr& e, const Scope& scope, bool aggregates_allowed,
             bool inside_aggregate = false) {
    switch (e.kind) {
      case ExprKind::kVariable:
        Need(e.name, e.offset, scope);
        return;
      case ExprKind::kCall: {
        if (!IsKnownFunction(e.name))
          throw Error(ErrorKind::kSyntax,
                      PositionMessage(st_.text, e.offset, "UnknownFunction: unknown function '" + e.name + "'"));
        bool agg = IsAggregateFunction(e.name);
        size_t wanted = FunctionKey(e.name).rfind("percentile", 0) == 0 ? 2 : 1;
        if (agg && e.args.size() != wanted)
          Fail(e.offset, "InvalidNumberOfArguments: " + e.name + "() takes " +
                             (wanted == 1 ? "one argument" : "two arguments"));
        if (agg && !aggregates_allowed)
          Fail(e.offset, "InvalidAggregation: aggregate function " + e.name + "() is not allowed here");
        if (agg && inside_aggregate)
          Fail(e.offset, "NestedAggregation: aggregate functions cannot be nested");
        if (e.name == "size" && e.args.size() == 1 &&
            (e.args[0]->kind == ExprKind::kPattern || TypeOf(*e.args[0], scope) == VarType::kPath))
          Fail(e.args[0]->offset, "InvalidArgumentType: size() needs a list or a string, not " +
                                      std::string(e.args[0]->kind == ExprKind::kPattern
                                                      ? "a pattern (count its matches with a pattern comprehension: size([(a)-->(b) | b]))"
                                                      : "a path (use length())"));
        for (const RefusedArgument& rule : kRefusedArguments)
          if (e.args.size() == 1 && FunctionKey(e.name) == rule.function) {
            const Expr& a = *e.args[0];
            VarType t = TypeOf(a, scope);
            bool literal = a.kind == ExprKind::kLiteral && !a.literal.is_null();
            if ((literal && rule.literals) ||
                std::find(rule.types.begin(), rule.types.end(), t) != rule.types.end())
              Fail(a.offset, "InvalidArgumentType: " + e.name + "() cannot take " +
                                 (literal ? "a literal " + Text(a) : "a " + std::string(Describe(t))));
          }
        for (const auto& a : e.args) {
          if (a && FunctionKey(e.name) != "exists") NotBarePattern(*a);
          if (a) Check(*a, scope, aggregates_allowed, inside_aggregate || agg);
        }
        return;
      }
      case ExprKind::kCountStar:
        if (!aggregates_allowed) Fail(e.offset, "InvalidAggregation: count(*) is not allowed here");
        if (inside_aggregate) Fail(e.offset, "NestedAggregation: aggregate functions cannot be nested");
        return;
      case ExprKind::kBinary:
      case ExprKind::kUnary:
        if (e.name == "IN" && e.args.size() == 2 && e.args[1]->kind != ExprKind::kList &&
            (IsNonBooleanLiteral(*e.args[1]) || e.args[1]->literal.get_if<bool>()))
          Fail(e.args[1]->offset, "InvalidArgumentType: IN needs a list, not " + Text(*e.args[1]));
        if (e.name == "AND" || e.name == "OR" || e.name == "XOR" || e.name == "NOT")
          for (const auto& a : e.args)
            if (a && IsNonBooleanLiteral(*a))
              Fail(a->offset, "InvalidArgumentType: " + e.name + " needs booleans, not " +
                                  Text(*a));
        for (const auto& a : e.args)
          if (a) Check(*a, scope, aggregates_allowed, inside_aggregate);
        return;
      case ExprKind::kListComprehension:
      case ExprKind::kQuantifier:
      case ExprKind::kReduce:
        return CheckScoped(e, scope, aggregates_allowed, inside_aggregate);
      case ExprKind::kPattern:
      case ExprKind::kPatternComprehension: {
        if (e.kind == ExprKind::kPattern && e.name.empty())
          for (const PatternPart& p : e.subquery->patterns) {
            for (const NodePattern& n : p.nodes)
              if (!n.var.empty()) Need(n.var, n.offset, scope);
            for (const RelPattern& r : p.rels)
              if (!r.var.empty()) Need(r.var, r.offset, scope);
          }
        Scope inner = scope;
        DeclarePatterns(e.subquery->patterns, &inner, false);
        if (e.subquery->where) Check(*e.subquery->where, inner, false);
        for (const auto& a : e.args)
          if (a) Check(*a, inner, false);
        return;
      }
      default:
        for (const auto& a : e.args)
          if (a) Check(*a, scope, aggregates_allowed, inside_aggregate);
    }
  }

  // A comprehension, quantifier or reduce: the list (and reduce's initial
  // value) in the outer scope, the rest where its own variables are bound.
  void CheckScoped(const Expr& e, const Scope& scope, bool aggregates_allowed, bool inside_aggregate) {
    size_t outer = e.kind == ExprKind::kReduce ? 2 : 1;
    for (size_t i = 0; i < outer; ++i) Check(*e.args[i], scope, aggregates_allowed, inside_aggregate);
    Scope inner = scope;
    for (const std::string& var : e.keys) inner[var] = VarType::kAny;
    for (size_t i = outer; i < e.args.size(); ++i)
      if (e.args[i]) Check(*e.args[i], inner, false);
  }

  std::string Text(const Expr& e) const {
    return e.end > e.offset ? st_.text.substr(e.offset, e.end - e.offset) : "a value";
  }

  const Statement& st_;
};

}  // namespace

bool ContainsAggregate(const Expr& e) {
  if (e.kind == ExprKind::kCountStar) return true;
  if (e.kind == ExprKind::kCall && IsAggregateFunction(e.name)) return true;
  for (const auto& a : e.args)
    if (a && ContainsAggregate(*a)) return true;
  return false;
}

void Bind(const Statement& statement) {
  if (statement.clauses.empty()) return;  // a shortcut alone
  Binder(statement).Run();
  // Each query of a UNION is bound on its own; all return the same columns.
  auto columns = [](const std::vector<Clause>& clauses) {
    std::vector<std::string> out;
    for (const ProjectionItem& item : clauses.back().projection.items) out.push_back(item.alias);
    return out;
  };
  auto fail = [&](size_t offset, const std::string& msg) {
    throw Error(ErrorKind::kSyntax, PositionMessage(statement.text, offset, msg));
  };
  for (const UnionPart& part : statement.unions) {
    if (part.all != statement.unions[0].all)
      fail(part.offset, "InvalidClauseComposition: UNION and UNION ALL cannot be mixed in one query");
    Statement alone;
    alone.text = statement.text;
    alone.clauses = part.clauses;
    Binder(alone).Run();
    if (statement.clauses.back().kind != ClauseKind::kReturn || part.clauses.back().kind != ClauseKind::kReturn)
      fail(part.offset, "InvalidClauseComposition: every query of a UNION must end with RETURN");
    if (columns(part.clauses) != columns(statement.clauses))
      fail(part.offset, "DifferentColumnsInUnion: every query of a UNION must return the same columns");
  }
}

}  // namespace ng::query
