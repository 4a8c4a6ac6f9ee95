#include "query/fast_match.h"

#include <algorithm>

#include "graph/error.h"
#include "query/binder.h"
#include "query/functions.h"
#include "query/node_map.h"
#include "query/pattern_match.h"

namespace ng::query {

namespace {

void SplitAnd(const Expr* e, std::vector<const Expr*>* out) {
  if (e->kind == ExprKind::kBinary && e->name == "AND" && e->args.size() == 2) {
    SplitAnd(e->args[0].get(), out);
    SplitAnd(e->args[1].get(), out);
  } else {
    out->push_back(e);
  }
}

// Patterns inside expressions run the general matcher from a full row: the
// rows made here would not hold what they read.
bool HasSubquery(const Expr& e) {
  if (e.subquery || e.kind == ExprKind::kPattern || e.kind == ExprKind::kPatternComprehension)
    return true;
  for (const auto& a : e.args)
    if (a && HasSubquery(*a)) return true;
  return false;
}

bool IsConstantValue(const Expr& e) {
  if (HasSubquery(e)) return false;
  std::vector<std::string> vars;
  ExprVariables(e, &vars);
  return vars.empty();
}

// The `name` value of a {name: …} map, or of a `var.name = …` conjunct.
const Expr* NameOf(const Expr* properties, const std::vector<const Expr*>& conditions,
                   const std::string& var) {
  if (properties && properties->kind == ExprKind::kMap)
    for (size_t i = 0; i < properties->keys.size(); ++i)
      if (properties->keys[i] == "name") return properties->args[i].get();
  for (const Expr* c : conditions) {
    if (c->kind != ExprKind::kBinary || c->name != "=" || c->args.size() != 2) continue;
    for (int side = 0; side < 2; ++side) {
      const Expr& p = *c->args[side];
      const Expr& v = *c->args[1 - side];
      if (p.kind == ExprKind::kProperty && p.name == "name" && p.args[0]->kind == ExprKind::kVariable &&
          p.args[0]->name == var &&
          (v.kind == ExprKind::kParam || (v.kind == ExprKind::kLiteral && v.literal.get_if<std::string>())))
        return &v;
    }
  }
  return nullptr;
}

// The value of an `id(var) = …` conjunct.
const Expr* IdOf(const std::vector<const Expr*>& conditions, const std::string& var) {
  for (const Expr* c : conditions) {
    if (c->kind != ExprKind::kBinary || c->name != "=" || c->args.size() != 2) continue;
    for (int side = 0; side < 2; ++side) {
      const Expr& f = *c->args[side];
      const Expr& v = *c->args[1 - side];
      if (f.kind == ExprKind::kCall && FunctionKey(f.name) == "id" && f.args.size() == 1 &&
          f.args[0]->kind == ExprKind::kVariable && f.args[0]->name == var &&
          (v.kind == ExprKind::kParam || (v.kind == ExprKind::kLiteral && v.literal.get_if<int64_t>())))
        return &v;
    }
  }
  return nullptr;
}

std::string TypesText(const std::vector<std::string>& types) {
  std::string out;
  for (size_t i = 0; i < types.size(); ++i) out += (i ? "|" : ":") + types[i];
  return out;
}

constexpr uint32_t kNoSpan = ~uint32_t{0};

// Nodes at a step above which the label's members are read whole (kept by
// the store from one query to the next) rather than each node's record.
constexpr size_t kLabelIndexThreshold = 20000;

}  // namespace

Direction StepDirectionOf(RelDirection d, bool leftwards) {
  if (d == RelDirection::kBoth) return Direction::kBoth;
  bool out = d == RelDirection::kRight;
  return out != leftwards ? Direction::kOutgoing : Direction::kIncoming;
}

std::unique_ptr<FastMatch> FastMatch::Plan(Executor* ex, const Clause& match, const Clause& next,
                                           const Row& input, bool describe_only) {
  auto plan = std::make_unique<FastMatch>(ex);
  if (!plan->Build(match, next, input, describe_only)) return nullptr;
  return plan;
}

bool FastMatch::Build(const Clause& match, const Clause& next, const Row& input, bool describe_only) {
  if (match.kind != ClauseKind::kMatch || match.optional || match.patterns.size() != 1) return false;
  if (next.kind != ClauseKind::kWith && next.kind != ClauseKind::kReturn) return false;
  const PatternPart& part = match.patterns[0];
  if (!part.path_var.empty() || part.shortest != PatternPart::Shortest::kNone) return false;
  const Projection& pr = next.projection;
  if (pr.star) return false;

  // Only when the projection takes every row anyway: a plain LIMIT streams
  // better through the general matcher, which stops at the limit.
  bool aggregates = false;
  std::vector<const Expr*> projection_exprs;
  for (const auto& item : pr.items) {
    aggregates |= ContainsAggregate(*item.expr);
    projection_exprs.push_back(item.expr.get());
  }
  for (const auto& s : pr.order_by) projection_exprs.push_back(s.expr.get());
  for (const ExprPtr& e : {pr.where, pr.skip, pr.limit})
    if (e) projection_exprs.push_back(e.get());
  if (!aggregates && !pr.distinct && pr.order_by.empty()) return false;
  // ORDER BY and WITH … WHERE may name the projection's own aliases.
  std::vector<std::string> aliases;
  for (const auto& item : pr.items) aliases.push_back(item.alias);
  std::vector<std::string> read;
  for (size_t i = 0; i < projection_exprs.size(); ++i) {
    if (HasSubquery(*projection_exprs[i])) return false;
    std::vector<std::string> vars;
    ExprVariables(*projection_exprs[i], &vars);
    for (const std::string& v : vars) {
      bool alias = i >= pr.items.size() && std::find(aliases.begin(), aliases.end(), v) != aliases.end();
      bool in_pattern = false;
      for (const NodePattern& n : part.nodes) in_pattern |= n.var == v;
      if (!alias || in_pattern || input.count(v)) read.push_back(v);
    }
  }
  // Aggregates that a weight per distinct row answers exactly (not collect,
  // whose order would change, nor sum and avg, whose float rounding would).
  merge_rows_ = pr.distinct && !aggregates;
  if (aggregates) {
    merge_rows_ = true;
    std::function<bool(const Expr&)> weighable = [&](const Expr& e) -> bool {
      if (e.kind == ExprKind::kCall && FunctionKey(e.name) == "rand") return false;
      if (e.kind == ExprKind::kCall && IsAggregateFunction(e.name)) {
        std::string f = FunctionKey(e.name);
        if (f != "count" && f != "min" && f != "max") return false;
      }
      for (const auto& a : e.args)
        if (a && !weighable(*a)) return false;
      return true;
    };
    for (const Expr* e : projection_exprs) merge_rows_ = merge_rows_ && weighable(*e);
  }
  // RETURN count(*) alone: matches are counted, not made into rows.
  counts_only_ = !pr.distinct && pr.order_by.empty() && !pr.skip && !pr.limit && !pr.where;
  for (const auto& item : pr.items) counts_only_ = counts_only_ && item.expr->kind == ExprKind::kCountStar;

  // Node slots, with their variables' labels, properties and conditions.
  std::vector<std::string> rel_vars;
  for (const RelPattern& r : part.rels) {
    if (r.properties) return false;
    if (!r.var.empty()) rel_vars.push_back(r.var);
  }
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    const NodePattern& n = part.nodes[i];
    Slot s;
    s.var = n.var;
    s.labels = n.labels;
    if (n.properties) {
      if (!IsConstantValue(*n.properties)) return false;
      s.properties = n.properties.get();
    }
    for (size_t k = 0; k < i && !n.var.empty(); ++k)
      if (slots_[k].var == n.var && s.same_as < 0) s.same_as = static_cast<int>(k);
    if (!n.var.empty()) {
      auto it = input.find(n.var);
      if (it != input.end()) {
        const Node* node = it->second.get_if<Node>();
        if (!node && !describe_only) return false;
        s.bound = true;
        s.bound_id = node ? node->id : 0;
      }
    }
    if (std::find(rel_vars.begin(), rel_vars.end(), n.var) != rel_vars.end()) return false;
    slots_.push_back(std::move(s));
  }
  // Every variable the projection reads: a node of the pattern or of the input.
  for (const std::string& v : read) {
    if (std::find(rel_vars.begin(), rel_vars.end(), v) != rel_vars.end()) return false;
    bool in_pattern = false;
    for (Slot& s : slots_)
      if (s.var == v) s.needed = in_pattern = true;
    if (in_pattern) continue;
    if (!input.count(v)) return false;
    input_needed_.push_back(v);
  }
  // WHERE: each conjunct must read one node variable of the pattern.
  if (match.where) {
    if (HasSubquery(*match.where)) return false;
    std::vector<const Expr*> conjuncts;
    SplitAnd(match.where.get(), &conjuncts);
    for (const Expr* c : conjuncts) {
      std::vector<std::string> vars;
      ExprVariables(*c, &vars);
      // `b <> a` between the ends of a reach count: the start is left out.
      if (vars.size() == 2 && c->kind == ExprKind::kBinary && c->name == "<>" &&
          c->args[0]->kind == ExprKind::kVariable && c->args[1]->kind == ExprKind::kVariable) {
        inequality_ = vars;
        continue;
      }
      if (vars.size() != 1) return false;
      bool placed = false;
      for (Slot& s : slots_)
        if (s.var == vars[0]) s.conditions.push_back(c), placed = true;
      if (!placed) return false;
    }
  }
  input_ = input;

