#include "shell/key_notes.h"

#include <functional>

#include "query/ast.h"
#include "query/parser.h"
#include "shell/suggest.h"

namespace ng::cli {

namespace {

using query::Clause;
using query::Expr;
using query::ExprKind;
using query::ExprPtr;

// What a statement reads: node variables with their labels, and the keys
// read, each with the variable or the labels of the node it is read on.
struct Reads {
  std::map<std::string, std::set<std::string>> node_vars;  // var → labels
  std::set<std::string> other_names;  // names bound otherwise (UNWIND, AS, …): not nodes for sure
  struct Key {
    std::string var;               // x.key; empty for a pattern's {key: …}
    std::set<std::string> labels;  // the pattern's labels when var is empty
    std::string key;
  };
  std::vector<Key> keys;
  bool writes = false;
};

void Walk(const ExprPtr& e, Reads* r);

void WalkClause(const Clause& c, Reads* r) {
  if (query::Writes(c.kind)) r->writes = true;
  for (const auto& part : c.patterns) {
    if (!part.path_var.empty()) r->other_names.insert(part.path_var);
    for (const auto& node : part.nodes) {
      if (!node.var.empty()) r->node_vars[node.var].insert(node.labels.begin(), node.labels.end());
      if (node.properties && node.properties->kind == ExprKind::kMap && c.kind == query::ClauseKind::kMatch)
        for (const std::string& key : node.properties->keys)
          r->keys.push_back({node.var, {node.labels.begin(), node.labels.end()}, key});
      if (node.properties) Walk(node.properties, r);
    }
    for (const auto& rel : part.rels) {
      if (!rel.var.empty()) r->other_names.insert(rel.var);
      if (rel.properties) Walk(rel.properties, r);
    }
  }
  for (const ExprPtr& e : {c.where, c.expr, c.projection.where, c.projection.skip, c.projection.limit}) Walk(e, r);
  if (!c.alias.empty()) r->other_names.insert(c.alias);
  for (const auto& item : c.projection.items) {
    Walk(item.expr, r);
    // `WITH a.name AS a`: a is no node after it.
    if (item.aliased && !(item.expr->kind == ExprKind::kVariable && item.expr->name == item.alias))
      r->other_names.insert(item.alias);
  }
  for (const auto& sort : c.projection.order_by) Walk(sort.expr, r);
  for (const ExprPtr& e : c.arguments) Walk(e, r);
  for (const auto& [output, alias] : c.yields) r->other_names.insert(alias.empty() ? output : alias);
  for (const Clause& inner : c.body) WalkClause(inner, r);
}

void Walk(const ExprPtr& e, Reads* r) {
  if (!e) return;
  if (e->kind == ExprKind::kProperty && !e->args.empty() && e->args[0]->kind == ExprKind::kVariable)
    r->keys.push_back({e->args[0]->name, {}, e->name});
  // Comprehensions and quantifiers bind names of their own.
  if (e->kind == ExprKind::kListComprehension || e->kind == ExprKind::kQuantifier || e->kind == ExprKind::kReduce)
    r->other_names.insert(e->keys.begin(), e->keys.end());
  for (const ExprPtr& arg : e->args) Walk(arg, r);
  if (e->subquery) WalkClause(*e->subquery, r);
}

}  // namespace

KeysByLabel KeysOf(const StoreCounts& counts) {
  KeysByLabel keys;
  for (const auto& k : counts.per_key) keys[k.label].insert(k.key);
  return keys;
}

std::vector<std::string> UnknownKeyNotes(const std::string& text, const KeysByLabel& keys) {
  if (keys.empty()) return {};
  Reads reads;
  try {
    query::Statement st = query::Parse(text);
    for (const Clause& c : st.clauses) WalkClause(c, &reads);
    for (const auto& part : st.unions)
      for (const Clause& c : part.clauses) WalkClause(c, &reads);
  } catch (const Error&) {
    return {};
  }
  if (reads.writes) return {};
  std::vector<std::string> notes;
  std::set<std::string> noted;
  for (const auto& read : reads.keys) {
    std::set<std::string> labels = read.labels;
    if (!read.var.empty()) {
      auto var = reads.node_vars.find(read.var);
      if (var == reads.node_vars.end() || reads.other_names.count(read.var)) continue;  // not a node
      labels.insert(var->second.begin(), var->second.end());
    }
    // The keys a node of these labels can have: of any of them (of any
    // label when none is named); a label nothing has is noted elsewhere.
    std::set<std::string> known;
    bool any_label = false;
    for (const auto& [label, label_keys] : keys)
      if (labels.empty() || labels.count(label)) {
        known.insert(label_keys.begin(), label_keys.end());
        any_label = true;
      }
    if (!any_label || known.count(read.key) || !noted.insert(read.key).second) continue;
    std::string who = labels.empty() ? "no node" : "no " + *labels.begin() + " node";
    std::string line = "note: " + who + " has the property '" + read.key + "'";
    std::string near = NearestName(read.key, {known.begin(), known.end()});
    if (!near.empty()) {
      line += "; did you mean '" + near + "'?";
    } else {
      std::string owners;
      for (const auto& [label, label_keys] : keys)
        if (label_keys.count(read.key)) owners += (owners.empty() ? "" : ", ") + label;
      if (!owners.empty()) line += " (" + owners + " nodes have it)";
    }
    notes.push_back(line);
  }
  return notes;
}

}  // namespace ng::cli
