// The updating clauses: CREATE, MERGE, SET, REMOVE, DELETE. They write into
// the statement's transaction; Engine::Run commits it once at the end, so a
// statement changes all it should or nothing.
#include <algorithm>

#include "graph/error.h"
#include "query/executor.h"
#include "query/pattern_match.h"

namespace ng::query {

namespace {

// Properties from an evaluated map; null values mean "no property".
Properties ToProperties(const Val& v, const char* context) {
  Properties out;
  if (v.is_null()) return out;
  if (auto* n = v.get_if<Node>()) return n->properties;
  if (auto* r = v.get_if<Relationship>()) return r->properties;
  auto* m = v.get_if<ResultMap>();
  if (!m) throw Error(ErrorKind::kType, std::string(context) + " needs a map, got " + TypeName(v));
  for (const auto& [k, x] : *m)
    if (!x.is_null()) out[k] = x.ToValue();
  return out;
}

void AddLabels(std::vector<std::string>* labels, const std::vector<std::string>& more) {
  labels->insert(labels->end(), more.begin(), more.end());
  std::sort(labels->begin(), labels->end());
  labels->erase(std::unique(labels->begin(), labels->end()), labels->end());
}

}  // namespace

Val Executor::Freshen(const Val& v) const {
  if (auto* n = v.get_if<Node>()) {
    auto fresh = txn_->GetNode(n->id);
    return fresh ? Val(*fresh) : v;
  }
  if (auto* r = v.get_if<Relationship>()) {
    auto fresh = txn_->GetRelationship(r->id);
    return fresh ? Val(*fresh) : v;
  }
  if (auto* l = v.get_if<ResultList>()) {
    ResultList out;
    for (const auto& x : *l) out.push_back(Freshen(x));
    return Val(out);
  }
  if (auto* m = v.get_if<ResultMap>()) {
    ResultMap out;
    for (const auto& [k, x] : *m) out[k] = Freshen(x);
    return Val(out);
  }
  if (auto* p = v.get_if<PathResult>()) {
    PathResult out;
    for (const auto& n : p->nodes) out.nodes.push_back(*Freshen(Val(n)).get_if<Node>());
    for (const auto& r : p->relationships)
      out.relationships.push_back(*Freshen(Val(r)).get_if<Relationship>());
    return Val(out);
  }
  return v;
}

void Executor::CreatePattern(const PatternPart& p, Row* row) {
  std::vector<Node> nodes;
  for (const NodePattern& np : p.nodes) {
    auto bound = np.var.empty() ? row->end() : row->find(np.var);
    if (bound != row->end()) {
      auto* n = bound->second.get_if<Node>();
      if (!n) throw Error(ErrorKind::kSemantic, "variable `" + np.var + "` is not a node");
      if (!np.labels.empty() || np.properties)
        throw Error(ErrorKind::kSemantic,
                    "variable `" + np.var + "` already exists; CREATE cannot add labels or "
                    "properties to it (use SET)");
      nodes.push_back(*n);
      continue;
    }
    Properties props = np.properties ? ToProperties(Eval(*np.properties, *row), "CREATE") : Properties{};
    std::vector<std::string> labels;
    AddLabels(&labels, np.labels);
    Node node{txn_->CreateNode(labels, props), labels, props};
    ++stats_.nodes_created;
    stats_.labels_added += labels.size();
    stats_.properties_set += props.size();
    if (!np.var.empty()) (*row)[np.var] = Val(node);
    nodes.push_back(node);
  }
  PathResult path;
  path.nodes.push_back(nodes[0]);
  for (size_t i = 0; i < p.rels.size(); ++i) {
    const RelPattern& rp = p.rels[i];
    if (rp.types.size() != 1)
      throw Error(ErrorKind::kSemantic, "CREATE needs exactly one relationship type");
    if (rp.direction == RelDirection::kBoth)
      throw Error(ErrorKind::kSemantic, "CREATE needs a directed relationship (-> or <-)");
    if (rp.variable_length)
      throw Error(ErrorKind::kSemantic, "CREATE cannot create a variable-length relationship");
    if (!rp.var.empty() && row->count(rp.var))
      throw Error(ErrorKind::kSemantic, "variable `" + rp.var + "` already exists");
    Properties props = rp.properties ? ToProperties(Eval(*rp.properties, *row), "CREATE") : Properties{};
    NodeId start = nodes[i].id, end = nodes[i + 1].id;
    if (rp.direction == RelDirection::kLeft) std::swap(start, end);
    Relationship rel{txn_->CreateRelationship(start, rp.types[0], end, props), rp.types[0], start,
                     end, props};
    ++stats_.relationships_created;
    stats_.properties_set += props.size();
    if (!rp.var.empty()) (*row)[rp.var] = Val(rel);
    path.relationships.push_back(rel);
    path.nodes.push_back(nodes[i + 1]);
  }
  if (!p.path_var.empty()) (*row)[p.path_var] = Val(path);
}

std::vector<Row> Executor::Create(const Clause& c, std::vector<Row> rows) {
  writes_ = true;
  for (Row& row : rows) {
    Tick();
    for (const auto& part : c.patterns) CreatePattern(part, &row);
  }
  return rows;
}

std::vector<Row> Executor::Merge(const Clause& c, std::vector<Row> rows) {
  writes_ = true;
  PatternMatcher matcher(this);
  std::vector<Row> out;
  for (const Row& row : rows) {
    std::vector<Row> matches;
    matcher.MatchAll(c.patterns, row, [&](const Row& m) { matches.push_back(m); });
    if (matches.empty()) {
      Row created = row;
      CreatePattern(c.patterns[0], &created);
      std::vector<Row> one{created};
      SetItems(c.set_items, &one);
      out.push_back(std::move(one[0]));
    } else {
      SetItems(c.on_match, &matches);
      for (auto& m : matches) out.push_back(std::move(m));
    }
  }
  return out;
}

void Executor::SetItems(const std::vector<SetItem>& items, std::vector<Row>* rows) {
  if (items.empty()) return;
  writes_ = true;
  for (const Row& row : *rows) {
    Tick();
    for (const SetItem& item : items) {
      Val target = item.kind == SetItem::Kind::kProperty
                       ? Eval(*item.target->args[0], row)
                       : (row.count(item.var) ? row.at(item.var) : Val());
      if (target.is_null()) continue;  // SET on an OPTIONAL MATCH miss does nothing
      Val value = item.value ? Eval(*item.value, row) : Val();
      auto* node_ref = target.get_if<Node>();
      auto* rel_ref = target.get_if<Relationship>();
      if (!node_ref && !rel_ref)
        throw Error(ErrorKind::kType, std::string("SET needs a node or relationship, got ") +
                                          TypeName(target));
      std::optional<Node> node = node_ref ? txn_->GetNode(node_ref->id) : std::nullopt;
      std::optional<Relationship> rel = rel_ref ? txn_->GetRelationship(rel_ref->id) : std::nullopt;
      if (!node && !rel) throw Error(ErrorKind::kEntityNotFound, "SET on a deleted element");
      Properties& props = node ? node->properties : rel->properties;
      switch (item.kind) {
        case SetItem::Kind::kProperty:
          if (value.is_null()) props.erase(item.target->name);
          else props[item.target->name] = value.ToValue();
          ++stats_.properties_set;
          break;
        case SetItem::Kind::kReplaceMap:
          props = ToProperties(value, "SET =");
          stats_.properties_set += props.size();
          break;
        case SetItem::Kind::kMergeMap: {
          if (auto* m = value.get_if<ResultMap>()) {
            for (const auto& [k, x] : *m) {
              if (x.is_null()) props.erase(k);
              else props[k] = x.ToValue();
              ++stats_.properties_set;
            }
          } else {
            for (const auto& [k, x] : ToProperties(value, "SET +=")) props[k] = x;
          }
          break;
        }
        case SetItem::Kind::kLabels:
          if (!node) throw Error(ErrorKind::kType, "labels can only be set on nodes");
          size_t before = node->labels.size();
          AddLabels(&node->labels, item.labels);
          stats_.labels_added += node->labels.size() - before;
          break;
      }
      if (node) txn_->UpdateNode(*node);
      else txn_->UpdateRelationship(*rel);
    }
  }
}

std::vector<Row> Executor::Remove(const Clause& c, std::vector<Row> rows) {
  writes_ = true;
  for (const Row& row : rows) {
    Tick();
    for (const RemoveItem& item : c.remove_items) {
      Val target = item.target ? Eval(*item.target->args[0], row)
                               : (row.count(item.var) ? row.at(item.var) : Val());
      if (target.is_null()) continue;
      if (auto* n = target.get_if<Node>()) {
        auto node = txn_->GetNode(n->id);
        if (!node) continue;
        if (item.target) {
          stats_.properties_set += node->properties.erase(item.target->name);
        } else {
          for (const auto& l : item.labels) {
            auto it = std::find(node->labels.begin(), node->labels.end(), l);
            if (it == node->labels.end()) continue;
            node->labels.erase(it);
            ++stats_.labels_removed;
          }
        }
        txn_->UpdateNode(*node);
      } else if (auto* r = target.get_if<Relationship>()) {
        auto rel = txn_->GetRelationship(r->id);
        if (!rel || !item.target) continue;
        stats_.properties_set += rel->properties.erase(item.target->name);
        txn_->UpdateRelationship(*rel);
      } else {
        throw Error(ErrorKind::kType, std::string("REMOVE needs a node or relationship, got ") +
                                          TypeName(target));
      }
    }
  }
  return rows;
}

void Executor::DeleteValue(const Val& v, bool detach, std::set<RelId>* rels,
                           std::set<NodeId>* nodes) {
  if (v.is_null()) return;
  if (auto* n = v.get_if<Node>()) {
    nodes->insert(n->id);
  } else if (auto* r = v.get_if<Relationship>()) {
    rels->insert(r->id);
  } else if (auto* p = v.get_if<PathResult>()) {
    for (const auto& x : p->relationships) rels->insert(x.id);
    for (const auto& x : p->nodes) nodes->insert(x.id);
  } else if (auto* l = v.get_if<ResultList>()) {
    for (const auto& x : *l) DeleteValue(x, detach, rels, nodes);
  } else {
    throw Error(ErrorKind::kType, std::string("DELETE needs a node, relationship or path, got ") +
                                      TypeName(v));
  }
}

std::vector<Row> Executor::Delete(const Clause& c, std::vector<Row> rows) {
  writes_ = true;
  std::set<RelId> rels;
  std::set<NodeId> nodes;
  for (const Row& row : rows) {
    Tick();
    for (const auto& e : c.delete_exprs) DeleteValue(Eval(*e, row), c.detach, &rels, &nodes);
  }
  // Relationships first, so that deleting both ends and the relationship in
  // one DELETE works without DETACH.
  for (RelId id : rels) {
    if (!txn_->GetRelationship(id)) continue;
    txn_->DeleteRelationship(id);
    ++stats_.relationships_deleted;
  }
  for (NodeId id : nodes) {
    if (!txn_->NodeExists(id)) continue;
    if (c.detach) {
      std::vector<RelId> attached;
      AdjacencyEntry e;
      for (auto cur = txn_->Adjacent(id, Direction::kBoth); cur->Next(&e);) attached.push_back(e.relationship);
      std::sort(attached.begin(), attached.end());
      attached.erase(std::unique(attached.begin(), attached.end()), attached.end());
      for (RelId r : attached) {
        Tick();
        txn_->DeleteRelationship(r);
        ++stats_.relationships_deleted;
      }
    } else if (txn_->Degree(id, Direction::kBoth) > 0) {
      throw Error(ErrorKind::kConstraint,
                  "cannot delete node " + std::to_string(id) +
                      " because it still has relationships; use DETACH DELETE to delete them too");
    }
    txn_->DeleteNode(id);
    ++stats_.nodes_deleted;
  }
  return rows;
}

}  // namespace ng::query
