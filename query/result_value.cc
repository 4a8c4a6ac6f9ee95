// ResultValue conversions and their JSON and text renderings.
#include <algorithm>
#include <cstdio>
#include <vector>

#include "graph/error.h"
#include "query/result.h"

namespace ng {

ResultValue ResultValue::FromValue(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return ResultValue();
    case Value::Type::kBool: return ResultValue(v.AsBool());
    case Value::Type::kInt: return ResultValue(v.AsInt());
    case Value::Type::kDouble: return ResultValue(v.AsDouble());
    case Value::Type::kString: return ResultValue(v.AsString());
    case Value::Type::kList: {
      ResultList out;
      for (const Value& e : v.AsList()) out.push_back(FromValue(e));
      return ResultValue(std::move(out));
    }
    case Value::Type::kMap: {
      ResultMap out;
      for (const auto& [k, e] : v.AsMap()) out[k] = FromValue(e);
      return ResultValue(std::move(out));
    }
    case Value::Type::kTemporal: return ResultValue(v.AsTemporal());
  }
  return ResultValue();
}

Value ResultValue::ToValue() const {
  switch (data_.index()) {
    case 0: return Value();
    case 1: return Value(std::get<bool>(data_));
    case 2: return Value(std::get<int64_t>(data_));
    case 3: return Value(std::get<double>(data_));
    case 4: return Value(std::get<std::string>(data_));
    case 5: {
      ValueList out;
      for (const ResultValue& e : std::get<ResultList>(data_)) out.push_back(e.ToValue());
      return Value(std::move(out));
    }
    case 6: {
      ValueMap out;
      for (const auto& [k, e] : std::get<ResultMap>(data_)) out[k] = e.ToValue();
      return Value(std::move(out));
    }
    case 10: return Value(std::get<Temporal>(data_));
    default:
      throw Error(ErrorKind::kType, "a node, relationship or path cannot be stored as a property");
  }
}

namespace {

std::string PropertiesJson(const Properties& p) {
  return ValueToJson(Value(ValueMap(p.begin(), p.end())));
}

std::string NodeJson(const Node& n) {
  ValueList labels(n.labels.begin(), n.labels.end());
  return "{\"id\":" + std::to_string(n.id) + ",\"labels\":" + ValueToJson(Value(labels)) +
         ",\"properties\":" + PropertiesJson(n.properties) + "}";
}

std::string RelJson(const Relationship& r) {
  return "{\"id\":" + std::to_string(r.id) + ",\"type\":" + ValueToJson(Value(r.type)) +
         ",\"start\":" + std::to_string(r.start) + ",\"end\":" + std::to_string(r.end) +
         ",\"properties\":" + PropertiesJson(r.properties) + "}";
}

// Properties in text, the identifying ones first so that a cell cut to the
// column width still says which node it is.
std::string PropertiesText(const Properties& p) {
  if (p.empty()) return "";
  static const char* const kFirst[] = {"name", "title", "label", "text", "type", "kind"};
  std::vector<std::string> keys;
  for (const char* k : kFirst)
    if (p.count(k)) keys.push_back(k);
  for (const auto& [k, v] : p)
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  std::string out = " {";
  for (size_t i = 0; i < keys.size(); ++i)
    out += (i ? ", " : "") + keys[i] + ": " + ResultValueToText(ResultValue::FromValue(p.at(keys[i])));
  return out + "}";
}

std::string NodeText(const Node& n) {
  std::string out = "(";
  for (const auto& l : n.labels) out += ":" + l;
  return out + PropertiesText(n.properties) + ")";
}

std::string RelText(const Relationship& r) {
  return "[:" + r.type + PropertiesText(r.properties) + "]";
}

}  // namespace

std::string ResultValueToJson(const ResultValue& v) {
  const auto& d = v.variant();
  switch (d.index()) {
    case 5: {
      std::string out = "[";
      const auto& l = std::get<ResultList>(d);
      for (size_t i = 0; i < l.size(); ++i) out += (i ? "," : "") + ResultValueToJson(l[i]);
      return out + "]";
    }
    case 6: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, e] : std::get<ResultMap>(d)) {
        out += (first ? "" : ",") + ValueToJson(Value(k)) + ":" + ResultValueToJson(e);
        first = false;
      }
      return out + "}";
    }
    case 7: return NodeJson(*v.get_if<Node>());
    case 8: return RelJson(*v.get_if<Relationship>());
    case 9: {
      const auto& p = std::get<PathResult>(d);
      std::string out = "{\"nodes\":[";
      for (size_t i = 0; i < p.nodes.size(); ++i) out += (i ? "," : "") + NodeJson(p.nodes[i]);
      out += "],\"relationships\":[";
      for (size_t i = 0; i < p.relationships.size(); ++i)
        out += (i ? "," : "") + RelJson(p.relationships[i]);
      return out + "]}";
    }
    default: return ValueToJson(v.ToValue());
  }
}

std::string ResultValueToText(const ResultValue& v) {
  const auto& d = v.variant();
  switch (d.index()) {
    case 0: return "null";
    case 4: return std::get<std::string>(d);
    case 10: return TemporalToString(std::get<Temporal>(d));
    case 5: {
      std::string out = "[";
      const auto& l = std::get<ResultList>(d);
      for (size_t i = 0; i < l.size(); ++i) {
        const auto* s = l[i].get_if<std::string>();
        out += (i ? ", " : "") + (s ? "'" + *s + "'" : ResultValueToText(l[i]));
      }
      return out + "]";
    }
    case 6: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, e] : std::get<ResultMap>(d)) {
        const auto* s = e.get_if<std::string>();
        out += (first ? "" : ", ") + k + ": " + (s ? "'" + *s + "'" : ResultValueToText(e));
        first = false;
      }
      return out + "}";
    }
    case 7: return NodeText(*v.get_if<Node>());
    case 8: return RelText(*v.get_if<Relationship>());
    case 9: {
      const auto& p = std::get<PathResult>(d);
      std::string out = NodeText(p.nodes[0]);
      for (size_t i = 0; i < p.relationships.size(); ++i) {
        bool forward = p.relationships[i].start == p.nodes[i].id;
        out += (forward ? "-" : "<-") + RelText(p.relationships[i]) + (forward ? "->" : "-") +
               NodeText(p.nodes[i + 1]);
      }
      return out;
    }
    default: return ValueToJson(v.ToValue());
  }
}

}  // namespace ng
