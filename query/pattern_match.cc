#include "query/pattern_match.h"

#include <algorithm>
#include <optional>

#include "graph/error.h"
#include "query/shortest_path.h"

namespace ng::query {

namespace {

Direction ToDirection(RelDirection d, bool reversed) {
  if (d == RelDirection::kBoth) return Direction::kBoth;
  bool out = d == RelDirection::kRight;
  if (reversed) out = !out;
  return out ? Direction::kOutgoing : Direction::kIncoming;
}

const Val* Bound(const Row& row, const std::string& var) {
  if (var.empty()) return nullptr;
  auto it = row.find(var);
  return it == row.end() ? nullptr : &it->second;
}

// The literal name of a pattern like ({name: 'X'}), for the name index.
const Expr* NameProperty(const NodePattern& n) {
  if (!n.properties || n.properties->kind != ExprKind::kMap) return nullptr;
  for (size_t i = 0; i < n.properties->keys.size(); ++i)
    if (n.properties->keys[i] == "name") return n.properties->args[i].get();
  return nullptr;
}

void SplitAnd(const Expr* e, std::vector<const Expr*>* out) {
  if (e->kind == ExprKind::kBinary && e->name == "AND") {
    SplitAnd(e->args[0].get(), out);
    SplitAnd(e->args[1].get(), out);
  } else {
    out->push_back(e);
  }
}

void AddVariable(const std::string& name, std::vector<std::string>* out) {
  if (!name.empty() && std::find(out->begin(), out->end(), name) == out->end()) out->push_back(name);
}

bool AllBound(const std::vector<std::string>& vars, const Row& row) {
  for (const auto& v : vars)
    if (!row.count(v)) return false;
  return true;
}

}  // namespace

bool HasProperties(const Val& wanted, const Properties& have, const char* what) {
  auto* m = wanted.get_if<ResultMap>();
  if (!m) throw Error(ErrorKind::kType, std::string(what) + " properties in a pattern must be a map");
  for (const auto& [k, want] : *m) {
    auto it = have.find(k);
    if (it == have.end()) return false;
    Tri eq = Equals(ResultValue::FromValue(it->second), want);
    if (!eq || !*eq) return false;
  }
  return true;
}

void ExprVariables(const Expr& e, std::vector<std::string>* out) {
  if (e.kind == ExprKind::kVariable) AddVariable(e.name, out);
  std::vector<std::string> inner;
  for (const auto& a : e.args)
    if (a) ExprVariables(*a, &inner);
  if (e.subquery) {
    for (const PatternPart& p : e.subquery->patterns) {
      for (const NodePattern& n : p.nodes) AddVariable(n.var, &inner);
      for (const RelPattern& r : p.rels) AddVariable(r.var, &inner);
    }
    if (e.subquery->where) ExprVariables(*e.subquery->where, &inner);
  }
  bool scoped = e.kind == ExprKind::kListComprehension || e.kind == ExprKind::kQuantifier ||
                e.kind == ExprKind::kReduce;
  for (const std::string& v : inner)
    if (!scoped || std::find(e.keys.begin(), e.keys.end(), v) == e.keys.end()) AddVariable(v, out);
}

void PatternMatcher::PushDown(const Expr* where) {
  conditions_.clear();
  if (!where) return;
  std::vector<const Expr*> parts;
  SplitAnd(where, &parts);
  for (const Expr* e : parts) {
    Condition c{e, {}};
    ExprVariables(*e, &c.vars);
    if (!c.vars.empty()) conditions_.push_back(std::move(c));
  }
}

bool PatternMatcher::Passes(const Row& row, const Row& before) {
  for (const Condition& c : conditions_) {
    if (!AllBound(c.vars, row) || AllBound(c.vars, before)) continue;
    Tri t = ToTri(ex_->Eval(*c.expr, row), "WHERE");
    if (!t || !*t) return false;
  }
  return true;
}

const Expr* PatternMatcher::NameCondition(const std::string& var) const {
  if (var.empty()) return nullptr;
  auto is_name_of_var = [&](const Expr& x) {
    return x.kind == ExprKind::kProperty && x.name == "name" &&
           x.args[0]->kind == ExprKind::kVariable && x.args[0]->name == var;
  };
  auto is_value = [](const Expr& x) {
    return x.kind == ExprKind::kParam ||
           (x.kind == ExprKind::kLiteral && x.literal.get_if<std::string>());
  };
  for (const Condition& c : conditions_) {
    const Expr& e = *c.expr;
    if (e.kind != ExprKind::kBinary || e.name != "=") continue;
    if (is_name_of_var(*e.args[0]) && is_value(*e.args[1])) return e.args[1].get();
    if (is_name_of_var(*e.args[1]) && is_value(*e.args[0])) return e.args[0].get();
  }
  return nullptr;
}

const Expr* PatternMatcher::IdCondition(const std::string& var) const {
  if (var.empty()) return nullptr;
  auto is_id_of_var = [&](const Expr& x) {
    return x.kind == ExprKind::kCall && x.name == "id" && x.args.size() == 1 &&
           x.args[0]->kind == ExprKind::kVariable && x.args[0]->name == var;
  };
  auto is_value = [](const Expr& x) {
    return x.kind == ExprKind::kParam || (x.kind == ExprKind::kLiteral && x.literal.get_if<int64_t>());
  };
  for (const Condition& c : conditions_) {
    const Expr& e = *c.expr;
    if (e.kind != ExprKind::kBinary || e.name != "=") continue;
    if (is_id_of_var(*e.args[0]) && is_value(*e.args[1])) return e.args[1].get();
    if (is_id_of_var(*e.args[1]) && is_value(*e.args[0])) return e.args[0].get();
  }
  return nullptr;
}

size_t PatternMatcher::ChooseAnchor(const PatternPart& p, const Row& row) const {
  size_t best = 0;
  int best_score = 99;
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    const NodePattern& n = p.nodes[i];
    int score = Bound(row, n.var) || IdCondition(n.var)        ? 0
                : (NameProperty(n) || NameCondition(n.var)) ? 1
                : !n.labels.empty()                          ? 2
                                                             : 3;
    if (score < best_score) {
      best_score = score;
      best = i;
    }
  }
  return best;
}

