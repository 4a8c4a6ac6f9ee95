// Expression evaluation with Cypher's null propagation and ternary logic.
#include <re2/re2.h>

#include <cmath>

#include "graph/error.h"
#include "query/executor.h"
#include "query/functions.h"
#include "query/lexer.h"
#include "query/temporal.h"

namespace ng::query {

namespace {

[[noreturn]] void TypeFail(const std::string& what) { throw Error(ErrorKind::kType, what); }

// The largest string (and, kMaxListValues, list) a query may build ("WITH
// s + s AS s" doubled 32 times asked for 64 GiB): past them a clear error,
// before the memory budget or the machine gives out.
constexpr size_t kMaxStringBytes = size_t{256} << 20;

void CheckStringSize(size_t bytes) {
  if (bytes > kMaxStringBytes)
    throw Error(ErrorKind::kLimit, "a string of " + std::to_string(bytes) + " bytes is past the limit of " +
                                       std::to_string(kMaxStringBytes >> 20) + " MiB a query may build");
}

void CheckListSize(size_t values) {
  if (values > kMaxListValues)
    throw Error(ErrorKind::kLimit, "a list of " + std::to_string(values) + " values is past the limit of " +
                                       std::to_string(kMaxListValues) + " a query may build");
}

// What building `v` cost, in units of work (--timeout and the expansion cap
// see large strings and lists being made, not only rows).
uint64_t BuildCost(const Val& v) {
  if (auto* s = v.get_if<std::string>()) return s->size() >> 12;
  if (auto* l = v.get_if<ResultList>()) return l->size() >> 6;
  return 0;
}

// The result of a function: within the limits above.
Val Checked(Val v) {
  if (auto* s = v.get_if<std::string>()) CheckStringSize(s->size());
  if (auto* l = v.get_if<ResultList>()) CheckListSize(l->size());
  return v;
}

Val Arithmetic(const std::string& op, const Val& a, const Val& b) {
  if (a.is_null() || b.is_null()) return Val();
  if (auto temporal = TemporalArithmetic(op, a, b)) return *temporal;
  if (op == "+") {
    auto size = [](const Val& v) { auto* l = v.get_if<ResultList>(); return l ? l->size() : size_t{1}; };
    if (a.get_if<ResultList>() || b.get_if<ResultList>()) CheckListSize(size(a) + size(b));
    if (a.get_if<std::string>() && b.get_if<std::string>())
      CheckStringSize(a.get_if<std::string>()->size() + b.get_if<std::string>()->size());
    if (auto* l = a.get_if<ResultList>()) {
      ResultList out = *l;
      if (auto* r = b.get_if<ResultList>()) out.insert(out.end(), r->begin(), r->end());
      else out.push_back(b);
      return Val(out);
    }
    if (auto* r = b.get_if<ResultList>()) {
      ResultList out{a};
      out.insert(out.end(), r->begin(), r->end());
      return Val(out);
    }
    auto* sa = a.get_if<std::string>();
    auto* sb = b.get_if<std::string>();
    if (sa && sb) return Val(*sa + *sb);
    if (sa && IsNumber(b)) return Val(*sa + (b.get_if<int64_t>() ? std::to_string(*b.get_if<int64_t>()) : DoubleToJson(*b.get_if<double>())));
    if (sb && IsNumber(a)) return Val((a.get_if<int64_t>() ? std::to_string(*a.get_if<int64_t>()) : DoubleToJson(*a.get_if<double>())) + *sb);
  }
  if (!IsNumber(a) || !IsNumber(b))
    TypeFail(std::string("cannot apply '") + op + "' to " + TypeName(a) + " and " + TypeName(b));
  auto* ia = a.get_if<int64_t>();
  auto* ib = b.get_if<int64_t>();
  if (ia && ib && op != "^") {
    int64_t x = *ia, y = *ib, r = 0;
    bool overflow = false;
    if (op == "+") overflow = __builtin_add_overflow(x, y, &r);
    else if (op == "-") overflow = __builtin_sub_overflow(x, y, &r);
    else if (op == "*") overflow = __builtin_mul_overflow(x, y, &r);
    else if (op == "/" || op == "%") {
      if (y == 0) throw Error(ErrorKind::kArgument, "division by zero");
      if (x == INT64_MIN && y == -1) overflow = true;
      else r = op == "/" ? x / y : x % y;
    }
    if (overflow) throw Error(ErrorKind::kArgument, "integer overflow in '" + op + "'");
    return Val(r);
  }
  double x = AsDouble(a), y = AsDouble(b);
  if (op == "+") return Val(x + y);
  if (op == "-") return Val(x - y);
  if (op == "*") return Val(x * y);
  if (op == "/") return Val(x / y);
  if (op == "%") return Val(std::fmod(x, y));
  return Val(std::pow(x, y));
}

Val PropertyOf(const Val& base, const std::string& key, Transaction* txn, bool fresh) {
  if (base.is_null()) return Val();
  const Properties* props = nullptr;
  std::optional<Node> node;
  std::optional<Relationship> rel;
  if (auto* n = base.get_if<Node>()) {
    if (fresh) {
      node = txn->GetNode(n->id);
      if (!node) throw Error(ErrorKind::kEntityNotFound, "node " + std::to_string(n->id) + " was deleted");
      props = &node->properties;
    } else {
      props = &n->properties;
    }
  } else if (auto* r = base.get_if<Relationship>()) {
    if (fresh) {
      rel = txn->GetRelationship(r->id);
      if (!rel) throw Error(ErrorKind::kEntityNotFound, "relationship " + std::to_string(r->id) + " was deleted");
      props = &rel->properties;
    } else {
      props = &r->properties;
    }
  } else if (auto* m = base.get_if<ResultMap>()) {
    auto it = m->find(key);
    return it == m->end() ? Val() : it->second;
  } else if (auto* t = base.get_if<Temporal>()) {
    return TemporalComponent(*t, key);
  } else {
    TypeFail(std::string("cannot read property '") + key + "' of " + TypeName(base));
  }
  auto it = props->find(key);
  return it == props->end() ? Val() : ResultValue::FromValue(it->second);
}

int64_t ListIndex(const Val& v, size_t size, bool* in_range) {
  auto* i = v.get_if<int64_t>();
  if (!i) TypeFail(std::string("list index must be an integer, not ") + TypeName(v));
  int64_t k = *i < 0 ? static_cast<int64_t>(size) + *i : *i;
  *in_range = k >= 0 && k < static_cast<int64_t>(size);
  return k;
}

}  // namespace

Val Executor::Eval(const Expr& e, const Row& row, const std::map<const Expr*, Val>* aggregates) {
  auto eval = [&](const ExprPtr& x) { return Eval(*x, row, aggregates); };
  switch (e.kind) {
    case ExprKind::kLiteral:
      return e.literal;
    case ExprKind::kParam: {
      auto it = options_.parameters.find(e.name);
      if (it == options_.parameters.end())
        throw Error(ErrorKind::kSemantic, "ParameterMissing: expected a value for parameter $" + e.name);
      return it->second;
    }
    case ExprKind::kVariable: {
      auto it = row.find(e.name);
      if (it == row.end())
        throw Error(ErrorKind::kSemantic, "variable `" + e.name + "` is not defined");
      return it->second;
    }
    case ExprKind::kProperty:
      return PropertyOf(eval(e.args[0]), e.name, txn_, writes_);
    case ExprKind::kIndex: {
      Val base = eval(e.args[0]), index = eval(e.args[1]);
      if (base.is_null() || index.is_null()) return Val();
      if (auto* l = base.get_if<ResultList>()) {
        bool ok;
        int64_t k = ListIndex(index, l->size(), &ok);
        return ok ? (*l)[k] : Val();
      }
      if (auto* key = index.get_if<std::string>()) {
        if (base.get_if<ResultMap>() || base.get_if<Node>() || base.get_if<Relationship>())
          return PropertyOf(base, *key, txn_, writes_);
      }
      TypeFail(std::string("cannot index ") + TypeName(base) + " with " + TypeName(index));
    }
    case ExprKind::kSlice: {
      Val base = eval(e.args[0]);
      Val from = e.args[1] ? eval(e.args[1]) : Val(int64_t{0});
      if (base.is_null() || from.is_null()) return Val();
      auto* l = base.get_if<ResultList>();
      if (!l) TypeFail(std::string("cannot slice ") + TypeName(base));
      int64_t n = static_cast<int64_t>(l->size());
      Val to = e.args[2] ? eval(e.args[2]) : Val(n);
      if (to.is_null()) return Val();
      bool ok;
      int64_t b = ListIndex(from, l->size(), &ok), t = ListIndex(to, l->size(), &ok);
      if (*from.get_if<int64_t>() >= 0) b = *from.get_if<int64_t>();
      if (*to.get_if<int64_t>() >= 0) t = *to.get_if<int64_t>();
      b = std::clamp<int64_t>(b, 0, n);
      t = std::clamp<int64_t>(t, 0, n);
      return b >= t ? Val(ResultList{}) : Val(ResultList(l->begin() + b, l->begin() + t));
    }
    case ExprKind::kCountStar:
    case ExprKind::kCall: {
      if (e.kind == ExprKind::kCountStar || IsAggregateFunction(e.name)) {
        if (!aggregates) throw Error(ErrorKind::kSemantic, "aggregate used outside a projection");
        auto it = aggregates->find(&e);
        if (it == aggregates->end()) throw Error(ErrorKind::kInternal, "aggregate not computed");
        return it->second;
      }
      // exists((a)-->(b)) is the pattern's own truth, not "is it non-null".
      if (e.args.size() == 1 && e.args[0]->kind == ExprKind::kPattern && FunctionKey(e.name) == "exists")
        return eval(e.args[0]);
      std::vector<Val> args;
      for (const auto& a : e.args) args.push_back(eval(a));
      // After a write, labels(n) and keys(n) see what SET and REMOVE did.
      if (writes_)
        for (Val& a : args) {
          if (!a.get_if<Node>() && !a.get_if<Relationship>()) continue;
          if (auto* n = a.get_if<Node>(); n && FunctionKey(e.name) == "labels" && !txn_->GetNode(n->id))
            throw Error(ErrorKind::kEntityNotFound, "node " + std::to_string(n->id) + " was deleted");
          a = Freshen(a);
        }
      Val result = Checked(CallFunction(e.name, args, *txn_));
      if (uint64_t cost = BuildCost(result)) Tick(cost);
      return result;
    }
    case ExprKind::kUnary: {
      Val v = eval(e.args[0]);
      if (e.name == "NOT") {
        Tri t = ToTri(v, "NOT");
        return t ? Val(!*t) : Val();
      }
      if (v.is_null()) return Val();
      if (e.name == "-") {
        if (auto* i = v.get_if<int64_t>()) {
          if (*i == INT64_MIN) throw Error(ErrorKind::kArgument, "integer overflow in '-'");
          return Val(-*i);
        }
        if (auto* d = v.get_if<double>()) return Val(-*d);
        TypeFail(std::string("cannot negate ") + TypeName(v));
      }
      if (!IsNumber(v)) TypeFail(std::string("cannot apply '+' to ") + TypeName(v));
      return v;
    }
    case ExprKind::kBinary: {
      const std::string& op = e.name;
      if (op == "AND" || op == "OR" || op == "XOR") {
        Tri a = ToTri(eval(e.args[0]), op.c_str());
        if (op == "AND" && a && !*a) {
          ToTri(eval(e.args[1]), op.c_str());
          return Val(false);
        }
        if (op == "OR" && a && *a) {
          ToTri(eval(e.args[1]), op.c_str());
          return Val(true);
        }
        Tri b = ToTri(eval(e.args[1]), op.c_str());
        if (op == "AND") {
          if (b && !*b) return Val(false);
          if (!a || !b) return Val();
          return Val(true);
        }
        if (op == "OR") {
          if (b && *b) return Val(true);
          if (!a || !b) return Val();
          return Val(false);
        }
        if (!a || !b) return Val();
        return Val(*a != *b);
      }
      Val a = eval(e.args[0]), b = eval(e.args[1]);
      if (op == "=") return FromTri(Equals(a, b));
      if (op == "<>") {
        Tri t = Equals(a, b);
        return t ? Val(!*t) : Val();
      }
      if (op == "<" || op == ">" || op == "<=" || op == ">=") {
        // NaN is unordered: every comparison with it is false.
        if (IsNumber(a) && IsNumber(b) && (std::isnan(AsDouble(a)) || std::isnan(AsDouble(b))))
          return Val(false);
        auto c = Compare(a, b);
        if (!c) return Val();
        if (op == "<") return Val(*c < 0);
        if (op == ">") return Val(*c > 0);
        if (op == "<=") return Val(*c <= 0);
        return Val(*c >= 0);
      }
      if (op == "IN") {
        if (b.is_null()) return Val();
        auto* l = b.get_if<ResultList>();
        if (!l) TypeFail(std::string("IN expects a list, not ") + TypeName(b));
        bool saw_null = false;
        for (const auto& x : *l) {
          Tri t = Equals(a, x);
          if (t && *t) return Val(true);
          if (!t) saw_null = true;
        }
        return saw_null ? Val() : Val(false);
      }
      if (op == "STARTS WITH" || op == "ENDS WITH" || op == "CONTAINS") {
        auto* s = a.get_if<std::string>();
        auto* t = b.get_if<std::string>();
        if (!s || !t) return Val();
        if (op == "STARTS WITH") return Val(s->compare(0, t->size(), *t) == 0);
        if (op == "ENDS WITH")
          return Val(s->size() >= t->size() && s->compare(s->size() - t->size(), t->size(), *t) == 0);
        return Val(s->find(*t) != std::string::npos);
      }
      if (op == "=~") {
        auto* s = a.get_if<std::string>();
        auto* t = b.get_if<std::string>();
        if (!s || !t) return Val();
        // RE2 runs in time linear in the text and never recurses, so no
        // pattern ("(a+)+$") or text (a 40,000-character statement) can
        // hang or crash a query; it lacks back-references and look-around.
        RE2::Options options;
        options.set_log_errors(false);
        RE2 re(*t, options);
        if (!re.ok())
          throw Error(ErrorKind::kArgument, "invalid regular expression '" + *t + "': " + re.error());
        return Val(RE2::FullMatch(*s, re));
      }
      Val sum = Arithmetic(op, a, b);
      if (uint64_t cost = BuildCost(sum)) Tick(cost);
      return sum;
    }
    case ExprKind::kList: {
      ResultList out;
      for (const auto& a : e.args) out.push_back(eval(a));
      return Val(out);
    }
    case ExprKind::kMap: {
      ResultMap out;
      for (size_t i = 0; i < e.keys.size(); ++i) out[e.keys[i]] = eval(e.args[i]);
      return Val(out);
    }
    case ExprKind::kIsNull:
      return Val(eval(e.args[0]).is_null());
    case ExprKind::kIsNotNull:
      return Val(!eval(e.args[0]).is_null());
    case ExprKind::kHasLabels: {
      Val v = eval(e.args[0]);
      if (v.is_null()) return Val();
      // r:T on a relationship asks for its type.
      if (auto* r = v.get_if<Relationship>()) return Val(e.keys.size() == 1 && e.keys[0] == r->type);
      auto* n = v.get_if<Node>();
      if (!n) TypeFail(std::string("label test needs a node or a relationship, not ") + TypeName(v));
      std::optional<Node> fresh;
      if (writes_) fresh = txn_->GetNode(n->id);
      const Node& node = fresh ? *fresh : *n;
      for (const auto& l : e.keys)
        if (std::find(node.labels.begin(), node.labels.end(), l) == node.labels.end())
          return Val(false);
      return Val(true);
    }
    case ExprKind::kPattern:
    case ExprKind::kPatternComprehension:
    case ExprKind::kListComprehension:
    case ExprKind::kQuantifier:
    case ExprKind::kReduce:
    case ExprKind::kCase:
      return EvalScoped(e, row, aggregates);
  }
  return Val();
}

}  // namespace ng::query