  // The anchor: a bound node, then a name, then a label, then every node.
  int best = 99;
  for (size_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    int score = s.bound || IdOf(s.conditions, s.var) ? 0 : NameOf(s.properties, s.conditions, s.var) ? 1 : !s.labels.empty() ? 2 : 3;
    if (score < best) best = score, anchor_ = i;
  }
  anchor_id_ = slots_[anchor_].bound ? nullptr : IdOf(slots_[anchor_].conditions, slots_[anchor_].var);
  anchor_name_ = slots_[anchor_].bound || anchor_id_ ? nullptr
                                        : NameOf(slots_[anchor_].properties, slots_[anchor_].conditions,
                                                 slots_[anchor_].var);

  bool variable_length = false;
  for (const RelPattern& r : part.rels) variable_length |= r.variable_length;
  if (variable_length) return BuildReach(part, next);
  if (!inequality_.empty()) return false;

  // Steps rightwards from the anchor, then leftwards.
  for (size_t i = anchor_; i + 1 < slots_.size(); ++i)
    steps_.push_back({i, i, i + 1, StepDirectionOf(part.rels[i].direction, false), part.rels[i].types, {}});
  for (size_t i = anchor_; i > 0; --i)
    steps_.push_back({i - 1, i, i - 1, StepDirectionOf(part.rels[i - 1].direction, true),
                      part.rels[i - 1].types, {}});
  std::vector<size_t> assigned{anchor_};
  for (Step& step : steps_) {
    for (size_t slot : assigned)
      if (!slots_[slot].var.empty() && slots_[slot].var == slots_[step.to].var) step.equal_to.push_back(slot);
    assigned.push_back(step.to);
  }
  for (size_t a = 0; a < part.rels.size(); ++a)
    for (size_t b = a + 1; b < part.rels.size(); ++b) {
      const auto& ta = part.rels[a].types;
      const auto& tb = part.rels[b].types;
      bool overlap = ta.empty() || tb.empty();
      for (const auto& t : ta) overlap |= std::find(tb.begin(), tb.end(), t) != tb.end();
      if (overlap) rel_clashes_.emplace_back(a, b);
    }
  return true;
}

