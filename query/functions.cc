#include "query/functions.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

#include "graph/error.h"
#include "query/temporal.h"

namespace ng::query {

namespace {

using Args = std::vector<Val>;
using Fn = std::function<Val(const Args&, const Transaction&)>;

struct Function {
  size_t min_args, max_args;
  Fn call;
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

[[noreturn]] void BadArg(const char* fn, const Val& v) {
  throw Error(ErrorKind::kType, std::string(fn) + "() cannot take " + TypeName(v));
}

const std::string& Str(const char* fn, const Val& v) {
  if (auto* s = v.get_if<std::string>()) return *s;
  BadArg(fn, v);
}

// range() reports wrong argument types as ArgumentError (openCypher).
int64_t RangeInt(const Val& v) {
  if (auto* i = v.get_if<int64_t>()) return *i;
  throw Error(ErrorKind::kArgument,
              std::string("InvalidArgumentType: range() needs integers, not ") + TypeName(v));
}

int64_t Int(const char* fn, const Val& v) {
  if (auto* i = v.get_if<int64_t>()) return *i;
  BadArg(fn, v);
}

Val Properties(const Properties& p) {
  ResultMap m;
  for (const auto& [k, v] : p) m[k] = ResultValue::FromValue(v);
  return Val(m);
}

Val NodeValue(const Transaction& txn, NodeId id) {
  auto n = txn.GetNode(id);
  return n ? Val(*n) : Val();
}

// Applies fn to a string argument, null in → null out.
Function StringFn(const char* name, std::function<std::string(const std::string&)> fn) {
  return {1, 1, [name, fn](const Args& a, const Transaction&) -> Val {
            if (a[0].is_null()) return Val();
            return Val(fn(Str(name, a[0])));
          }};
}

Function MathFn(const char* name, double (*fn)(double)) {
  return {1, 1, [name, fn](const Args& a, const Transaction&) -> Val {
            if (a[0].is_null()) return Val();
            if (!IsNumber(a[0])) BadArg(name, a[0]);
            return Val(fn(AsDouble(a[0])));
          }};
}

std::string TrimChars(const std::string& s, bool left, bool right) {
  size_t b = 0, e = s.size();
  if (left) while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  if (right) while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

// Code points of a UTF-8 string, for substring/left/right/reverse.
std::vector<std::string> CodePoints(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    unsigned char c = s[i];
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

std::string Join(const std::vector<std::string>& v, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e && i < v.size(); ++i) out += v[i];
  return out;
}

std::string ToStringValue(const Val& v) {
  if (auto* s = v.get_if<std::string>()) return *s;
  if (auto* i = v.get_if<int64_t>()) return std::to_string(*i);
  if (auto* d = v.get_if<double>()) return DoubleToJson(*d);
  if (auto* b = v.get_if<bool>()) return *b ? "true" : "false";
  if (auto* t = v.get_if<Temporal>()) return TemporalToString(*t);
  BadArg("toString", v);
}

const std::map<std::string, Function>& Table() {
  static const std::map<std::string, Function> table = {
      {"id", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (auto* n = a[0].get_if<Node>()) return Val(static_cast<int64_t>(n->id));
         if (auto* r = a[0].get_if<Relationship>()) return Val(static_cast<int64_t>(r->id));
         if (a[0].is_null()) return Val();
         BadArg("id", a[0]);
       }}},
      {"labels", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto* n = a[0].get_if<Node>();
         if (!n) BadArg("labels", a[0]);
         ResultList l;
         for (const auto& x : n->labels) l.push_back(Val(x));
         return Val(l);
       }}},
      {"type", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto* r = a[0].get_if<Relationship>();
         if (!r) BadArg("type", a[0]);
         return Val(r->type);
       }}},
      {"properties", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (auto* n = a[0].get_if<Node>()) return Properties(n->properties);
         if (auto* r = a[0].get_if<Relationship>()) return Properties(r->properties);
         if (a[0].get_if<ResultMap>()) return a[0];
         BadArg("properties", a[0]);
       }}},
      {"keys", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         ResultList l;
         if (auto* n = a[0].get_if<Node>()) for (const auto& [k, v] : n->properties) l.push_back(Val(k));
         else if (auto* r = a[0].get_if<Relationship>()) for (const auto& [k, v] : r->properties) l.push_back(Val(k));
         else if (auto* m = a[0].get_if<ResultMap>()) for (const auto& [k, v] : *m) l.push_back(Val(k));
         else BadArg("keys", a[0]);
         return Val(l);
       }}},
      {"size", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (auto* l = a[0].get_if<ResultList>()) return Val(static_cast<int64_t>(l->size()));
         if (auto* s = a[0].get_if<std::string>()) return Val(static_cast<int64_t>(CodePoints(*s).size()));
         BadArg("size", a[0]);
       }}},
      {"length", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (auto* p = a[0].get_if<PathResult>()) return Val(static_cast<int64_t>(p->relationships.size()));
         BadArg("length", a[0]);
       }}},
      {"nodes", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto* p = a[0].get_if<PathResult>();
         if (!p) BadArg("nodes", a[0]);
         ResultList l;
         for (const auto& n : p->nodes) l.push_back(Val(n));
         return Val(l);
       }}},
      {"relationships", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto* p = a[0].get_if<PathResult>();
         if (!p) BadArg("relationships", a[0]);
         ResultList l;
         for (const auto& r : p->relationships) l.push_back(Val(r));
         return Val(l);
       }}},
      {"startnode", {1, 1, [](const Args& a, const Transaction& t) -> Val {
         if (a[0].is_null()) return Val();
         auto* r = a[0].get_if<Relationship>();
         if (!r) BadArg("startNode", a[0]);
         return NodeValue(t, r->start);
       }}},
      {"endnode", {1, 1, [](const Args& a, const Transaction& t) -> Val {
         if (a[0].is_null()) return Val();
         auto* r = a[0].get_if<Relationship>();
         if (!r) BadArg("endNode", a[0]);
         return NodeValue(t, r->end);
       }}},
      {"coalesce", {1, 64, [](const Args& a, const Transaction&) -> Val {
         for (const auto& v : a)
           if (!v.is_null()) return v;
         return Val();
       }}},
      {"tolower", StringFn("toLower", [](const std::string& s) {
         std::string o = s;
         for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
         return o;
       })},
      {"toupper", StringFn("toUpper", [](const std::string& s) {
         std::string o = s;
         for (char& c : o) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         return o;
       })},
      {"trim", StringFn("trim", [](const std::string& s) { return TrimChars(s, true, true); })},
      {"ltrim", StringFn("ltrim", [](const std::string& s) { return TrimChars(s, true, false); })},
      {"rtrim", StringFn("rtrim", [](const std::string& s) { return TrimChars(s, false, true); })},
      {"reverse", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (auto* l = a[0].get_if<ResultList>()) return Val(ResultList(l->rbegin(), l->rend()));
         auto cps = CodePoints(Str("reverse", a[0]));
         return Val(Join(std::vector<std::string>(cps.rbegin(), cps.rend()), 0, cps.size()));
       }}},
      {"tostring", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         return Val(ToStringValue(a[0]));
       }}},
      {"tointeger", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (auto* i = a[0].get_if<int64_t>()) return Val(*i);
         if (auto* d = a[0].get_if<double>()) {
           if (std::isnan(*d) || std::fabs(*d) > 9.2e18) return Val();
           return Val(static_cast<int64_t>(*d));
         }
         if (auto* s = a[0].get_if<std::string>()) {
           try {
             size_t used = 0;
             double d = std::stod(*s, &used);
             // Out of int64's range (or NaN) is no integer; the cast would be UB.
             if (used != s->size() || std::isnan(d) || std::fabs(d) > 9.2e18) return Val();
             return Val(static_cast<int64_t>(d));
           } catch (...) {
             return Val();
           }
         }
         if (auto* b = a[0].get_if<bool>()) return Val(static_cast<int64_t>(*b));
         BadArg("toInteger", a[0]);
       }}},
      {"tofloat", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (IsNumber(a[0])) return Val(AsDouble(a[0]));
         if (auto* s = a[0].get_if<std::string>()) {
           try {
             size_t used = 0;
             double d = std::stod(*s, &used);
             return used == s->size() ? Val(d) : Val();
           } catch (...) {
             return Val();
           }
         }
         BadArg("toFloat", a[0]);
       }}},
      {"toboolean", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (a[0].get_if<bool>()) return a[0];
         if (auto* s = a[0].get_if<std::string>()) {
           std::string l = Lower(TrimChars(*s, true, true));
           if (l == "true") return Val(true);
           if (l == "false") return Val(false);
           return Val();
         }
         BadArg("toBoolean", a[0]);
       }}},
      {"head", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto* l = a[0].get_if<ResultList>();
         if (!l) BadArg("head", a[0]);
         return l->empty() ? Val() : l->front();
       }}},
      {"last", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto* l = a[0].get_if<ResultList>();
         if (!l) BadArg("last", a[0]);
         return l->empty() ? Val() : l->back();
       }}},
      {"tail", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto* l = a[0].get_if<ResultList>();
         if (!l) BadArg("tail", a[0]);
         return l->empty() ? Val(ResultList{}) : Val(ResultList(l->begin() + 1, l->end()));
       }}},
      {"range", {2, 3, [](const Args& a, const Transaction&) -> Val {
         int64_t from = RangeInt(a[0]), to = RangeInt(a[1]);
         int64_t step = a.size() > 2 ? RangeInt(a[2]) : 1;
         if (step == 0) throw Error(ErrorKind::kArgument, "range() step must not be zero");
         // Counted before anything is allocated, in 128 bits so no bound
         // overflows.
         __int128 span = static_cast<__int128>(to) - from;
         __int128 count = span == 0 || (span > 0) == (step > 0) ? span / step + 1 : 0;
         if (count > static_cast<__int128>(kMaxListValues))
           throw Error(ErrorKind::kLimit, "range() of more than " + std::to_string(kMaxListValues) +
                                              " values; UNWIND a smaller range or filter first");
         ResultList l;
         l.reserve(static_cast<size_t>(count));
         for (__int128 k = 0; k < count; ++k) l.push_back(Val(static_cast<int64_t>(from + k * step)));
         return Val(l);
       }}},
      {"abs", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (auto* i = a[0].get_if<int64_t>()) {
           if (*i == INT64_MIN)
             throw Error(ErrorKind::kArgument, "integer overflow: abs(" + std::to_string(*i) + ")");
           return Val(*i < 0 ? -*i : *i);
         }
         if (auto* d = a[0].get_if<double>()) return Val(std::fabs(*d));
         BadArg("abs", a[0]);
       }}},
      {"sign", {1, 1, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         if (!IsNumber(a[0])) BadArg("sign", a[0]);
         double d = AsDouble(a[0]);
         return Val(static_cast<int64_t>(d > 0 ? 1 : d < 0 ? -1 : 0));
       }}},
      {"ceil", MathFn("ceil", std::ceil)},
      {"floor", MathFn("floor", std::floor)},
      {"round", MathFn("round", [](double d) { return std::floor(d + 0.5); })},
      {"sqrt", MathFn("sqrt", std::sqrt)},
      {"exp", MathFn("exp", std::exp)},
      {"log", MathFn("log", std::log)},
      {"log10", MathFn("log10", std::log10)},
      {"sin", MathFn("sin", std::sin)},
      {"cos", MathFn("cos", std::cos)},
      {"tan", MathFn("tan", std::tan)},
      {"rand", {0, 0, [](const Args&, const Transaction&) -> Val {
         return Val(static_cast<double>(std::rand()) / RAND_MAX);
       }}},
      {"replace", {3, 3, [](const Args& a, const Transaction&) -> Val {
         for (const auto& v : a)
           if (v.is_null()) return Val();
         std::string s = Str("replace", a[0]);
         const std::string& from = Str("replace", a[1]);
         const std::string& to = Str("replace", a[2]);
         if (from.empty()) return Val(s);
         for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
           s.replace(p, from.size(), to);
         return Val(s);
       }}},
      {"split", {2, 2, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null() || a[1].is_null()) return Val();
         const std::string& s = Str("split", a[0]);
         const std::string& sep = Str("split", a[1]);
         ResultList l;
         if (sep.empty()) {
           for (const auto& cp : CodePoints(s)) l.push_back(Val(cp));
           return Val(l);
         }
         size_t b = 0;
         for (size_t p = s.find(sep); p != std::string::npos; p = s.find(sep, b)) {
           l.push_back(Val(s.substr(b, p - b)));
           b = p + sep.size();
         }
         l.push_back(Val(s.substr(b)));
         return Val(l);
       }}},
      {"substring", {2, 3, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto cps = CodePoints(Str("substring", a[0]));
         int64_t start = Int("substring", a[1]);
         int64_t len = a.size() > 2 ? Int("substring", a[2]) : static_cast<int64_t>(cps.size());
         if (start < 0 || len < 0) throw Error(ErrorKind::kArgument, "substring() needs non-negative numbers");
         size_t b = std::min<size_t>(start, cps.size());
         return Val(Join(cps, b, b + std::min<size_t>(len, cps.size())));
       }}},
      {"left", {2, 2, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto cps = CodePoints(Str("left", a[0]));
         int64_t n = Int("left", a[1]);
         if (n < 0) throw Error(ErrorKind::kArgument, "left() needs a non-negative length");
         return Val(Join(cps, 0, n));
       }}},
      {"right", {2, 2, [](const Args& a, const Transaction&) -> Val {
         if (a[0].is_null()) return Val();
         auto cps = CodePoints(Str("right", a[0]));
         int64_t n = Int("right", a[1]);
         if (n < 0) throw Error(ErrorKind::kArgument, "right() needs a non-negative length");
         size_t b = cps.size() > static_cast<size_t>(n) ? cps.size() - n : 0;
         return Val(Join(cps, b, cps.size()));
       }}},
      {"exists", {1, 1, [](const Args& a, const Transaction&) -> Val {
         return Val(!a[0].is_null());
       }}},
  };
  return table;
}

