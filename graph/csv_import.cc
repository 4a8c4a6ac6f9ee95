// CSV import with Neo4j admin-import headers (contract in graph/csv.h).
#include <algorithm>
#include <charconv>
#include <optional>
#include <set>
#include <unordered_map>

#include "graph/bulk_writer.h"
#include "graph/csv.h"
#include "graph/csv_reader.h"
#include "graph/temporal_value.h"

namespace ng {

namespace {

// ---- typed fields

using Parser = bool (*)(std::string_view text, Value* out);

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool ParseString(std::string_view text, Value* out) {
  *out = Value(std::string(text));
  return true;
}

bool ParseInt(std::string_view text, Value* out) {
  text = Trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int64_t i = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), i);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return false;
  *out = Value(i);
  return true;
}

bool ParseDouble(std::string_view text, Value* out) {
  text = Trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double d = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return false;
  *out = Value(d);
  return true;
}

bool ParseBool(std::string_view text, Value* out) {
  std::string lower(Trim(text));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower != "true" && lower != "false") return false;
  *out = Value(lower == "true");
  return true;
}

// Neo4j's `date`: an ISO day (2024-01-23).
bool ParseDate(std::string_view text, Value* out) {
  text = Trim(text);
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  auto number = [&](size_t at, size_t n, int* v) {
    auto [end, ec] = std::from_chars(text.data() + at, text.data() + at + n, *v);
    return ec == std::errc() && end == text.data() + at + n;
  };
  if (!number(0, 4, &y) || !number(5, 2, &m) || !number(8, 2, &d) || m < 1 || m > 12 || d < 1 ||
      d > DaysInMonth(y, m))
    return false;
  Temporal date;
  date.kind = Temporal::Kind::kDate;
  date.days = DaysFromCivil(y, m, d);
  *out = Value(std::move(date));
  return true;
}

struct TypeEntry {
  const char* name;
  Parser parse;
};

// Neo4j's type names; the integer and float widths all map to int64 / double.
constexpr TypeEntry kTypes[] = {
    {"string", ParseString}, {"int", ParseInt},       {"long", ParseInt},
    {"short", ParseInt},     {"byte", ParseInt},      {"float", ParseDouble},
    {"double", ParseDouble}, {"boolean", ParseBool},  {"date", ParseDate},
};

// ---- headers

enum class Role { kProperty, kId, kLabel, kStartId, kEndId, kType, kIgnore };

struct RoleEntry {
  const char* name;
  Role role;
};

constexpr RoleEntry kRoles[] = {
    {"ID", Role::kId},         {"LABEL", Role::kLabel}, {"START_ID", Role::kStartId},
    {"END_ID", Role::kEndId},  {"TYPE", Role::kType},   {"IGNORE", Role::kIgnore},
};

struct Column {
  Role role = Role::kProperty;
  std::string name;   // property name (may be empty for roles)
  std::string group;  // id space of ID / START_ID / END_ID
  Parser parse = ParseString;
  const char* type_name = "string";
  bool array = false;
};

Column ParseColumn(const std::string& spec, const std::string& where) {
  Column col;
  size_t colon = spec.rfind(':');
  if (colon == std::string::npos) {
    col.name = spec;
    return col;
  }
  col.name = spec.substr(0, colon);
  std::string kind = spec.substr(colon + 1);
  size_t paren = kind.find('(');
  if (paren != std::string::npos && kind.back() == ')') {
    col.group = kind.substr(paren + 1, kind.size() - paren - 2);
    kind.resize(paren);
  }
  for (const RoleEntry& r : kRoles)
    if (kind == r.name) {
      col.role = r.role;
      return col;
    }
  if (kind.size() > 2 && kind.compare(kind.size() - 2, 2, "[]") == 0) {
    col.array = true;
    kind.resize(kind.size() - 2);
  }
  for (const TypeEntry& t : kTypes)
    if (kind == t.name) {
      col.parse = t.parse;
      col.type_name = t.name;
      return col;
    }
  throw Error(ErrorKind::kInvalidArgument,
              where + "unknown column type '" + kind + "' in header field '" + spec + "'");
}

struct Header {
  std::vector<Column> columns;
  int id = -1, start = -1, end = -1, type = -1;  // positions of the roles
};

