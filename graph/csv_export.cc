// The graph as neo4j-admin import files (graph/csv.h): one node file per
// set of labels and one relationship file per type and pair of end labels,
// each with a typed header.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "graph/csv.h"
#include "graph/error.h"
#include "graph/temporal_value.h"

namespace ng {

namespace {

// What one column holds across its file; kText when values of different
// types meet (then each is written as its JSON; strings and temporal values
// as their text).
enum class ColumnType { kNone, kInt, kDouble, kBool, kString, kDate, kStringList, kIntList, kDoubleList, kText };

const std::map<ColumnType, const char*> kTypeNames = {
    {ColumnType::kInt, "long"},           {ColumnType::kDouble, "double"},
    {ColumnType::kBool, "boolean"},       {ColumnType::kString, "string"},
    {ColumnType::kDate, "date"},          {ColumnType::kStringList, "string[]"},
    {ColumnType::kIntList, "long[]"},     {ColumnType::kDoubleList, "double[]"},
    {ColumnType::kText, "string"},
};

constexpr char kArraySeparator = ';';

ColumnType ListType(const ValueList& list) {
  ColumnType t = ColumnType::kNone;
  for (const Value& v : list) {
    ColumnType e = v.is_int()      ? ColumnType::kIntList
                   : v.is_double() ? ColumnType::kDoubleList
                   : v.is_string() && v.AsString().find(kArraySeparator) == std::string::npos &&
                           !v.AsString().empty()
                       ? ColumnType::kStringList
                       : ColumnType::kText;  // nested, null, or a string the separator would split
    if (t == ColumnType::kNone) t = e;
    else if (t != e) t = (t == ColumnType::kIntList && e == ColumnType::kDoubleList) ||
                                 (t == ColumnType::kDoubleList && e == ColumnType::kIntList)
                             ? ColumnType::kDoubleList
                             : ColumnType::kText;
  }
  return t == ColumnType::kNone ? ColumnType::kStringList : t;  // []: no element to say otherwise
}

ColumnType TypeOf(const Value& v) {
  switch (v.type()) {
    case Value::Type::kInt: return ColumnType::kInt;
    case Value::Type::kDouble: return ColumnType::kDouble;
    case Value::Type::kBool: return ColumnType::kBool;
    case Value::Type::kString: return ColumnType::kString;
    case Value::Type::kList: return ListType(v.AsList());
    case Value::Type::kTemporal:
      return v.AsTemporal().kind == Temporal::Kind::kDate ? ColumnType::kDate : ColumnType::kText;
    default: return ColumnType::kText;
  }
}

ColumnType Widen(ColumnType a, ColumnType b) {
  if (a == ColumnType::kNone || a == b) return b;
  if ((a == ColumnType::kInt && b == ColumnType::kDouble) || (a == ColumnType::kDouble && b == ColumnType::kInt))
    return ColumnType::kDouble;
  if ((a == ColumnType::kIntList && b == ColumnType::kDoubleList) ||
      (a == ColumnType::kDoubleList && b == ColumnType::kIntList))
    return ColumnType::kDoubleList;
  return ColumnType::kText;
}

// RFC 4180: quoted when it holds a delimiter, a quote, a line break or
// nothing (an empty unquoted field is no property at all).
std::string Field(const std::string& text) {
  if (!text.empty() && text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string Render(const Value& v, ColumnType column) {
  if (column == ColumnType::kText)
    return v.is_string() ? v.AsString() : v.is_temporal() ? TemporalToString(v.AsTemporal()) : ValueToJson(v);
  switch (v.type()) {
    case Value::Type::kString: return v.AsString();
    case Value::Type::kBool: return v.AsBool() ? "true" : "false";
    case Value::Type::kTemporal: return TemporalToString(v.AsTemporal());
    case Value::Type::kList: {
      std::string out;
      for (const Value& e : v.AsList()) {
        if (!out.empty()) out += kArraySeparator;
        out += e.is_string() ? e.AsString() : ValueToJson(e);
      }
      return out;
    }
    default: return ValueToJson(v);  // numbers as JSON writes them
  }
}

// A file name from labels or a type: letters, digits, '-' and '_' only.
std::string FileStem(const std::string& s) {
  std::string out;
  for (unsigned char c : s) out += std::isalnum(c) || c == '-' || c == '_' ? static_cast<char>(c) : '_';
  return out.empty() ? "_" : out;
}

struct Table {
  std::string file;
  std::map<std::string, ColumnType> columns;  // property -> type, sorted
  std::ofstream out;
};

std::string Join(const std::vector<std::string>& parts, char sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : std::string(1, sep)) + p;
  return out;
}

// Tables by key, each with a file name unique in the folder.
class Tables {
 public:
  explicit Tables(std::filesystem::path dir) : dir_(std::move(dir)) {}
  Table& Get(const std::string& key, const std::string& stem) {
    auto [it, added] = tables_.try_emplace(key);
    if (added) {
      std::string name = stem + ".csv";
      for (int n = 2; !used_.insert(name).second; ++n) name = stem + "_" + std::to_string(n) + ".csv";
      it->second.file = (dir_ / name).string();
    }
    return it->second;
  }
  std::map<std::string, Table>& all() { return tables_; }

 private:
  std::filesystem::path dir_;
  std::map<std::string, Table> tables_;
  std::set<std::string> used_;
};

void Open(Table& t, const std::string& header) {
  t.out.open(t.file, std::ios::binary | std::ios::trunc);
  if (!t.out) throw Error(ErrorKind::kIo, "cannot write " + t.file);
  t.out << header;
  for (const auto& [name, type] : t.columns) t.out << ',' << Field(name + ":" + kTypeNames.at(type));
  t.out << '\n';
}

void Row(Table& t, const std::string& lead, const Properties& props) {
  t.out << lead;
  for (const auto& [name, type] : t.columns) {
    t.out << ',';
    auto it = props.find(name);
    if (it != props.end() && !it->second.is_null()) t.out << Field(Render(it->second, type));
  }
  t.out << '\n';
}

}  // namespace

CsvExport ExportCsv(const Transaction& txn, const std::string& dir) {
  std::filesystem::path folder(dir);
  std::error_code ec;
  if (std::filesystem::exists(folder, ec) && !std::filesystem::is_empty(folder, ec))
    throw Error(ErrorKind::kInvalidArgument, dir + ": the folder is not empty (CSV export writes several files)");
  std::filesystem::create_directories(folder, ec);
  if (ec) throw Error(ErrorKind::kIo, dir + ": " + ec.message());

  // Pass 1: the columns and their types of every file; each node's file.
  Tables nodes(folder), rels(folder);
  std::unordered_map<NodeId, std::string> label_key;  // node -> its labels joined
  auto with_text = [&](NodeId id, Node* node) {
    if (auto text = txn.GetText(id)) node->properties[kTextProperty] = *text;
  };
  // Each node with its text, and its labels sorted: the key of its file.
  auto for_each_node = [&](const std::function<void(NodeId, const Node&, const std::vector<std::string>&)>& f) {
    uint64_t id;
    for (auto cursor = txn.ScanNodes(); cursor->Next(&id);) {
      auto node = txn.GetNode(id);
      if (!node) continue;
      with_text(id, &*node);
      std::vector<std::string> labels = node->labels;
      std::sort(labels.begin(), labels.end());
      f(id, *node, labels);
    }
  };
  for_each_node([&](NodeId id, const Node& node, const std::vector<std::string>& labels) {
    std::string key = Join(labels, kArraySeparator);
    label_key[id] = key;
    Table& t = nodes.Get(key, "nodes_" + FileStem(labels.empty() ? "unlabelled" : Join(labels, '_')));
    for (const auto& [name, v] : node.properties)
      if (!v.is_null()) t.columns[name] = Widen(t.columns[name], TypeOf(v));
  });
  auto rel_key = [&](const Relationship& r) {
    return r.type + '\n' + label_key.at(r.start) + '\n' + label_key.at(r.end);
  };
  auto rel_stem = [&](const Relationship& r) {
    auto stem = [&](NodeId n) { return FileStem(label_key.at(n).empty() ? "unlabelled" : label_key.at(n)); };
    return "rels_" + FileStem(r.type) + "_" + stem(r.start) + "_" + stem(r.end);
  };
  uint64_t id;
  for (auto cursor = txn.ScanRelationships(); cursor->Next(&id);) {
    auto rel = txn.GetRelationship(id);
    if (!rel) continue;
    if (!label_key.count(rel->start) || !label_key.count(rel->end))
      throw Error(ErrorKind::kCorruption, "relationship " + std::to_string(id) + " has a missing end node");
    Table& t = rels.Get(rel_key(*rel), rel_stem(*rel));
    for (const auto& [name, v] : rel->properties)
      if (!v.is_null()) t.columns[name] = Widen(t.columns[name], TypeOf(v));
  }

  // Pass 2: the rows.
  CsvExport result;
  for (auto& [key, t] : nodes.all()) {
    Open(t, ":ID,:LABEL");
    result.node_files.push_back(t.file);
  }
  for (auto& [key, t] : rels.all()) {
    Open(t, ":START_ID,:END_ID,:TYPE");
    result.relationship_files.push_back(t.file);
  }
  for_each_node([&](NodeId id, const Node& node, const std::vector<std::string>& labels) {
    std::string key = Join(labels, kArraySeparator);
    Row(nodes.all().at(key), std::to_string(id) + "," + Field(key), node.properties);
    ++result.counts.nodes;
  });
  for (auto cursor = txn.ScanRelationships(); cursor->Next(&id);) {
    auto rel = txn.GetRelationship(id);
    if (!rel) continue;
    Row(rels.all().at(rel_key(*rel)),
        std::to_string(rel->start) + "," + std::to_string(rel->end) + "," + Field(rel->type), rel->properties);
    ++result.counts.relationships;
  }
  for (auto* tables : {&nodes, &rels})
    for (auto& [key, t] : tables->all()) {
      t.out.close();
      if (!t.out) throw Error(ErrorKind::kIo, "write failed: " + t.file);
    }
  return result;
}

}  // namespace ng
