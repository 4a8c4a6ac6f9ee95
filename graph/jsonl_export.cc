#include "graph/jsonl.h"

#include <map>
#include <unordered_map>

namespace ng {

namespace {

std::string LabelsJson(const std::vector<std::string>& labels) {
  ValueList list(labels.begin(), labels.end());
  return ValueToJson(Value(list));
}

std::string PropertiesJson(const Properties& properties) {
  return ValueToJson(Value(ValueMap(properties.begin(), properties.end())));
}

std::string IdJson(uint64_t id) {
  std::string s(1, '"');
  s += std::to_string(id);
  s += '"';
  return s;
}

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
  // The labels of every node as JSON, each distinct list kept once, so that
  // relationship lines need no second look-up of their end nodes.
  std::vector<std::string> label_lists;
  std::map<std::string, uint32_t> label_list_ids;
  std::unordered_map<NodeId, uint32_t> node_labels;
  uint64_t id;
  // Texts ascend by node id as nodes do: one walk beside the nodes instead
  // of a look-up per node.
  auto texts = txn.ScanTexts();
  uint64_t text_id = 0;
  bool more_texts = texts->Next(&text_id);
  for (auto cursor = txn.ScanNodes(); cursor->Next(&id);) {
    auto node = txn.GetNode(id);
    if (!node) continue;
    while (more_texts && text_id < id) more_texts = texts->Next(&text_id);
    if (more_texts && text_id == id) node->properties[kTextProperty] = *txn.GetText(id);
    out << NodeToJsonl(*node) << '\n';
    auto [it, added] = label_list_ids.emplace(LabelsJson(node->labels), label_lists.size());
    if (added) label_lists.push_back(it->first);
    node_labels[id] = it->second;
    ++counts.nodes;
  }
  auto end_json = [&](NodeId node, RelId rel) {
    auto it = node_labels.find(node);
    if (it == node_labels.end())
      throw Error(ErrorKind::kCorruption,
                  "relationship " + std::to_string(rel) + " has a missing end node");
    return "{\"id\":" + IdJson(node) + ",\"labels\":" + label_lists[it->second] + "}";
  };
  for (auto cursor = txn.ScanRelationships(); cursor->Next(&id);) {
    auto rel = txn.GetRelationship(id);
    if (!rel) continue;
    out << "{\"type\":\"relationship\",\"id\":" << IdJson(rel->id)
        << ",\"label\":" << ValueToJson(Value(rel->type))
        << ",\"start\":" << end_json(rel->start, id) << ",\"end\":" << end_json(rel->end, id)
        << ",\"properties\":" << PropertiesJson(rel->properties) << "}\n";
    ++counts.relationships;
  }
  if (!out) throw Error(ErrorKind::kIo, "write failed during export");
  return counts;
}

}  // namespace ng