std::vector<NodeId> PatternMatcher::Candidates(const NodePattern& n, const Row& row,
                                               std::string* how) const {
  std::vector<NodeId> out;
  if (const Val* v = Bound(row, n.var)) {
    if (how) *how = "Argument(" + n.var + ")";
    if (auto* node = v->get_if<Node>()) out.push_back(node->id);
    else if (!v->is_null()) throw Error(ErrorKind::kType, "variable `" + n.var + "` is not a node");
    return out;
  }
  if (const Expr* id = IdCondition(n.var)) {
    if (how) {
      *how = "NodeById(" + n.var + ")";
      return out;
    }
    Val v = ex_->Eval(*id, row);
    if (auto* i = v.get_if<int64_t>(); i && *i >= 0) out.push_back(static_cast<NodeId>(*i));
    return out;
  }
  const Expr* name = NameProperty(n);
  if (!name) name = NameCondition(n.var);
  if (name) {
    if (how) *how = "NodeByName(" + n.var + ")";
    if (!how) {
      Val v = ex_->Eval(*name, row);
      if (auto* s = v.get_if<std::string>()) return ex_->txn()->FindByName(*s);
      return out;
    }
    return out;
  }
  if (!n.labels.empty()) {
    if (how) {
      *how = "NodeByLabelScan(" + n.var + ":" + n.labels[0] + ")";
      return out;
    }
    uint64_t id;
    for (auto c = ex_->txn()->ScanLabel(n.labels[0]); c->Next(&id);) {
      ex_->Tick();
      out.push_back(id);
    }
    return out;
  }
  if (how) {
    *how = "AllNodesScan(" + n.var + ")";
    return out;
  }
  uint64_t id;
  for (auto c = ex_->txn()->ScanNodes(); c->Next(&id);) {
    ex_->Tick();
    out.push_back(id);
  }
  return out;
}

