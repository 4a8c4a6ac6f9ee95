#include "graph/codec.h"

#include <algorithm>
#include <sstream>

#include <cereal/archives/binary.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <utf8proc.h>

#include "graph/error.h"
#include "graph/record_reader.h"

namespace ng {

// A temporal value's fields in order: kind, months, days, seconds, nanos,
// offset, zone.
template <class Archive>
void serialize(Archive& ar, Temporal& t) {
  ar(t.kind, t.months, t.days, t.seconds, t.nanos, t.offset, t.zone);
}

// cereal hooks for the recursive Value: a type tag, then the payload.
template <class Archive>
void save(Archive& ar, const Value& v) {
  uint8_t tag = static_cast<uint8_t>(v.type());
  ar(tag);
  std::visit(
      [&ar](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (!std::is_same_v<T, std::monostate>) ar(x);
      },
      v.variant());
}

template <class Archive>
void load(Archive& ar, Value& v) {
  uint8_t tag = 0;
  ar(tag);
  switch (static_cast<Value::Type>(tag)) {
    case Value::Type::kNull: v = Value(); return;
    case Value::Type::kBool: { bool b; ar(b); v = Value(b); return; }
    case Value::Type::kInt: { int64_t i; ar(i); v = Value(i); return; }
    case Value::Type::kDouble: { double d; ar(d); v = Value(d); return; }
    case Value::Type::kString: { std::string s; ar(s); v = Value(std::move(s)); return; }
    case Value::Type::kList: { ValueList l; ar(l); v = Value(std::move(l)); return; }
    case Value::Type::kMap: { ValueMap m; ar(m); v = Value(std::move(m)); return; }
    case Value::Type::kTemporal: { Temporal t; ar(t); v = Value(std::move(t)); return; }
  }
  throw Error(ErrorKind::kCorruption, "unknown value tag " + std::to_string(tag));
}

namespace codec {

namespace {
constexpr uint8_t kRecordVersion = 1;

template <typename Fn>
void Decode(std::string_view bytes, const char* what, uint64_t id, Fn&& fn) {
  try {
    std::istringstream in(std::string(bytes), std::ios::binary);
    cereal::BinaryInputArchive ar(in);
    uint8_t version = 0;
    ar(version);
    if (version != kRecordVersion) throw Error(ErrorKind::kCorruption, "bad record version");
    fn(ar);
  } catch (const cereal::Exception& e) {
    throw Error(ErrorKind::kCorruption,
                std::string(what) + " " + std::to_string(id) + " cannot be decoded: " + e.what());
  }
}
}  // namespace

// Records are written by hand in cereal's binary layout (what the decoder
// reads with cereal): an ostringstream and a cereal archive per record cost a
// quarter of a bulk import, mostly in constructing the stream. The layout:
// arithmetic values as their native bytes, a string or container as a 64-bit
// size and its elements, a map as a size and key/value pairs.
namespace {

template <typename T>
void AppendRaw(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

void AppendString(std::string* out, const std::string& s) {
  AppendRaw<uint64_t>(out, s.size());
  out->append(s);
}

void AppendValue(std::string* out, const Value& v);

void AppendMap(std::string* out, const ValueMap& m) {
  AppendRaw<uint64_t>(out, m.size());
  for (const auto& [key, value] : m) {
    AppendString(out, key);
    AppendValue(out, value);
  }
}

void AppendValue(std::string* out, const Value& v) {
  AppendRaw<uint8_t>(out, static_cast<uint8_t>(v.type()));
  std::visit(
      [out](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::string>) {
          AppendString(out, x);
        } else if constexpr (std::is_same_v<T, ValueList>) {
          AppendRaw<uint64_t>(out, x.size());
          for (const Value& item : x) AppendValue(out, item);
        } else if constexpr (std::is_same_v<T, ValueMap>) {
          AppendMap(out, x);
        } else if constexpr (std::is_same_v<T, Temporal>) {
          AppendRaw(out, x.kind);
          AppendRaw(out, x.months);
          AppendRaw(out, x.days);
          AppendRaw(out, x.seconds);
          AppendRaw(out, x.nanos);
          AppendRaw(out, x.offset);
          AppendString(out, x.zone);
        } else if constexpr (!std::is_same_v<T, std::monostate>) {
          AppendRaw<T>(out, x);
        }
      },
      v.variant());
}

}  // namespace

std::string EncodeNode(const Node& node) {
  std::string out;
  out.reserve(64);
  AppendRaw<uint8_t>(&out, kRecordVersion);
  AppendRaw<uint64_t>(&out, node.labels.size());
  for (const std::string& label : node.labels) AppendString(&out, label);
  AppendMap(&out, node.properties);
  return out;
}

std::string EncodeNodeWithCereal(const Node& node) {
  std::ostringstream out(std::ios::binary);
  {
    cereal::BinaryOutputArchive ar(out);
    ar(kRecordVersion, node.labels, node.properties);
  }
  return out.str();
}

Node DecodeNodeWithCereal(NodeId id, std::string_view bytes) {
  Node node;
  node.id = id;
  Decode(bytes, "node", id, [&](auto& ar) { ar(node.labels, node.properties); });
  return node;
}

namespace {

// Reads a record's version and then `fn(reader)`; damage is kCorruption
// naming the record.
template <typename Fn>
void Read(std::string_view bytes, const char* what, uint64_t id, Fn&& fn) {
  try {
    RecordReader reader(bytes);
    if (reader.Raw<uint8_t>() != kRecordVersion) throw Error(ErrorKind::kCorruption, "bad record version");
    fn(reader);
  } catch (const Error& e) {
    throw Error(ErrorKind::kCorruption,
                std::string(what) + " " + std::to_string(id) + " cannot be decoded: " + e.what());
  }
}

// A node's labels, then `property(reader, key)` for each property key, which
// reads or skips the value.
template <typename Fn>
void ReadNode(NodeId id, std::string_view bytes, Node* node, Fn&& property) {
  node->id = id;
  Read(bytes, "node", id, [&](RecordReader& reader) {
    node->labels.resize(reader.Size(8));
    for (std::string& label : node->labels) label = reader.String();
    for (uint64_t n = reader.Size(9); n > 0; --n) property(reader, reader.StringView());
  });
}

}  // namespace

Node DecodeNode(NodeId id, std::string_view bytes) {
  Node node;
  auto hint = node.properties.begin();
  ReadNode(id, bytes, &node, [&](RecordReader& reader, std::string_view key) {
    std::string k(key);
    Value v = reader.ReadValue();
    hint = node.properties.emplace_hint(hint, std::move(k), std::move(v));
  });
  return node;
}

Node DecodeNode(NodeId id, std::string_view bytes, const std::vector<std::string>& keys) {
  Node node;
  ReadNode(id, bytes, &node, [&](RecordReader& reader, std::string_view key) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      reader.SkipValue();
      return;
    }
    std::string k(key);
    Value v = reader.ReadValue();
    node.properties.emplace(std::move(k), std::move(v));
  });
  return node;
}