const std::map<std::string, bool>& Aggregates() {
  static const std::map<std::string, bool> names = {
      {"count", true}, {"collect", true}, {"min", true}, {"max", true}, {"sum", true}, {"avg", true},
      {"percentiledisc", true}, {"percentilecont", true}, {"stdev", true}, {"stdevp", true}};
  return names;
}

}  // namespace

bool IsKnownFunction(const std::string& name) {
  std::string l = Lower(name);
  return Table().count(l) || Aggregates().count(l) || IsTemporalFunction(l);
}

std::string FunctionKey(const std::string& name) { return Lower(name); }

bool IsAggregateFunction(const std::string& name) { return Aggregates().count(Lower(name)) > 0; }

Val CallFunction(const std::string& name, const std::vector<Val>& args, const Transaction& txn) {
  if (IsTemporalFunction(Lower(name))) return CallTemporalFunction(Lower(name), args);
  auto it = Table().find(Lower(name));
  if (it == Table().end())
    throw Error(ErrorKind::kSyntax, "UnknownFunction: unknown function '" + name + "'");
  if (args.size() < it->second.min_args || args.size() > it->second.max_args)
    throw Error(ErrorKind::kSyntax, "InvalidNumberOfArguments: " + name + "() takes " +
                                        std::to_string(it->second.min_args) +
                                        (it->second.max_args != it->second.min_args
                                             ? " to " + std::to_string(it->second.max_args)
                                             : "") +
                                        " argument(s), not " + std::to_string(args.size()));
  return it->second.call(args, txn);
}

