#include "graph/record_reader.h"

namespace ng::codec {

const char* RecordReader::Take(uint64_t n) {
  if (n > bytes_.size() - at_) throw Error(ErrorKind::kCorruption, "the record ends early");
  const char* p = bytes_.data() + at_;
  at_ += n;
  return p;
}

uint64_t RecordReader::Size(uint64_t min_element_bytes) {
  uint64_t n = Raw<uint64_t>();
  if (min_element_bytes > 0 && n > (bytes_.size() - at_) / min_element_bytes)
    throw Error(ErrorKind::kCorruption, "a size of " + std::to_string(n) + " past the record's end");
  return n;
}

std::string_view RecordReader::StringView() {
  uint64_t n = Size(1);
  return std::string_view(Take(n), n);
}

Value RecordReader::ReadValue() {
  uint8_t tag = Raw<uint8_t>();
  switch (static_cast<Value::Type>(tag)) {
    case Value::Type::kNull: return Value();
    case Value::Type::kBool: return Value(Raw<uint8_t>() != 0);
    case Value::Type::kInt: return Value(Raw<int64_t>());
    case Value::Type::kDouble: return Value(Raw<double>());
    case Value::Type::kString: return Value(String());
    case Value::Type::kList: {
      ValueList list(Size(1));
      for (Value& item : list) item = ReadValue();
      return Value(std::move(list));
    }
    case Value::Type::kMap: {
      ValueMap map;
      // As cereal reads a map: each pair after the last, the first of equal keys kept.
      auto hint = map.begin();
      for (uint64_t n = Size(9); n > 0; --n) {
        std::string key = String();
        Value value = ReadValue();
        hint = map.emplace_hint(hint, std::move(key), std::move(value));
      }
      return Value(std::move(map));
    }
    case Value::Type::kTemporal: {
      Temporal t;
      t.kind = Raw<Temporal::Kind>();
      t.months = Raw<int64_t>();
      t.days = Raw<int64_t>();
      t.seconds = Raw<int64_t>();
      t.nanos = Raw<int32_t>();
      t.offset = Raw<int32_t>();
      t.zone = String();
      return Value(std::move(t));
    }
  }
  throw Error(ErrorKind::kCorruption, "unknown value tag " + std::to_string(tag));
}

void RecordReader::SkipValue() {
  uint8_t tag = Raw<uint8_t>();
  switch (static_cast<Value::Type>(tag)) {
    case Value::Type::kNull: return;
    case Value::Type::kBool: Take(1); return;
    case Value::Type::kInt: Take(sizeof(int64_t)); return;
    case Value::Type::kDouble: Take(sizeof(double)); return;
    case Value::Type::kString: StringView(); return;
    case Value::Type::kList:
      for (uint64_t n = Size(1); n > 0; --n) SkipValue();
      return;
    case Value::Type::kMap:
      for (uint64_t n = Size(9); n > 0; --n) {
        StringView();
        SkipValue();
      }
      return;
    case Value::Type::kTemporal:
      Take(sizeof(Temporal::Kind) + 3 * sizeof(int64_t) + 2 * sizeof(int32_t));
      StringView();
      return;
  }
  throw Error(ErrorKind::kCorruption, "unknown value tag " + std::to_string(tag));
}

}  // namespace ng::codec
