#include "graph/value.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "graph/error.h"

namespace ng {

namespace {

[[noreturn]] void WrongType(const Value& v, const char* wanted) {
  throw Error(ErrorKind::kType, std::string("expected ") + wanted + " but got " +
                                    ValueTypeName(v.type()));
}

void AppendJsonString(const std::string& s, std::string* out) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          *out += buf;
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

void AppendJson(const Value& v, std::string* out);

struct JsonVisitor {
  std::string* out;
  void operator()(std::monostate) const { *out += "null"; }
  void operator()(bool b) const { *out += b ? "true" : "false"; }
  void operator()(int64_t i) const { *out += std::to_string(i); }
  void operator()(double d) const { *out += DoubleToJson(d); }
  void operator()(const std::string& s) const { AppendJsonString(s, out); }
  void operator()(const ValueList& l) const {
    out->push_back('[');
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out->push_back(',');
      AppendJson(l[i], out);
    }
    out->push_back(']');
  }
  void operator()(const Temporal& t) const { AppendJsonString(TemporalToString(t), out); }
  void operator()(const ValueMap& m) const {
    out->push_back('{');
    bool first = true;
    for (const auto& [k, val] : m) {
      if (!first) out->push_back(',');
      first = false;
      AppendJsonString(k, out);
      out->push_back(':');
      AppendJson(val, out);
    }
    out->push_back('}');
  }
};

void AppendJson(const Value& v, std::string* out) { std::visit(JsonVisitor{out}, v.variant()); }

// JSON has no NaN or infinities, but DoubleToJson writes them as JavaScript
// and Python do (NaN, Infinity, -Infinity). Before parsing, such bare tokens
// outside strings are replaced by sentinel strings that FromNlohmann turns
// back into doubles. Returns false (and leaves *out alone) when there are none.
constexpr std::string_view kNanSentinel = "\\u0000ng:NaN";
constexpr std::string_view kInfSentinel = "\\u0000ng:Infinity";
constexpr std::string_view kNegInfSentinel = "\\u0000ng:-Infinity";

bool ReplaceNonFiniteTokens(std::string_view json, std::string* out) {
  static constexpr std::pair<std::string_view, std::string_view> kTokens[] = {
      {"NaN", kNanSentinel}, {"Infinity", kInfSentinel}, {"-Infinity", kNegInfSentinel}};
  if (json.find("NaN") == std::string_view::npos && json.find("Infinity") == std::string_view::npos)
    return false;
  std::string result;
  bool in_string = false, found = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\' && i + 1 < json.size()) {
        result.push_back(c);
        c = json[++i];
      } else if (c == '"') {
        in_string = false;
      }
      result.push_back(c);
      continue;
    }
    if (c == '"') in_string = true;
    bool replaced = false;
    for (const auto& [token, sentinel] : kTokens) {
      if (json.substr(i, token.size()) == token) {
        result += '"';
        result += sentinel;
        result += '"';
        i += token.size() - 1;
        replaced = found = true;
        break;
      }
    }
    if (!replaced) result.push_back(c);
  }
  if (found) *out = std::move(result);
  return found;
}

Value FromNlohmann(const nlohmann::json& j, bool sentinels) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return Value();
    case nlohmann::json::value_t::boolean: return Value(j.get<bool>());
    case nlohmann::json::value_t::number_integer: return Value(j.get<int64_t>());
    case nlohmann::json::value_t::number_unsigned: {
      uint64_t u = j.get<uint64_t>();
      if (u > static_cast<uint64_t>(INT64_MAX))
        throw Error(ErrorKind::kInvalidArgument,
                    "integer " + std::to_string(u) + " does not fit in 64 bits");
      return Value(static_cast<int64_t>(u));
    }
    case nlohmann::json::value_t::number_float: return Value(j.get<double>());
    case nlohmann::json::value_t::string: {
      std::string text = j.get<std::string>();
      if (sentinels && !text.empty() && text[0] == '\0') {
        if (text == std::string_view("\0ng:NaN", 7)) return Value(std::nan(""));
        if (text == std::string_view("\0ng:Infinity", 12)) return Value(HUGE_VAL);
        if (text == std::string_view("\0ng:-Infinity", 13)) return Value(-HUGE_VAL);
      }
      return Value(std::move(text));
    }
    case nlohmann::json::value_t::array: {
      ValueList l;
      for (const auto& e : j) l.push_back(FromNlohmann(e, sentinels));
      return Value(std::move(l));
    }
    case nlohmann::json::value_t::object: {
      ValueMap m;
      for (auto it = j.begin(); it != j.end(); ++it)
        m[it.key()] = FromNlohmann(it.value(), sentinels);
      return Value(std::move(m));
    }
    default: throw Error(ErrorKind::kInvalidArgument, "unsupported JSON value");
  }
}

}  // namespace