std::vector<NodeId> FastMatch::AnchorCandidates(std::string* how) const {
  const Slot& s = slots_[anchor_];
  std::vector<NodeId> out;
  if (s.bound) {
    if (how) *how = "Argument(" + s.var + ")";
    else out.push_back(s.bound_id);
    return out;
  }
  if (anchor_id_) {
    if (how) {
      *how = "NodeById(" + s.var + ")";
      return out;
    }
    Val v = ex_->Eval(*anchor_id_, Row{});
    if (auto* id = v.get_if<int64_t>(); id && *id >= 0 && ex_->txn()->NodeExists(static_cast<NodeId>(*id)))
      out.push_back(static_cast<NodeId>(*id));
    return out;
  }
  if (anchor_name_) {
    if (how) {
      *how = "NodeByName(" + s.var + ")";
      return out;
    }
    Val v = ex_->Eval(*anchor_name_, Row{});
    if (auto* name = v.get_if<std::string>()) out = ex_->txn()->FindByName(*name);
    return out;
  }
  if (how) {
    *how = s.labels.empty() ? "AllNodesScan(" + s.var + ")" : "NodeByLabelScan(" + s.var + ":" + s.labels[0] + ")";
    return out;
  }
  uint64_t id;
  auto cursor = s.labels.empty() ? ex_->txn()->ScanNodes() : ex_->txn()->ScanLabel(s.labels[0]);
  while (cursor->Next(&id)) {
    ex_->Tick();
    out.push_back(id);
  }
  return out;
}

const Node& FastMatch::CachedNode(NodeId id) {
  auto found = node_cache_.find(id);
  if (found != node_cache_.end()) return found->second;
  ++db_hits_;
  std::optional<Node> n = ex_->txn()->GetNode(id);
  if (!n) throw Error(ErrorKind::kInternal, "node " + std::to_string(id) + " of an adjacency does not exist");
  return node_cache_.emplace(id, std::move(*n)).first->second;
}

