// graph/value.h — property values of the property graph.
//
// A Value is null, a bool, a 64-bit integer, a double, a UTF-8 string, a list
// of values, a map from string keys to values or a temporal value (a date,
// time, datetime or duration: graph/temporal_value.h). Maps keep their keys sorted,
// so every rendering of a value is deterministic.
#ifndef NEWSGRAPH_GRAPH_VALUE_H_
#define NEWSGRAPH_GRAPH_VALUE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/temporal_value.h"

namespace ng {

class Value;
using ValueList = std::vector<Value>;
using ValueMap = std::map<std::string, Value>;
using Properties = std::map<std::string, Value>;

class Value {
 public:
  enum class Type { kNull, kBool, kInt, kDouble, kString, kList, kMap, kTemporal };

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : data_(b) {}
  Value(int i) : data_(static_cast<int64_t>(i)) {}
  Value(int64_t i) : data_(i) {}
  Value(uint64_t i) : data_(static_cast<int64_t>(i)) {}
  Value(double d) : data_(d) {}
  Value(const char* s) : data_(std::string(s)) {}
  Value(std::string s) : data_(std::move(s)) {}
  Value(std::string_view s) : data_(std::string(s)) {}
  Value(ValueList l) : data_(std::move(l)) {}
  Value(ValueMap m) : data_(std::move(m)) {}
  // explicit: cereal would otherwise find Value's save() for a Temporal too.
  explicit Value(Temporal t) : data_(std::move(t)) {}

  Type type() const { return static_cast<Type>(data_.index()); }
  bool is_null() const { return type() == Type::kNull; }
  bool is_bool() const { return type() == Type::kBool; }
  bool is_int() const { return type() == Type::kInt; }
  bool is_double() const { return type() == Type::kDouble; }
  bool is_number() const { return is_int() || is_double(); }
  bool is_string() const { return type() == Type::kString; }
  bool is_list() const { return type() == Type::kList; }
  bool is_map() const { return type() == Type::kMap; }
  bool is_temporal() const { return type() == Type::kTemporal; }

  // Accessors; calling one for the wrong type throws ng::Error(kType).
  bool AsBool() const;
  int64_t AsInt() const;
  double AsDouble() const;  // also accepts an int
  const std::string& AsString() const;
  const ValueList& AsList() const;
  const ValueMap& AsMap() const;
  const Temporal& AsTemporal() const;
  ValueList& MutableList();
  ValueMap& MutableMap();

  // Structural equality: 1 and 1.0 differ (different types); lists and maps
  // compare element-wise.
  bool operator==(const Value& other) const { return data_ == other.data_; }
  bool operator!=(const Value& other) const { return !(*this == other); }

  // The raw variant, for visitors and serialization.
  using Variant =
      std::variant<std::monostate, bool, int64_t, double, std::string, ValueList, ValueMap,
                   Temporal>;
  const Variant& variant() const { return data_; }

 private:
  Variant data_;
};

// Name of a type as openCypher spells it ("INTEGER", "STRING", …).
const char* ValueTypeName(Value::Type type);

// JSON text of a value: null, true, 12, 1.5 (a double always has a '.' or an
// exponent: 1.0, never 1), "text" with JSON escapes, [..], {..}; a temporal
// as its ISO-8601 string ("2015-07-21"), as APOC exports them.
std::string ValueToJson(const Value& value);

// JSON text of a double: shortest round-trip form, always with '.' or an
// exponent ("1.0", "1e+300"); NaN and infinities as NaN, Infinity, -Infinity.
std::string DoubleToJson(double d);

// Parses JSON text into a value (numbers with '.' or exponent become doubles).
// Throws ng::Error(kInvalidArgument) naming the offset of a syntax error, or
// when lists and maps nest deeper than kMaxJsonDepth (values are read and
// written recursively, so depth must be bounded).
constexpr int kMaxJsonDepth = 200;
Value ValueFromJson(std::string_view json);

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_VALUE_H_