bool PatternMatcher::NodeFits(const NodePattern& n, const Node& node, const Row& row) {
  if (const Val* v = Bound(row, n.var)) {
    auto* b = v->get_if<Node>();
    if (!b || b->id != node.id) return false;
  }
  for (const auto& l : n.labels)
    if (std::find(node.labels.begin(), node.labels.end(), l) == node.labels.end()) return false;
  return !n.properties || HasProperties(ex_->Eval(*n.properties, row), node.properties, "node");
}

bool PatternMatcher::RelFits(const RelPattern& r, const Relationship& rel, const Row& row) {
  return !r.properties ||
         HasProperties(ex_->Eval(*r.properties, row), rel.properties, "relationship");
}

Val PatternMatcher::ReadNode(NodeId id) {
  constexpr size_t kMaxReadNodes = 1 << 16;
  if (ex_->writes_) {
    read_cache_.clear();
    std::optional<Node> n = ex_->txn()->GetNode(id);
    return n ? Val(std::move(*n)) : Val();
  }
  auto found = read_cache_.find(id);
  if (found != read_cache_.end()) return found->second;
  if (read_cache_.size() >= kMaxReadNodes) read_cache_.clear();
  std::optional<Node> n = ex_->txn()->GetNode(id);
  return read_cache_.emplace(id, n ? Val(std::move(*n)) : Val()).first->second;
}

void PatternMatcher::BindPath(const PatternPart& p, Row& row, const State& s) {
  if (p.path_var.empty()) return;
  PathResult path;
  path.nodes.push_back(*s.nodes[0].get_if<Node>());
  for (size_t i = 0; i < p.rels.size(); ++i) {
    NodeId at = path.nodes.back().id;
    for (const Relationship& r : s.rels[i]) {
      path.relationships.push_back(r);
      NodeId next = r.start == at ? r.end : r.start;
      const Val node = ReadNode(next);
      if (node.is_null())
        throw Error(ErrorKind::kInternal, "node " + std::to_string(next) + " of a path does not exist");
      path.nodes.push_back(*node.get_if<Node>());
      at = next;
    }
    if (path.nodes.back().id != s.nodes[i + 1].get_if<Node>()->id)
      path.nodes.back() = *s.nodes[i + 1].get_if<Node>();
  }
  // Building a path reads every node on it: long paths cost accordingly.
  ex_->Tick(path.nodes.size());
  row[p.path_var] = Val(path);
}

