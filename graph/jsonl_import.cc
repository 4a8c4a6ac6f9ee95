#include <algorithm>
#include <unordered_map>

#include "graph/bulk_writer.h"
#include "graph/jsonl.h"

namespace ng {

namespace {

// Reads an id written as "7" or 7.
uint64_t ReadId(const Value& v, const std::string& where) {
  if (v.is_int() && v.AsInt() >= 0) return static_cast<uint64_t>(v.AsInt());
  if (v.is_string()) {
    const std::string& s = v.AsString();
    // Below 2^63: ids are integers in Cypher (id(n)), which are signed.
    if (!s.empty() && s.find_first_not_of("0123456789") == std::string::npos && s.size() < 20 &&
        std::stoull(s) <= static_cast<uint64_t>(INT64_MAX))
      return std::stoull(s);
  }
  throw Error(ErrorKind::kInvalidArgument, where + ": id must be an integer from 0 to 2^63-1");
}

const Value& Field(const ValueMap& m, const char* key, const std::string& where) {
  auto it = m.find(key);
  if (it == m.end()) throw Error(ErrorKind::kInvalidArgument, where + ": missing \"" + key + "\"");
  return it->second;
}

Properties ReadProperties(const ValueMap& m, const std::string& where) {
  auto it = m.find("properties");
  if (it == m.end() || it->second.is_null()) return {};
  if (!it->second.is_map())
    throw Error(ErrorKind::kInvalidArgument, where + ": \"properties\" must be an object");
  const ValueMap& p = it->second.AsMap();
  return Properties(p.begin(), p.end());
}

}  // namespace

namespace {

// No record of an export is this long: past it the input is not JSONL (a
// stream of zeros, a binary file), and reading on would only fill memory.
constexpr size_t kMaxJsonlLine = size_t{64} << 20;

// std::getline that stops at kMaxJsonlLine bytes with an error naming the line.
bool ReadLine(std::istream& in, std::string* line, const std::string& source_name, uint64_t line_no) {
  line->clear();
  std::streambuf* buf = in.rdbuf();
  for (;;) {
    int c = buf->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      if (line->empty()) in.setstate(std::ios::eofbit);
      return !line->empty();
    }
    if (c == '\n') return true;
    if (line->size() >= kMaxJsonlLine)
      throw Error(ErrorKind::kInvalidArgument, source_name + ":" + std::to_string(line_no) +
                                                   ": line longer than 64 MiB; not JSONL");
    line->push_back(static_cast<char>(c));
  }
}

}  // namespace

ImportCounts ImportJsonl(GraphStore* store, std::istream& in, const std::string& source_name) {
  uint64_t probe;
  const bool keep_ids = !store->Begin()->ScanNodes()->Next(&probe);
  BulkWriter writer(store);
  std::unordered_map<uint64_t, NodeId> node_ids;  // file id -> database id
  ImportCounts counts;
  std::string line;
  for (uint64_t line_no = 1; ReadLine(in, &line, source_name, line_no); ++line_no) {
    const std::string where = source_name + ":" + std::to_string(line_no);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Value parsed;
    try {
      parsed = ValueFromJson(line);
    } catch (const Error& e) {
      throw Error(ErrorKind::kInvalidArgument, where + ": " + e.what());
    }
    if (!parsed.is_map())
      throw Error(ErrorKind::kInvalidArgument, where + ": expected a JSON object");
    const ValueMap& obj = parsed.AsMap();
    const Value& type = Field(obj, "type", where);
    const uint64_t id = ReadId(Field(obj, "id", where), where);
    if (type == Value("node")) {
      std::vector<std::string> labels;
      auto it = obj.find("labels");
      if (it != obj.end() && !it->second.is_null() && !it->second.is_list())
        throw Error(ErrorKind::kInvalidArgument, where + ": \"labels\" must be a list of strings");
      if (it != obj.end() && it->second.is_list())
        for (const Value& l : it->second.AsList()) {
          if (!l.is_string()) throw Error(ErrorKind::kInvalidArgument, where + ": bad label");
          labels.push_back(l.AsString());
        }
      if (node_ids.count(id))
        throw Error(ErrorKind::kInvalidArgument, where + ": node id " + std::to_string(id) +
                                                     " appears twice");
      Properties properties = ReadProperties(obj, where);
      std::optional<std::string> text = TakeArticleText(labels, &properties);
      node_ids[id] = writer.AddNode(keep_ids ? std::optional<NodeId>(id) : std::nullopt,
                                    std::move(labels), properties);
      if (text) writer.AddText(node_ids[id], *text);
      ++counts.nodes;
    } else if (type == Value("relationship")) {
      const Value& label = Field(obj, "label", where);
      const Value& start = Field(obj, "start", where);
      const Value& end = Field(obj, "end", where);
      if (!label.is_string() || !start.is_map() || !end.is_map())
        throw Error(ErrorKind::kInvalidArgument, where + ": malformed relationship");
      auto resolve = [&](const Value& ref) {
        uint64_t file_id = ReadId(Field(ref.AsMap(), "id", where), where);
        auto found = node_ids.find(file_id);
        if (found == node_ids.end())
          throw Error(ErrorKind::kInvalidArgument,
                      where + ": relationship refers to unknown node " + std::to_string(file_id));
        return found->second;
      };
      NodeId s = resolve(start), e = resolve(end);
      writer.AddRelationship(keep_ids ? std::optional<RelId>(id) : std::nullopt, s,
                             label.AsString(), e, ReadProperties(obj, where));
      ++counts.relationships;
    } else {
      throw Error(ErrorKind::kInvalidArgument,
                  where + ": \"type\" must be \"node\" or \"relationship\"");
    }
  }
  if (in.bad()) throw Error(ErrorKind::kIo, source_name + ": read failed");
  writer.Commit();
  return counts;
}

std::optional<std::string> TakeArticleText(const std::vector<std::string>& labels, Properties* properties) {
  auto body = properties->find(kTextProperty);
  if (body == properties->end() || !body->second.is_string() ||
      std::find(labels.begin(), labels.end(), "Article") == labels.end())
    return std::nullopt;
  std::string text = body->second.AsString();
  properties->erase(body);
  return text;
}

}  // namespace ng