Aggregator::Aggregator(const std::string& name, bool distinct)
    : name_(Lower(name)), distinct_(distinct) {}

namespace {

// A text equal for two values exactly when SameGroup says they are equal, or
// "" for the values it cannot key cheaply (lists, maps, paths, temporals,
// numbers beyond 2^53 where integers and floats blur): DISTINCT over ids and
// scalars is a hash look-up, not a scan of everything seen.
std::string GroupKey(const Val& v) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (auto* n = v.get_if<Node>()) return "n" + std::to_string(n->id);
  if (auto* r = v.get_if<Relationship>()) return "r" + std::to_string(r->id);
  if (auto* s = v.get_if<std::string>()) return "s" + *s;
  if (auto* b = v.get_if<bool>()) return *b ? "t" : "f";
  if (auto* i = v.get_if<int64_t>())
    return static_cast<double>(*i) < kExact && static_cast<double>(*i) > -kExact ? "i" + std::to_string(*i) : "";
  if (auto* d = v.get_if<double>()) {
    if (std::isnan(*d)) return "nan";
    if (*d >= kExact || *d <= -kExact) return "";
    if (*d == std::floor(*d)) return "i" + std::to_string(static_cast<int64_t>(*d));
    char text[40];
    std::snprintf(text, sizeof text, "d%.17g", *d);
    return text;
  }
  return "";
}

}  // namespace