// Expands from node `i` one relationship pattern further in direction `step`
// (+1 rightwards, -1 leftwards); when both sides are done, calls `done`.
void PatternMatcher::Extend(const PatternPart& p, size_t anchor, int step, size_t i, Row& row,
                            State& s, std::set<RelId>* used,
                            const std::function<void(Row&, State&)>& done) {
  if (step > 0 && i == p.nodes.size() - 1) {
    if (anchor == 0) return done(row, s);
    return Extend(p, anchor, -1, anchor, row, s, used, done);
  }
  if (step < 0 && i == 0) return done(row, s);
  size_t rel_index = step > 0 ? i : i - 1;
  size_t next_index = step > 0 ? i + 1 : i - 1;
  const RelPattern& rp = p.rels[rel_index];
  const NodePattern& np = p.nodes[next_index];
  Direction dir = ToDirection(rp.direction, step < 0);
  int64_t max = rp.variable_length ? (rp.max_hops < 0 ? 64 : rp.max_hops) : 1;
  int64_t min = rp.variable_length ? rp.min_hops : 1;
  const Val* bound_rel = Bound(row, rp.var);
  NodeId from = s.nodes[i].get_if<Node>()->id;

  const bool needs_record = rp.properties || !rp.var.empty() || !p.path_var.empty();
  std::vector<Relationship> trail;
  std::function<void(NodeId, int64_t)> walk = [&](NodeId at, int64_t depth) {
    if (depth >= min) {
      const Val node = ReadNode(at);
      if (!node.is_null() && NodeFits(np, *node.get_if<Node>(), row)) {
        // Walking leftwards collects the hops right to left; patterns,
        // paths and relationship lists read left to right.
        std::vector<Relationship> ordered = trail;
        if (step < 0) std::reverse(ordered.begin(), ordered.end());
        bool rel_ok = true;
        if (bound_rel) {
          if (auto* br = bound_rel->get_if<Relationship>())
            rel_ok = trail.size() == 1 && trail[0].id == br->id;
          else if (auto* bl = bound_rel->get_if<ResultList>()) {
            rel_ok = bl->size() == trail.size();
            for (size_t k = 0; rel_ok && k < trail.size(); ++k) {
              auto* x = (*bl)[k].get_if<Relationship>();
              rel_ok = x && x->id == ordered[k].id;
            }
          } else {
            rel_ok = false;
          }
        }
        if (rel_ok) {
          Val saved_node = s.nodes[next_index];
          auto saved_rels = s.rels[rel_index];
          s.nodes[next_index] = node;
          s.rels[rel_index] = ordered;
          Row next = row;
          if (!np.var.empty()) next[np.var] = node;
          if (!rp.var.empty() && !bound_rel) {
            if (rp.variable_length) {
              ResultList l;
              for (const auto& r : ordered) l.push_back(Val(r));
              next[rp.var] = Val(l);
            } else {
              next[rp.var] = Val(trail[0]);
            }
          }
          if (Passes(next, row)) Extend(p, anchor, step, next_index, next, s, used, done);
          s.nodes[next_index] = saved_node;
          s.rels[rel_index] = saved_rels;
        }
      }
    }
    if (depth >= max) return;
    auto cursor = ex_->txn()->Adjacent(at, dir, rp.types);
    AdjacencyEntry e;
    std::vector<AdjacencyEntry> entries;
    while (cursor->Next(&e)) {
      ex_->Tick();
      entries.push_back(e);
    }
    for (const auto& entry : entries) {
      if (used->count(entry.relationship)) continue;
      // A self-loop seen from both directions is one relationship.
      if (dir == Direction::kBoth && entry.direction == Direction::kIncoming &&
          entry.neighbour == at)
        continue;
      // The adjacency entry holds all but the properties: read the record
      // only when someone will look at them.
      std::optional<Relationship> rel;
      if (needs_record) {
        rel = ex_->txn()->GetRelationship(entry.relationship);
        if (!rel || !RelFits(rp, *rel, row)) continue;
      } else {
        bool out = entry.direction == Direction::kOutgoing;
        rel = Relationship{entry.relationship, entry.type, out ? at : entry.neighbour,
                           out ? entry.neighbour : at, {}};
      }
      used->insert(entry.relationship);
      trail.push_back(*rel);
      walk(entry.neighbour, depth + 1);
      trail.pop_back();
      used->erase(entry.relationship);
    }
  };
  walk(from, 0);
}

