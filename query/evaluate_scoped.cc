// Expressions that bind variables of their own (comprehensions, quantifiers,
// reduce), choose between branches (CASE) or match a pattern from the row
// they are evaluated in (pattern predicates, EXISTS, pattern comprehensions).
#include "graph/error.h"
#include "query/executor.h"
#include "query/functions.h"

namespace ng::query {

namespace {

// The list a comprehension, quantifier or reduce runs over; null stays null.
const ResultList* ListOperand(const Val& v, const char* what) {
  if (v.is_null()) return nullptr;
  auto* l = v.get_if<ResultList>();
  if (!l) throw Error(ErrorKind::kType, std::string(what) + " needs a list, not " + TypeName(v));
  return l;
}

// all/any/none/single from the number of elements the predicate held for,
// was null for, and the number of elements.
Val Quantify(const std::string& which, size_t held, size_t unknown, size_t total) {
  if (which == "ALL") return held == total ? Val(true) : held + unknown == total ? Val() : Val(false);
  if (which == "ANY") return held > 0 ? Val(true) : unknown > 0 ? Val() : Val(false);
  if (which == "NONE") return held > 0 ? Val(false) : unknown > 0 ? Val() : Val(true);
  // SINGLE
  if (held > 1) return Val(false);
  if (unknown > 0) return Val();
  return Val(held == 1);
}

}  // namespace

Val Executor::EvalScoped(const Expr& e, const Row& row, const std::map<const Expr*, Val>* aggregates) {
  switch (e.kind) {
    case ExprKind::kCase: {
      Val subject = e.args[0] ? Eval(*e.args[0], row, aggregates) : Val();
      for (size_t i = 2; i + 1 < e.args.size(); i += 2) {
        Val when = Eval(*e.args[i], row, aggregates);
        Tri hit = e.args[0] ? Equals(subject, when) : ToTri(when, "CASE WHEN");
        if (hit && *hit) return Eval(*e.args[i + 1], row, aggregates);
      }
      return e.args[1] ? Eval(*e.args[1], row, aggregates) : Val();
    }
    case ExprKind::kListComprehension:
    case ExprKind::kQuantifier: {
      const char* what = e.kind == ExprKind::kQuantifier ? "a quantifier" : "a list comprehension";
      Val list = Eval(*e.args[0], row, aggregates);
      const ResultList* items = ListOperand(list, what);
      if (!items) return Val();
      Row inner = row;
      ResultList out;
      size_t held = 0, unknown = 0;
      for (const Val& item : *items) {
        Tick();
        inner[e.keys[0]] = item;
        if (e.args[1]) {
          Tri t = ToTri(Eval(*e.args[1], inner, aggregates), "WHERE");
          if (!t) ++unknown;
          if (!t || !*t) continue;
        }
        ++held;
        if (e.kind == ExprKind::kListComprehension)
          out.push_back(e.args[2] ? Eval(*e.args[2], inner, aggregates) : item);
      }
      if (e.kind == ExprKind::kQuantifier) return Quantify(e.name, held, unknown, items->size());
      return Val(std::move(out));
    }
    case ExprKind::kReduce: {
      Val acc = Eval(*e.args[0], row, aggregates);
      Val list = Eval(*e.args[1], row, aggregates);
      const ResultList* items = ListOperand(list, "reduce");
      if (!items) return Val();
      Row inner = row;
      for (const Val& item : *items) {
        Tick();
        inner[e.keys[0]] = acc;
        inner[e.keys[1]] = item;
        acc = Eval(*e.args[2], inner, aggregates);
      }
      return acc;
    }
    case ExprKind::kPattern: {
      bool found = false;
      MatchInto(*e.subquery, {row}, 1, [&](const Row&) { found = true; });
      return Val(found);
    }
    case ExprKind::kPatternComprehension: {
      ResultList out;
      MatchInto(*e.subquery, {row}, 0, [&](const Row& match) {
        out.push_back(Eval(*e.args[0], match, aggregates));
        if (out.size() > kMaxListValues)
          throw Error(ErrorKind::kLimit, "a pattern comprehension made more than " +
                                             std::to_string(kMaxListValues) + " values");
      });
      return Val(std::move(out));
    }
    default:
      throw Error(ErrorKind::kInternal, "not a scoped expression");
  }
}

}  // namespace ng::query