Header ReadHeader(CsvReader* reader, bool relationships) {
  std::vector<CsvField> fields;
  if (!reader->Next(&fields))
    throw Error(ErrorKind::kInvalidArgument, reader->path() + ":1: empty file (no header)");
  Header h;
  // A byte-order mark (spreadsheets write one) is no part of the first name.
  if (!fields.empty() && fields[0].text.rfind("\xEF\xBB\xBF", 0) == 0) fields[0].text.erase(0, 3);
  std::set<std::string> names;
  for (const CsvField& f : fields) {
    Column col = ParseColumn(f.text, reader->Where());
    // Two columns of one property: one would silently overwrite the other.
    bool named = col.role == Role::kProperty || (col.role == Role::kId && !col.name.empty());
    if (named && !names.insert(col.name).second)
      throw Error(ErrorKind::kInvalidArgument,
                  reader->Where() + "the header names property '" + col.name + "' twice");
    int pos = static_cast<int>(h.columns.size());
    if (col.role == Role::kId) h.id = pos;
    if (col.role == Role::kStartId) h.start = pos;
    if (col.role == Role::kEndId) h.end = pos;
    if (col.role == Role::kType) h.type = pos;
    h.columns.push_back(std::move(col));
  }
  if (relationships && (h.start < 0 || h.end < 0))
    throw Error(ErrorKind::kInvalidArgument,
                reader->Where() + "a relationship file needs :START_ID and :END_ID columns");
  return h;
}

void Split(const std::string& text, char delimiter, std::vector<std::string>* out) {
  out->clear();
  size_t begin = 0;
  for (;;) {
    size_t at = text.find(delimiter, begin);
    out->push_back(text.substr(begin, at - begin));
    if (at == std::string::npos) return;
    begin = at + 1;
  }
}

// A property value of `col`; false when the field is absent.
bool FieldValue(const Column& col, const CsvField& field, char array_delimiter,
                const std::string& where, Value* out) {
  if (field.text.empty() && !field.quoted) return false;
  auto bad = [&](const std::string& text) {
    return Error(ErrorKind::kInvalidArgument, where + "column '" + col.name + "': '" + text +
                                                  "' is not a valid " + col.type_name);
  };
  if (!col.array) {
    if (!col.parse(field.text, out)) throw bad(field.text);
    return true;
  }
  ValueList list;
  std::vector<std::string> parts;
  if (!field.text.empty()) Split(field.text, array_delimiter, &parts);
  for (const std::string& part : parts) {
    Value v;
    if (!col.parse(part, &v)) throw bad(part);
    list.push_back(std::move(v));
  }
  *out = Value(std::move(list));
  return true;
}

