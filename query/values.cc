#include "query/values.h"

#include <cmath>

#include "graph/error.h"
#include "query/temporal.h"

namespace ng::query {

namespace {

enum Rank { kMap, kNode, kRel, kList, kPath, kTemporal, kString, kBool, kNumber, kNull };

Rank RankOf(const Val& v) {
  switch (v.variant().index()) {
    case 0: return kNull;
    case 1: return kBool;
    case 2: case 3: return kNumber;
    case 4: return kString;
    case 5: return kList;
    case 6: return kMap;
    case 7: return kNode;
    case 8: return kRel;
    case 10: return kTemporal;
    default: return kPath;
  }
}

int Sign(double d) { return d < 0 ? -1 : d > 0 ? 1 : 0; }

int CompareNumbers(const Val& a, const Val& b) {
  auto* ai = a.get_if<int64_t>();
  auto* bi = b.get_if<int64_t>();
  if (ai && bi) return *ai < *bi ? -1 : *ai > *bi ? 1 : 0;
  double x = AsDouble(a), y = AsDouble(b);
  if (std::isnan(x) || std::isnan(y)) return std::isnan(x) - std::isnan(y);
  return Sign(x - y);
}

}  // namespace

bool IsNumber(const Val& v) { return v.get_if<int64_t>() || v.get_if<double>(); }

double AsDouble(const Val& v) {
  if (auto* i = v.get_if<int64_t>()) return static_cast<double>(*i);
  if (auto* d = v.get_if<double>()) return *d;
  throw Error(ErrorKind::kType, std::string("expected a number but got ") + TypeName(v));
}

const char* TypeName(const Val& v) {
  if (auto* t = v.get_if<Temporal>()) return TemporalKindName(t->kind);
  static const char* const kNames[] = {"NULL", "BOOLEAN", "INTEGER", "FLOAT", "STRING",
                                       "LIST", "MAP",     "NODE",    "RELATIONSHIP", "PATH"};
  return kNames[v.variant().index()];
}

Tri Equals(const Val& a, const Val& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (IsNumber(a) && IsNumber(b)) {
    double x = AsDouble(a), y = AsDouble(b);
    if (std::isnan(x) || std::isnan(y)) return false;
    if (a.get_if<int64_t>() && b.get_if<int64_t>()) return *a.get_if<int64_t>() == *b.get_if<int64_t>();
    return x == y;
  }
  if (a.variant().index() != b.variant().index()) return false;
  if (auto* l = a.get_if<ResultList>()) {
    const auto& r = *b.get_if<ResultList>();
    if (l->size() != r.size()) return false;
    Tri all = true;
    for (size_t i = 0; i < l->size(); ++i) {
      Tri e = Equals((*l)[i], r[i]);
      if (e && !*e) return false;
      if (!e) all = std::nullopt;
    }
    return all;
  }
  if (auto* m = a.get_if<ResultMap>()) {
    const auto& r = *b.get_if<ResultMap>();
    if (m->size() != r.size()) return false;
    Tri all = true;
    for (const auto& [k, v] : *m) {
      auto it = r.find(k);
      if (it == r.end()) return false;
      Tri e = Equals(v, it->second);
      if (e && !*e) return false;
      if (!e) all = std::nullopt;
    }
    return all;
  }
  if (auto* n = a.get_if<Node>()) return n->id == b.get_if<Node>()->id;
  if (auto* r = a.get_if<Relationship>()) return r->id == b.get_if<Relationship>()->id;
  if (auto* p = a.get_if<PathResult>()) {
    const auto& q = *b.get_if<PathResult>();
    if (p->nodes.size() != q.nodes.size()) return false;
    for (size_t i = 0; i < p->nodes.size(); ++i)
      if (p->nodes[i].id != q.nodes[i].id) return false;
    for (size_t i = 0; i < p->relationships.size(); ++i)
      if (p->relationships[i].id != q.relationships[i].id) return false;
    return true;
  }
  if (auto* s = a.get_if<std::string>()) return *s == *b.get_if<std::string>();
  if (auto* x = a.get_if<bool>()) return *x == *b.get_if<bool>();
  if (auto* t = a.get_if<Temporal>()) return TemporalsEqual(*t, *b.get_if<Temporal>());
  return false;
}

std::optional<int> Compare(const Val& a, const Val& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (IsNumber(a) && IsNumber(b)) {
    if (std::isnan(AsDouble(a)) || std::isnan(AsDouble(b))) return std::nullopt;
    return CompareNumbers(a, b);
  }
  if (a.variant().index() != b.variant().index()) return std::nullopt;
  if (auto* s = a.get_if<std::string>()) {
    int c = s->compare(*b.get_if<std::string>());
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (auto* x = a.get_if<bool>()) return static_cast<int>(*x) - static_cast<int>(*b.get_if<bool>());
  if (auto* t = a.get_if<Temporal>()) return CompareTemporals(*t, *b.get_if<Temporal>());
  if (auto* l = a.get_if<ResultList>()) {
    const auto& r = *b.get_if<ResultList>();
    for (size_t i = 0; i < l->size() && i < r.size(); ++i) {
      auto c = Compare((*l)[i], r[i]);
      if (!c) return std::nullopt;
      if (*c) return c;
    }
    return l->size() < r.size() ? -1 : l->size() > r.size() ? 1 : 0;
  }
  return std::nullopt;
}

int OrderCompare(const Val& a, const Val& b) {
  Rank ra = RankOf(a), rb = RankOf(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case kNull: return 0;
    case kNumber: return CompareNumbers(a, b);
    case kString: case kBool: return *Compare(a, b);
    case kTemporal: return OrderTemporals(*a.get_if<Temporal>(), *b.get_if<Temporal>());
    case kNode: {
      auto x = a.get_if<Node>()->id, y = b.get_if<Node>()->id;
      return x < y ? -1 : x > y;
    }
    case kRel: {
      auto x = a.get_if<Relationship>()->id, y = b.get_if<Relationship>()->id;
      return x < y ? -1 : x > y;
    }
    case kList: {
      const auto& l = *a.get_if<ResultList>();
      const auto& r = *b.get_if<ResultList>();
      for (size_t i = 0; i < l.size() && i < r.size(); ++i)
        if (int c = OrderCompare(l[i], r[i])) return c;
      return l.size() < r.size() ? -1 : l.size() > r.size();
    }
    case kMap: {
      const auto& l = *a.get_if<ResultMap>();
      const auto& r = *b.get_if<ResultMap>();
      auto i = l.begin();
      auto j = r.begin();
      for (; i != l.end() && j != r.end(); ++i, ++j) {
        if (int c = i->first.compare(j->first)) return c < 0 ? -1 : 1;
        if (int c = OrderCompare(i->second, j->second)) return c;
      }
      return l.size() < r.size() ? -1 : l.size() > r.size();
    }
    case kPath: {
      const auto& p = *a.get_if<PathResult>();
      const auto& q = *b.get_if<PathResult>();
      for (size_t i = 0; i < p.nodes.size() && i < q.nodes.size(); ++i)
        if (p.nodes[i].id != q.nodes[i].id) return p.nodes[i].id < q.nodes[i].id ? -1 : 1;
      return p.nodes.size() < q.nodes.size() ? -1 : p.nodes.size() > q.nodes.size();
    }
  }
  return 0;
}

bool SameGroup(const Val& a, const Val& b) {
  if (a.is_null() && b.is_null()) return true;
  if (a.is_null() || b.is_null()) return false;
  if (auto* l = a.get_if<ResultList>()) {
    auto* r = b.get_if<ResultList>();
    if (!r || l->size() != r->size()) return false;
    for (size_t i = 0; i < l->size(); ++i)
      if (!SameGroup((*l)[i], (*r)[i])) return false;
    return true;
  }
  if (auto* m = a.get_if<ResultMap>()) {
    auto* r = b.get_if<ResultMap>();
    if (!r || m->size() != r->size()) return false;
    for (const auto& [k, v] : *m) {
      auto it = r->find(k);
      if (it == r->end() || !SameGroup(v, it->second)) return false;
    }
    return true;
  }
  if (IsNumber(a) && IsNumber(b)) {
    double x = AsDouble(a), y = AsDouble(b);
    if (std::isnan(x) && std::isnan(y)) return true;
  }
  Tri e = Equals(a, b);
  return e && *e;
}

Val FromTri(Tri t) { return t ? Val(*t) : Val(); }

Tri ToTri(const Val& v, const char* context) {
  if (v.is_null()) return std::nullopt;
  if (auto* b = v.get_if<bool>()) return *b;
  throw Error(ErrorKind::kType, std::string(context) + " expects a boolean but got " + TypeName(v));
}

}  // namespace ng::query
