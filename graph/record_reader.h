// graph/record_reader.h — reads the bytes of a node or relationship record in
// place (the layout graph/codec.cc writes: cereal's binary layout).
//
// Reading through cereal costs a std::istringstream and a copy of the bytes
// per record, more than decoding the record itself; a query reading 200,000
// records spent most of its read there. This reader walks the bytes, and
// can step over a value without building it (records decoded for a few keys).
#ifndef NEWSGRAPH_GRAPH_RECORD_READER_H_
#define NEWSGRAPH_GRAPH_RECORD_READER_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "graph/error.h"
#include "graph/value.h"

namespace ng::codec {

class RecordReader {
 public:
  explicit RecordReader(std::string_view bytes) : bytes_(bytes) {}

  // Arithmetic values are their native bytes.
  template <typename T>
  T Raw() {
    T v;
    std::memcpy(&v, Take(sizeof v), sizeof v);
    return v;
  }
  // A container's size, checked against the bytes left (each element takes
  // at least `min_element_bytes`), so damaged bytes cannot ask for a huge
  // allocation.
  uint64_t Size(uint64_t min_element_bytes);
  // A string: a 64-bit size, then its bytes.
  std::string_view StringView();
  std::string String() { return std::string(StringView()); }
  // A value: a type tag, then its payload.
  Value ReadValue();
  void SkipValue();

 private:
  const char* Take(uint64_t n);

  std::string_view bytes_;
  size_t at_ = 0;
};

}  // namespace ng::codec

#endif  // NEWSGRAPH_GRAPH_RECORD_READER_H_