void Aggregator::Add(const Val& v, uint64_t times) {
  // DISTINCT, min and max see a value once as well as many times.
  if (times == 1 || distinct_ || name_ == "min" || name_ == "max") return Add(v);
  if (name_ == "count") {
    if (!v.is_null()) count_ += static_cast<int64_t>(times);
    return;
  }
  for (uint64_t i = 0; i < times; ++i) Add(v);
}

void Aggregator::Add(const Val& v) {
  if (v.is_null()) return;
  std::string key;
  if (distinct_) {
    key = GroupKey(v);
    if (!key.empty()) {
      if (!keys_.insert(key).second) return;
    } else {
      for (const auto& s : seen_)
        if (SameGroup(s, v)) return;
    }
  }
  bool numeric = name_ == "percentiledisc" || name_ == "percentilecont" || name_ == "stdev" || name_ == "stdevp";
  if (numeric && !IsNumber(v)) throw Error(ErrorKind::kType, name_ + "() cannot take " + TypeName(v));
  if ((distinct_ && key.empty()) || name_ == "collect" || numeric) seen_.push_back(v);
  ++count_;
  if (name_ == "min" || name_ == "max") {
    if (acc_.is_null()) acc_ = v;
    else {
      int c = OrderCompare(v, acc_);
      if ((name_ == "min" && c < 0) || (name_ == "max" && c > 0)) acc_ = v;
    }
  } else if (name_ == "sum" || name_ == "avg") {
    if (!IsNumber(v)) throw Error(ErrorKind::kType, name_ + "() cannot take " + TypeName(v));
    if (auto* i = v.get_if<int64_t>()) {
      if (__builtin_add_overflow(isum_, *i, &isum_)) throw Error(ErrorKind::kArgument, "integer overflow in sum()");
    } else {
      all_int_ = false;
    }
    sum_ += AsDouble(v);
  }
}

