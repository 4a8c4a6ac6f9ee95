// graph/repair.h — `newsgraph repair`: recover what a damaged database still
// holds, after keeping a copy of it as it was.
#ifndef NEWSGRAPH_GRAPH_REPAIR_H_
#define NEWSGRAPH_GRAPH_REPAIR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "graph/integrity.h"

namespace ng {

struct RepairReport {
  std::string backup;                 // the copy of the folder made before anything else
  std::vector<std::string> dropped;   // what the storage engine reported it could not read
  uint64_t nodes = 0, relationships = 0;  // what the repaired database holds
  IntegrityReport integrity;          // `check` of the repaired database
};

// Copies the database folder at `path` to a new sibling folder
// (PATH.before-repair-YYYYMMDD-HHMMSS), then opens it keeping what its
// write-ahead log holds before the first damaged record (whole articles and
// import batches; what came after is dropped, since later articles may point
// at actors of the damaged one) and rebuilding lost table metadata, and
// checks the result. Ingest skips the articles already stored, so running it
// again on the same files puts back what was dropped. Runs only when asked; never by itself. Throws ng::Error when
// there is no database at `path`, when the copy cannot be made (nothing is
// changed then) or when nothing can be recovered.
RepairReport RepairDatabase(const std::string& path);

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_REPAIR_H_