// The value of a non-negative decimal integer of up to 19 digits.
std::optional<uint64_t> NonNegativeInteger(std::string_view s) {
  uint64_t v = 0;
  if (s.empty() || s.size() >= 20) return std::nullopt;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

bool IsNonNegativeInteger(const std::string& s) { return NonNegativeInteger(s).has_value(); }

// Whether every node file has an ungrouped ID column of non-negative integers.
bool IdsAreIntegers(const CsvImportOptions& options) {
  if (options.node_files.empty()) return false;
  std::vector<CsvField> fields;
  for (const CsvFile& file : options.node_files) {
    CsvReader reader(file.path, options.delimiter);
    Header h = ReadHeader(&reader, false);
    if (h.id < 0 || !h.columns[h.id].group.empty()) return false;
    while (reader.Next(&fields))
      if (static_cast<size_t>(h.id) >= fields.size() || !IsNonNegativeInteger(fields[h.id].text))
        return false;
  }
  return true;
}

class Importer {
 public:
  Importer(GraphStore* store, const CsvImportOptions& options)
      : options_(options), writer_(store) {
    uint64_t probe;
    keep_ids_ = !store->Begin()->ScanNodes()->Next(&probe) && IdsAreIntegers(options);
  }

  ImportCounts Run() {
    for (const CsvFile& f : options_.node_files) ReadFile(f, false);
    for (const CsvFile& f : options_.relationship_files) ReadFile(f, true);
    writer_.Commit();
    return counts_;
  }

 private:
  void ReadFile(const CsvFile& file, bool relationships) {
    CsvReader reader(file.path, options_.delimiter);
    Header h = ReadHeader(&reader, relationships);
    if (relationships && h.type < 0 && file.labels.empty())
      throw Error(ErrorKind::kInvalidArgument,
                  reader.Where() + "no :TYPE column and no type given for the file");
    std::vector<CsvField> fields;
    // Errors below are thrown without the file and line, which the catch
    // adds: building "FILE:LINE: " for every record was a tenth of an import.
    const std::string no_where;
    while (reader.Next(&fields)) {
      if (fields.size() != h.columns.size())
        throw Error(ErrorKind::kInvalidArgument,
                    reader.Where() + "expected " + std::to_string(h.columns.size()) +
                        " fields, found " + std::to_string(fields.size()));
      try {
        relationships ? Relationship(file, h, fields, no_where) : Node(file, h, fields, no_where);
      } catch (const Error& e) {
        const std::string where = reader.Where();
        if (std::string(e.what()).rfind(where, 0) == 0) throw;
        // A relationship to a node id that is not there is a fault of the file.
        ErrorKind kind = e.kind() == ErrorKind::kEntityNotFound ? ErrorKind::kInvalidArgument
                                                                : e.kind();
        throw Error(kind, where + e.what());
      }
    }
  }

  Properties PropertiesOf(const Header& h, const std::vector<CsvField>& fields,
                          const std::string& where) {
    Properties props;
    for (size_t i = 0; i < h.columns.size(); ++i) {
      const Column& col = h.columns[i];
      bool named_id = col.role == Role::kId && !col.name.empty();
      if (col.role != Role::kProperty && !named_id) continue;
      if (col.name.empty())
        throw Error(ErrorKind::kInvalidArgument, where + "a property column has no name");
      Value v;
      if (FieldValue(col, fields[i], options_.array_delimiter, where, &v))
        props[col.name] = std::move(v);
    }
    return props;
  }

  void Node(const CsvFile& file, const Header& h, const std::vector<CsvField>& fields,
            const std::string& where) {
    std::vector<std::string> labels = file.labels, parts;
    for (size_t i = 0; i < h.columns.size(); ++i) {
      if (h.columns[i].role != Role::kLabel) continue;
      if (fields[i].text.empty()) continue;
      Split(fields[i].text, options_.array_delimiter, &parts);
      for (auto& p : parts)
        if (!p.empty()) labels.push_back(p);
    }
    Properties props = PropertiesOf(h, fields, where);
    std::optional<std::string> text = TakeArticleText(labels, &props);
    if (keep_ids_) {
      NodeId id = writer_.AddNode(*NonNegativeInteger(fields[h.id].text), std::move(labels), props);
      if (text) writer_.AddText(id, *text);
    } else {
      NodeId id = writer_.AddNode(std::nullopt, std::move(labels), props);
      if (text) writer_.AddText(id, *text);
      if (h.id >= 0) {
        auto [it, added] = ids_.emplace(Key(h.columns[h.id].group, fields[h.id].text), id);
        if (!added)
          throw Error(ErrorKind::kInvalidArgument,
                      where + "node id '" + fields[h.id].text + "' appears twice");
      }
    }
    ++counts_.nodes;
  }

  NodeId Resolve(const Column& col, const std::string& text, const std::string& where) {
    if (keep_ids_ && col.group.empty()) {
      if (auto id = NonNegativeInteger(text)) return *id;
    } else {
      auto it = ids_.find(Key(col.group, text));
      if (it != ids_.end()) return it->second;
    }
    throw Error(ErrorKind::kInvalidArgument, where + "unknown node id '" + text + "'" +
                                                 (col.group.empty() ? "" : " in " + col.group));
  }

  void Relationship(const CsvFile& file, const Header& h, const std::vector<CsvField>& fields,
                    const std::string& where) {
    // The field, else the file's type (no copy: this runs millions of times).
    const std::string* type = h.type >= 0 && !fields[h.type].text.empty() ? &fields[h.type].text
                              : !file.labels.empty()                       ? &file.labels[0]
                                                                           : nullptr;
    if (!type || type->empty()) throw Error(ErrorKind::kInvalidArgument, where + "empty :TYPE");
    NodeId start = Resolve(h.columns[h.start], fields[h.start].text, where);
    NodeId end = Resolve(h.columns[h.end], fields[h.end].text, where);
    writer_.AddRelationship(std::nullopt, start, *type, end, PropertiesOf(h, fields, where));
    ++counts_.relationships;
  }

  static std::string Key(const std::string& group, const std::string& id) {
    std::string k = group;
    k.push_back('\x1f');
    return k += id;
  }

  const CsvImportOptions& options_;
  BulkWriter writer_;
  bool keep_ids_ = false;
  std::unordered_map<std::string, NodeId> ids_;
  ImportCounts counts_;
};

}  // namespace

ImportCounts ImportCsv(GraphStore* store, const CsvImportOptions& options) {
  return Importer(store, options).Run();
}

}  // namespace ng