void Aggregator::SetPercentile(const Val& p) {
  if (!IsNumber(p)) throw Error(ErrorKind::kArgument, name_ + "() needs a percentile between 0.0 and 1.0, not " + TypeName(p));
  double x = AsDouble(p);
  if (!(x >= 0.0 && x <= 1.0))
    throw Error(ErrorKind::kArgument, "NumberOutOfRange: " + name_ + "() needs a percentile between 0.0 and 1.0");
  percentile_ = x;
}

Val Aggregator::Result() const {
  if (name_ == "percentiledisc" || name_ == "percentilecont") {
    if (seen_.empty()) return Val();
    std::vector<Val> sorted = seen_;
    std::sort(sorted.begin(), sorted.end(), [](const Val& a, const Val& b) { return AsDouble(a) < AsDouble(b); });
    double n = static_cast<double>(sorted.size());
    if (name_ == "percentiledisc") {
      // The smallest value with at least that share of the values at or below it.
      size_t i = percentile_ == 0 ? 0 : static_cast<size_t>(std::ceil(percentile_ * n)) - 1;
      return sorted[std::min(i, sorted.size() - 1)];
    }
    double at = percentile_ * (n - 1);
    size_t lo = static_cast<size_t>(std::floor(at)), hi = static_cast<size_t>(std::ceil(at));
    double a = AsDouble(sorted[lo]), b = AsDouble(sorted[hi]);
    return Val(a + (b - a) * (at - static_cast<double>(lo)));
  }
  if (name_ == "stdev" || name_ == "stdevp") {
    size_t n = seen_.size(), d = name_ == "stdev" ? n - 1 : n;
    if (n == 0 || d == 0) return Val(0.0);
    double mean = 0, sq = 0;
    for (const Val& v : seen_) mean += AsDouble(v);
    mean /= static_cast<double>(n);
    for (const Val& v : seen_) sq += (AsDouble(v) - mean) * (AsDouble(v) - mean);
    return Val(std::sqrt(sq / static_cast<double>(d)));
  }
  if (name_ == "count") return Val(count_);
  if (name_ == "collect") return Val(ResultList(seen_.begin(), seen_.end()));
  if (name_ == "min" || name_ == "max") return acc_;
  if (name_ == "sum") return all_int_ ? Val(isum_) : Val(sum_);
  if (name_ == "avg") return count_ ? Val(sum_ / count_) : Val();
  return Val();
}

}  // namespace ng::query