void PatternMatcher::Shortest(const PatternPart& p, const Row& row,
                              const std::function<void(Row&, State&)>& done) {
  if (p.nodes.size() != 2 || p.rels.size() != 1)
    throw Error(ErrorKind::kSemantic, "shortestPath needs a pattern of one relationship");
  const RelPattern& rp = p.rels[0];
  ShortestPathSearch search;
  search.direction = ToDirection(rp.direction, false);
  search.types = rp.types;
  search.min_hops = rp.min_hops;
  search.max_hops = rp.max_hops < 0 ? 15 : rp.max_hops;
  search.all = p.shortest == PatternPart::Shortest::kAll;
  std::vector<NodeId> starts = Candidates(p.nodes[0], row, nullptr);
  std::vector<NodeId> ends = Candidates(p.nodes[1], row, nullptr);
  for (NodeId a : starts) {
    auto an = ex_->txn()->GetNode(a);
    if (!an || !NodeFits(p.nodes[0], *an, row)) continue;
    for (NodeId b : ends) {
      auto bn = ex_->txn()->GetNode(b);
      if (!bn || !NodeFits(p.nodes[1], *bn, row)) continue;
      // Paths are handed over once the search has read all it needs, so
      // what runs on each row may use the store freely.
      auto tick = [&](uint64_t n) { ex_->Tick(n); };
      auto bind = [&](const IdPath& path) {
        State s;
        s.nodes = {Val(*an), Val(*bn)};
        s.rels.resize(1);
        for (RelId r : path.relationships) s.rels[0].push_back(*ex_->txn()->GetRelationship(r));
        Row next = row;
        if (!p.nodes[0].var.empty()) next[p.nodes[0].var] = s.nodes[0];
        if (!p.nodes[1].var.empty()) next[p.nodes[1].var] = s.nodes[1];
        if (!rp.var.empty()) {
          ResultList l;
          for (const auto& r : s.rels[0]) l.push_back(Val(r));
          next[rp.var] = Val(l);
        }
        done(next, s);
      };
      ForEachShortestPath(*ex_->txn(), a, b, search, tick, bind);
    }
  }
}

void PatternMatcher::MatchPart(const std::vector<PatternPart>& parts, size_t index, Row row,
                               std::set<RelId>* used,
                               const std::function<void(const Row&)>& emit) {
  if (index == parts.size()) return emit(row);
  const PatternPart& p = parts[index];
  auto done = [&](Row& r, State& s) {
    BindPath(p, r, s);
    MatchPart(parts, index + 1, r, used, emit);
  };
  if (p.shortest != PatternPart::Shortest::kNone) return Shortest(p, row, done);
  size_t anchor = ChooseAnchor(p, row);
  // A node the row holds is read again only when the query has written
  // (it may have changed or gone); else the row's copy is the node.
  const Val* bound = ex_->writes_ ? nullptr : Bound(row, p.nodes[anchor].var);
  for (NodeId id : Candidates(p.nodes[anchor], row, nullptr)) {
    ex_->Tick();
    const Val shared = bound ? *bound : ReadNode(id);  // one copy for the state and the row
    if (shared.is_null() || !NodeFits(p.nodes[anchor], *shared.get_if<Node>(), row)) continue;
    State s;
    s.nodes.assign(p.nodes.size(), Val());
    s.rels.assign(p.rels.size(), {});
    s.nodes[anchor] = shared;
    Row next = row;
    if (!p.nodes[anchor].var.empty()) next[p.nodes[anchor].var] = shared;
    if (!Passes(next, row)) continue;
    Extend(p, anchor, anchor == p.nodes.size() - 1 ? -1 : 1, anchor, next, s, used, done);
  }
}

void PatternMatcher::MatchAll(const std::vector<PatternPart>& parts, const Row& row,
                              const std::function<void(const Row&)>& emit) {
  std::set<RelId> used;
  MatchPart(parts, 0, row, &used, emit);
}

std::string PatternMatcher::Describe(const PatternPart& p, const Row& bound) const {
  std::string how;
  Candidates(p.nodes[ChooseAnchor(p, bound)], bound, &how);
  std::string out = how;
  for (const auto& r : p.rels) {
    out += " → Expand(";
    for (size_t i = 0; i < r.types.size(); ++i) out += (i ? "|" : ":") + r.types[i];
    if (r.variable_length)
      out += "*" + std::to_string(r.min_hops) + ".." + (r.max_hops < 0 ? "" : std::to_string(r.max_hops));
    out += ")";
  }
  if (p.shortest != PatternPart::Shortest::kNone) out = "BidirectionalShortestPath(" + out + ")";
  return out;
}

}  // namespace ng::query
