#include "graph/jsonl.h"

namespace ng {

namespace {

std::string LabelsJson(const std::vector<std::string>& labels) {
  ValueList list(labels.begin(), labels.end());
  return ValueToJson(Value(list));
}

std::string PropertiesJson(const Properties& properties) {
  return ValueToJson(Value(ValueMap(properties.begin(), properties.end())));
}

std::string IdJson(uint64_t id) { return "\"" + std::to_string(id) + "\""; }

}  // namespace

std::string NodeToJsonl(const Node& node) {
  return "{\"type\":\"node\",\"id\":" + IdJson(node.id) + ",\"labels\":" + LabelsJson(node.labels) +
         ",\"properties\":" + PropertiesJson(node.properties) + "}";
}

std::string RelationshipToJsonl(const Relationship& rel, const Node& start, const Node& end) {
  return "{\"type\":\"relationship\",\"id\":" + IdJson(rel.id) + ",\"label\":" +
         ValueToJson(Value(rel.type)) + ",\"start\":{\"id\":" + IdJson(start.id) +
         ",\"labels\":" + LabelsJson(start.labels) + "},\"end\":{\"id\":" + IdJson(end.id) +
         ",\"labels\":" + LabelsJson(end.labels) + "},\"properties\":" +
         PropertiesJson(rel.properties) + "}";
}

ExportCounts ExportJsonl(const Transaction& txn, std::ostream& out) {
  ExportCounts counts;
  uint64_t id;
  for (auto cursor = txn.ScanNodes(); cursor->Next(&id);) {
    auto node = txn.GetNode(id);
    if (!node) continue;
    out << NodeToJsonl(*node) << '\n';
    ++counts.nodes;
  }
  for (auto cursor = txn.ScanRelationships(); cursor->Next(&id);) {
    auto rel = txn.GetRelationship(id);
    if (!rel) continue;
    auto start = txn.GetNode(rel->start);
    auto end = txn.GetNode(rel->end);
    if (!start || !end)
      throw Error(ErrorKind::kCorruption,
                  "relationship " + std::to_string(id) + " has a missing end node");
    out << RelationshipToJsonl(*rel, *start, *end) << '\n';
    ++counts.relationships;
  }
  if (!out) throw Error(ErrorKind::kIo, "write failed during export");
  return counts;
}

}  // namespace ng