void FastMatch::ReadNodes(std::vector<NodeId> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  ids.erase(std::remove_if(ids.begin(), ids.end(), [&](NodeId id) { return node_cache_.count(id) > 0; }),
            ids.end());
  std::vector<std::optional<Node>> records = ex_->txn()->GetNodes(ids);
  db_hits_ += ids.size();
  for (size_t i = 0; i < ids.size(); ++i)
    if (records[i]) node_cache_.emplace(ids[i], std::move(*records[i]));
}

bool FastMatch::HasLabel(const std::string& label, NodeId id, size_t expected) {
  auto members = label_members_.find(label);
  if (members == label_members_.end() && expected >= kLabelIndexThreshold)
    members = label_members_.emplace(label, ex_->txn()->NodesWithLabel(label)).first;
  if (members != label_members_.end()) return members->second->Contains(id);
  return CachedNode(id).HasLabel(label);
}

bool FastMatch::Fits(Slot& s, NodeId id, size_t expected, const std::string* known_label) {
  if (s.labels.empty() && !s.properties && s.conditions.empty()) return true;
  if (s.labels.size() <= 1 && !s.properties && s.conditions.empty() && known_label) return true;
  // Labels alone are a bit each (or a cached record): no memo needed.
  if (!s.properties && s.conditions.empty()) {
    for (const std::string& l : s.labels)
      if (!(known_label && l == *known_label) && !HasLabel(l, id, expected)) return false;
    return true;
  }
  auto memo = s.fits.find(id);
  if (memo != s.fits.end()) return memo->second;
  bool fits = true;
  for (const std::string& l : s.labels)
    fits = fits && (known_label && l == *known_label ? true : HasLabel(l, id, expected));
  if (fits && s.properties)
    fits = HasProperties(ex_->Eval(*s.properties, Row{}), CachedNode(id).properties, "node");
  for (const Expr* c : s.conditions) {
    if (!fits) break;
    Tri t = ToTri(ex_->Eval(*c, Row{{s.var, Val(CachedNode(id))}}), "WHERE");
    fits = t && *t;
  }
  s.fits.emplace(id, fits);
  return fits;
}

void FastMatch::Expand(const std::vector<NodeId>& nodes, const Step& step,
                       std::vector<std::pair<size_t, size_t>>* spans, std::vector<Neighbour>* out) {
  spans->assign(nodes.size(), {0, 0});
  size_t at = 0;  // runs come node by node in the order of `nodes`
  ex_->txn()->AdjacentRuns(nodes, step.direction, step.types, [&](const AdjacencyRun& run) {
    while (nodes[at] != run.node) ++at;
    auto& range = (*spans)[at];
    if (range.first == range.second) range = {out->size(), out->size()};
    for (const Neighbour* n = run.begin; n != run.end; ++n) {
      ex_->Tick();
      // A self-loop listed both ways is one relationship.
      if (step.direction == Direction::kBoth && run.direction == Direction::kIncoming && n->node == run.node)
        continue;
      out->push_back(*n);
    }
    range.second = out->size();
    db_hits_ += run.end - run.begin;
  });
}

int64_t FastMatch::Count() {
  int64_t n = 0;
  Run(nullptr, &n);
  return n;
}

