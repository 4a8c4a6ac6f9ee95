// ingest/embedded_data.h — the files of data/, compiled into the binary.
#ifndef NEWSGRAPH_INGEST_EMBEDDED_DATA_H_
#define NEWSGRAPH_INGEST_EMBEDDED_DATA_H_

#include <string_view>
#include <vector>

namespace ng {

struct EmbeddedFile {
  std::string_view name;      // base name in data/
  std::string_view contents;
};

// Every file of data/ as it was at build time, sorted by name.
const std::vector<EmbeddedFile>& EmbeddedDataFiles();

}  // namespace ng

#endif  // NEWSGRAPH_INGEST_EMBEDDED_DATA_H_