std::string EncodeRelationship(const Relationship& rel) {
  std::string out;
  out.reserve(48);
  AppendRaw<uint8_t>(&out, kRecordVersion);
  AppendString(&out, rel.type);
  AppendRaw<uint64_t>(&out, rel.start);
  AppendRaw<uint64_t>(&out, rel.end);
  AppendMap(&out, rel.properties);
  return out;
}

std::string EncodeRelationshipWithCereal(const Relationship& rel) {
  std::ostringstream out(std::ios::binary);
  {
    cereal::BinaryOutputArchive ar(out);
    ar(kRecordVersion, rel.type, rel.start, rel.end, rel.properties);
  }
  return out.str();
}

Relationship DecodeRelationship(RelId id, std::string_view bytes) {
  Relationship rel;
  rel.id = id;
  Read(bytes, "relationship", id, [&](RecordReader& reader) {
    rel.type = reader.String();
    rel.start = reader.Raw<uint64_t>();
    rel.end = reader.Raw<uint64_t>();
    auto hint = rel.properties.begin();
    for (uint64_t n = reader.Size(9); n > 0; --n) {
      std::string key = reader.String();
      Value v = reader.ReadValue();
      hint = rel.properties.emplace_hint(hint, std::move(key), std::move(v));
    }
  });
  return rel;
}

std::string FoldName(std::string_view name) {
  utf8proc_uint8_t* folded = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()), name.size(), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  if (n < 0) {  // invalid UTF-8: fall back to ASCII lower-casing
    std::string out(name);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out(reinterpret_cast<char*>(folded), n);
  free(folded);
  return out;
}

std::set<std::string> IndexedNames(const Node& node) {
  std::set<std::string> out;
  auto name = node.properties.find("name");
  if (name != node.properties.end() && name->second.is_string() &&
      !name->second.AsString().empty())
    out.insert(name->second.AsString());
  auto aliases = node.properties.find("aliases");
  if (aliases != node.properties.end() && aliases->second.is_list())
    for (const Value& a : aliases->second.AsList())
      if (a.is_string() && !a.AsString().empty()) out.insert(a.AsString());
  return out;
}

}  // namespace codec
}  // namespace ng