void FastMatch::Run(const WeightedSink& sink, int64_t* count) {
  const size_t nodes = slots_.size();
  const size_t width = nodes + steps_.size();  // node ids, then relationship ids
  std::vector<uint64_t> paths;
  {
    std::vector<NodeId> anchors = AnchorCandidates(nullptr);
    // Nodes from the label index need not be checked for that label again.
    const Slot& a = slots_[anchor_];
    const std::string* scanned_label =
        !a.bound && !anchor_name_ && !anchor_id_ && !a.labels.empty() ? &a.labels[0] : nullptr;
    for (NodeId id : anchors) {
      ex_->Tick();
      if (!Fits(slots_[anchor_], id, anchors.size(), scanned_label)) continue;
      paths.resize(paths.size() + width, 0);
      paths[paths.size() - width + anchor_] = id;
    }
  }
  auto make_row = [&](const uint64_t* path) {
    Row row;
    for (const std::string& v : input_needed_) row.emplace(v, input_.at(v));
    for (size_t i = 0; i < nodes; ++i)
      if (slots_[i].needed && slots_[i].same_as < 0) {
        if (slots_[i].bound) row.emplace(slots_[i].var, input_.at(slots_[i].var));
        else row.emplace(slots_[i].var, Val(CachedNode(path[i])));
      }
    return row;
  };
  // Merged rows: the ids of the variables read, in order of first match.
  std::unordered_map<std::string, size_t> merged_index;
  std::vector<std::pair<std::vector<uint64_t>, uint64_t>> merged;  // a path's ids, weight
  auto emit = [&](const uint64_t* path) {
    ++rows_;
    if (count) {
      ++*count;
      return;
    }
    if (!merge_rows_) return sink(make_row(path), 1);
    std::string key;
    for (size_t i = 0; i < nodes; ++i)
      if (slots_[i].needed) key.append(reinterpret_cast<const char*>(&path[i]), sizeof path[i]);
    auto [it, fresh] = merged_index.try_emplace(std::move(key), merged.size());
    if (fresh) merged.emplace_back(std::vector<uint64_t>(path, path + nodes), 0);
    ++merged[it->second].second;
  };
  auto flush = [&] {
    std::vector<NodeId> read;  // the records the rows show, read in one walk
    for (const auto& [path, weight] : merged)
      for (size_t i = 0; i < nodes; ++i)
        if (slots_[i].needed && slots_[i].same_as < 0 && !slots_[i].bound) read.push_back(path[i]);
    ReadNodes(std::move(read));
    for (const auto& [path, weight] : merged) sink(make_row(path.data()), weight);
  };
  if (steps_.empty()) {
    for (size_t p = 0; p < paths.size(); p += width) emit(&paths[p]);
    return flush();
  }
  for (size_t k = 0; k < steps_.size(); ++k) {
    const Step& step = steps_[k];
    const bool last = k + 1 == steps_.size();
    std::vector<NodeId> from;
    for (size_t p = 0; p < paths.size(); p += width) from.push_back(paths[p + step.from]);
    std::sort(from.begin(), from.end());
    from.erase(std::unique(from.begin(), from.end()), from.end());
    std::vector<std::pair<size_t, size_t>> spans;
    std::vector<Neighbour> adjacency;
    Expand(from, step, &spans, &adjacency);
    NodeMap<uint32_t> span_of(kNoSpan);  // node → its place in `from` and `spans`
    for (size_t i = 0; i < from.size(); ++i) span_of.Insert(from[i], static_cast<uint32_t>(i));
    Slot& to = slots_[step.to];
    std::vector<uint64_t> next;
    for (size_t p = 0; p < paths.size(); p += width) {
      const auto [span_begin, span_end] = spans[span_of.Get(paths[p + step.from])];
      for (size_t e = span_begin; e < span_end; ++e) {
        const Neighbour& n = adjacency[e];
        if (to.bound && n.node != to.bound_id) continue;
        bool same = true;
        for (size_t slot : step.equal_to) same = same && paths[p + slot] == n.node;
        if (!same) continue;
        // Relationships already on the path sit at nodes + rel for the rels
        // walked before this step.
        bool clash = false;
        for (const auto& [a, b] : rel_clashes_) {
          size_t other = a == step.rel ? b : b == step.rel ? a : SIZE_MAX;
          if (other == SIZE_MAX) continue;
          bool walked = false;
          for (size_t j = 0; j < k; ++j) walked |= steps_[j].rel == other;
          if (walked && paths[p + nodes + other] == n.relationship) clash = true;
        }
        if (clash || !Fits(to, n.node, adjacency.size())) continue;
        size_t at = next.size();
        next.insert(next.end(), paths.begin() + p, paths.begin() + p + width);
        next[at + step.to] = n.node;
        next[at + nodes + step.rel] = n.relationship;
        if (last) {
          emit(&next[at]);
          next.resize(at);
        }
      }
    }
    paths = std::move(next);
  }
  flush();
}

std::vector<std::string> FastMatch::Describe() const {
  std::string how;
  AnchorCandidates(&how);
  std::string line = how;
  if (reach_) {
    line += " → BreadthFirstReach(*" + std::to_string(min_hops_) + ".." + std::to_string(max_hops_) +
            ", visited set) → CountDistinct(" + slots_[counted_].var + ")";
    return {line};
  }
  for (const Step& s : steps_) {
    std::string arrow = s.direction == Direction::kOutgoing   ? "-[" + TypesText(s.types) + "]->"
                        : s.direction == Direction::kIncoming ? "<-[" + TypesText(s.types) + "]-"
                                                              : "-[" + TypesText(s.types) + "]-";
    line += " → ExpandIds(" + slots_[s.from].var + ")" + arrow + "(" + slots_[s.to].var + ")";
  }
  std::string reads;
  for (const Slot& s : slots_)
    if (s.needed && s.same_as < 0 && !s.bound) reads += (reads.empty() ? "" : ", ") + s.var;
  return {line, "ids only, level by level (batched adjacency); records read for: " +
                    (reads.empty() ? std::string("none") : reads)};
}

}  // namespace ng::query
