#include "query/procedures.h"

#include <set>

#include "query/functions.h"

namespace ng::query {

namespace {

using Records = std::vector<std::vector<ResultValue>>;

Records OneColumn(const std::set<std::string>& values) {
  Records out;
  for (const auto& v : values) out.push_back({ResultValue(v)});
  return out;
}

// Every property key of nodes and relationships: a scan, as no key list is
// kept.
Records PropertyKeys(const Transaction& txn) {
  std::set<std::string> keys;
  uint64_t id;
  for (auto cursor = txn.ScanNodes(); cursor->Next(&id);)
    if (auto n = txn.GetNode(id))
      for (const auto& [k, v] : n->properties) keys.insert(k);
  for (auto cursor = txn.ScanRelationships(); cursor->Next(&id);)
    if (auto r = txn.GetRelationship(id))
      for (const auto& [k, v] : r->properties) keys.insert(k);
  return OneColumn(keys);
}

// Labels and types with at least one node or relationship, from the store's
// counts.
Records Labels(const Transaction& txn) {
  std::set<std::string> labels;
  for (const auto& [label, n] : txn.Counts().per_label)
    if (n > 0) labels.insert(label);
  return OneColumn(labels);
}

Records Types(const Transaction& txn) {
  std::set<std::string> types;
  for (const auto& [type, n] : txn.Counts().per_type)
    if (n > 0) types.insert(type);
  return OneColumn(types);
}

}  // namespace

const std::vector<Procedure>& Procedures() {
  static const std::vector<Procedure> table = {
      {"db.labels", {"label"}, Labels},
      {"db.relationshipTypes", {"relationshipType"}, Types},
      {"db.propertyKeys", {"propertyKey"}, PropertyKeys},
  };
  return table;
}

const Procedure* FindProcedure(const std::string& name) {
  std::string key = FunctionKey(name);
  for (const Procedure& p : Procedures())
    if (key == FunctionKey(p.name)) return &p;
  return nullptr;
}

}  // namespace ng::query