std::string DoubleToJson(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  // The shortest text that reads back to the same double; 40.0 is "40"
  // (not "4e+01") before the ".0" below.
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf - 1, d);
  *end = '\0';
  std::string s = buf;
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

bool Value::AsBool() const {
  if (!is_bool()) WrongType(*this, "BOOLEAN");
  return std::get<bool>(data_);
}
int64_t Value::AsInt() const {
  if (!is_int()) WrongType(*this, "INTEGER");
  return std::get<int64_t>(data_);
}
double Value::AsDouble() const {
  if (is_int()) return static_cast<double>(std::get<int64_t>(data_));
  if (!is_double()) WrongType(*this, "FLOAT");
  return std::get<double>(data_);
}
const std::string& Value::AsString() const {
  if (!is_string()) WrongType(*this, "STRING");
  return std::get<std::string>(data_);
}
const ValueList& Value::AsList() const {
  if (!is_list()) WrongType(*this, "LIST");
  return std::get<ValueList>(data_);
}
const ValueMap& Value::AsMap() const {
  if (!is_map()) WrongType(*this, "MAP");
  return std::get<ValueMap>(data_);
}
const Temporal& Value::AsTemporal() const {
  if (!is_temporal()) WrongType(*this, "TEMPORAL");
  return std::get<Temporal>(data_);
}
ValueList& Value::MutableList() {
  if (!is_list()) WrongType(*this, "LIST");
  return std::get<ValueList>(data_);
}
ValueMap& Value::MutableMap() {
  if (!is_map()) WrongType(*this, "MAP");
  return std::get<ValueMap>(data_);
}

const char* ValueTypeName(Value::Type type) {
  static const char* const kNames[] = {"NULL", "BOOLEAN", "INTEGER", "FLOAT",
                                       "STRING", "LIST", "MAP", "TEMPORAL"};
  return kNames[static_cast<int>(type)];
}

std::string ValueToJson(const Value& value) {
  std::string out;
  AppendJson(value, &out);
  return out;
}

// nlohmann reads an integer too large for 64 bits as a double, silently; a
// number token of digits alone (no '.', no exponent) past int64 is refused.
void RefuseHugeIntegers(std::string_view json) {
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    if (!(c == '-' || (c >= '0' && c <= '9'))) continue;
    size_t end = i + 1;
    while (end < json.size() && json[end] >= '0' && json[end] <= '9') ++end;
    bool integer = end == json.size() || (json[end] != '.' && json[end] != 'e' && json[end] != 'E');
    size_t first = json[i] == '-' ? i + 1 : i;
    std::string_view digits = json.substr(first, end - first);
    if (integer && !digits.empty()) {
      std::string_view limit = json[i] == '-' ? "9223372036854775808" : "9223372036854775807";
      if (digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit))
        throw Error(ErrorKind::kInvalidArgument,
                    "integer " + std::string(json.substr(i, end - i)) + " does not fit in 64 bits");
    }
    i = end - 1;
  }
}

Value ValueFromJson(std::string_view json) {
  RefuseHugeIntegers(json);
  auto bounded = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
    if (depth > kMaxJsonDepth)
      throw Error(ErrorKind::kInvalidArgument,
                  "JSON lists and maps nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
    return true;
  };
  try {
    std::string rewritten;
    if (ReplaceNonFiniteTokens(json, &rewritten))
      return FromNlohmann(nlohmann::json::parse(rewritten, bounded, true, false), true);
    return FromNlohmann(nlohmann::json::parse(json.begin(), json.end(), bounded, true, false),
                        false);
  } catch (const nlohmann::json::out_of_range& e) {  // 1e400
    throw Error(ErrorKind::kInvalidArgument, std::string("number out of range: ") + e.what());
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorKind::kInvalidArgument,
                "invalid JSON at byte " + std::to_string(e.byte) + ": " + e.what());
  }
}

}  // namespace ng
